"""The collaborators of the business-matching routes (the JSON API in `meetings_api`, the pages in
`meetings_web`): bound once by the function that assembles their routers, read with `Depends`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.handlers.agenda.record_outcome import DealAgreedHook
from padan.shared.auth import AuthSettings, Principal, Role, authenticated, forbidden
from padan.shared.provided import Provided


@dataclass(frozen=True)
class Agenda:
    repository: MeetingsRepository
    auth: AuthSettings
    #: the parties' names as the registry knows them (the agenda shows them)
    names: PartyNames = field(default_factory=PartyNames)
    #: told of each 'deal_agreed' outcome (bootstrap: the meeting's deal is recorded)
    deal_hooks: Sequence[DealAgreedHook] = ()


AGENDA: Provided[Agenda] = Provided("agenda")
AgendaDep = Annotated[Agenda, Depends(AGENDA)]


def caller(request: Request, agenda: AgendaDep) -> Principal:
    """Whoever calls, required (401 without credentials)."""
    return authenticated(agenda.auth)(request)


def operator(principal: Annotated[Principal, Depends(caller)]) -> Principal:
    if principal.role is not Role.OPERATOR:
        raise forbidden()
    return principal


Caller = Annotated[Principal, Depends(caller)]
Operator = Annotated[Principal, Depends(operator)]
