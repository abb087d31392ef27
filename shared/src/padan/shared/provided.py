"""Collaborators (a repository, the auth settings, the templates' names) for route modules that declare
their routers at module level, as FastAPI's "Bigger Applications" layout has it.

A resource module asks for them with `Depends(PROVIDED)`; the function that assembles the resource routers
binds them once, with `APIRouter(dependencies=[PROVIDED.bind(value)])`. Router dependencies run before the
route's own, so every route of that router reads the value its assembler was given, and two apps (or two
tests) with their own collaborators share the route modules without sharing state.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from fastapi import Depends, Request

T = TypeVar("T")


class Provided(Generic[T]):
    """One kind of collaborator, kept on the request's state under `name` while the request runs."""

    def __init__(self, name: str) -> None:
        self.name = f"provided_{name}"

    def bind(self, value: T) -> Any:
        """The router dependency that hands `value` to the routes of that router."""

        def provide(request: Request) -> None:
            setattr(request.state, self.name, value)

        return Depends(provide)

    def __call__(self, request: Request) -> T:
        try:
            value: T = getattr(request.state, self.name)
        except AttributeError:
            raise RuntimeError(f"{self.name} is not bound: include the route module through its assembler") from None
        return value
