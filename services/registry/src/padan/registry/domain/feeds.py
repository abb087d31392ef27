"""What every feed import shares: a rejected row's report, a row the reader could not read, and how a
row's fields are picked and validated."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from padan.shared.http import field_errors

ModelT = TypeVar("ModelT", bound=BaseModel)


class FeedKind(StrEnum):
    """The import's first two names, kept as aliases of the datasets they meant."""

    RUP = "rup"  # RUP-PaketPenyedia-Terumumkan
    EKATALOG = "ekatalog"  # Ecat-ProdukDetail


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    reason: str


@dataclass(frozen=True)
class UnreadableRow:
    """A row the file reader could not make into fields (a broken JSON line, an oversized CSV field, a CSV
    record whose quote never closes): it is reported like any bad row and the import goes on."""

    reason: str


def lowered(row: Mapping[str, Any]) -> dict[str, Any]:
    """Field names as the datasets define them (snake_case): CSV headers may differ in case and spaces."""
    return {str(key).strip().lower(): value for key, value in row.items()}


def pick(row: Mapping[str, Any], *names: str) -> Any:
    """The first of `names` the row carries a value for ("" and null count as absent)."""
    for name in names:
        value = row.get(name)
        if value is not None and value != "":
            return value.strip() if isinstance(value, str) else value
    return None


def validate(
    model: type[ModelT], data: dict[str, Any], number: int, rename: Mapping[str, str] | None = None
) -> ModelT | list[RowError]:
    """The model, or the row's errors: field (as the feed names it, through `rename`) and the bilingual
    reason."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        return [RowError(number, field, reason) for field, reason in field_problems(exc, rename or {})]


def field_problems(exc: ValidationError, rename: Mapping[str, str]) -> list[tuple[str, str]]:
    """What a validation failed on, each once: the field (as the feed names it, through `rename`) and the
    bilingual reason."""
    problems = [(rename.get(error["field"], error["field"]), _bilingual(error)) for error in field_errors(exc.errors())]
    return list(dict.fromkeys(problems))


def _bilingual(error: Mapping[str, str]) -> str:
    """Indonesian first, then English for operators (a value error of ours already says both)."""
    if " / " in error["message_id"]:
        return error["message_id"]
    return f"{error['message_id']} / {error['message_en']}"
