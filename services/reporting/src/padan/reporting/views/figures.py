"""Every figure of the dashboard as plain data, and where two sets of figures differ: what
`padan reporting check` compares between the live read models and a replay."""

from __future__ import annotations

from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from padan.reporting.adapters.store import Document, MongoStore
from padan.reporting.domain.view_models import Filters
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.realisation import realisation_section


async def figures(db: AsyncDatabase[Document], filters: Filters | None = None) -> dict[str, Any]:
    """Every figure of the dashboard (for the given filters), as plain data."""
    store, chosen = MongoStore(db), filters or Filters()
    board = await dashboard(store, chosen)
    realised = await realisation_section(store, chosen)
    return {**board.model_dump(mode="json", exclude={"options", "filters"}), "realisation": realised.model_dump()}


def differences(left: Any, right: Any, path: str = "") -> list[str]:
    """Where two figure trees differ, as readable paths."""
    if isinstance(left, dict) and isinstance(right, dict):
        return [
            d
            for key in sorted(set(left) | set(right))
            for d in differences(left.get(key), right.get(key), f"{path}.{key}")
        ]
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        return [d for i, (a, b) in enumerate(zip(left, right, strict=True)) for d in differences(a, b, f"{path}[{i}]")]
    return [] if left == right else [f"{path}: {left!r} != {right!r}"]
