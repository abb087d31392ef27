"""What every page of the dashboard shares: its collaborators, the templates and their formatting, the
query strings of the filters and where a dashboard table's row drills down to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Query

from padan.reporting.adapters import charts
from padan.reporting.adapters.store import Store
from padan.reporting.domain.funnel import STAGE_LABELS
from padan.reporting.domain.product_groups import ProductGroup
from padan.reporting.domain.view_models import BUYER_KIND_LABELS, STATUS_LABELS, Column, Filters
from padan.reporting.settings import Settings
from padan.shared.money import (
    format_number,
    format_percent,
    format_rupiah,
    format_rupiah_compact,
    format_rupiah_short,
    format_share,
)
from padan.shared.pages import page_templates
from padan.shared.provided import Provided
from padan.shared.regions import region_name


@dataclass(frozen=True)
class Web:
    """The pages' collaborators, given once by `build_web_router`."""

    store: Store
    settings: Settings


WEB: Provided[Web] = Provided("reporting_web")
WebDep = Annotated[Web, Depends(WEB)]

TEMPLATES = page_templates(Path(__file__).parent.parent / "templates")
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Halaman (100 baris per halaman)")]

_FORMATS: dict[str, Callable[[Any], str]] = {
    "rupiah": lambda v: format_rupiah(int(v)),
    "int": lambda v: format_number(int(v)),
    "year": lambda v: str(int(v)),
    "share": lambda v: format_share(float(v)),
    "percent": lambda v: format_percent(float(v)),
}


def cell(value: Any, column: Column) -> str:
    """A table value as Indonesians write it (years as they are: "2023")."""
    if value is None or value == "":
        return "–"
    return _FORMATS.get(column.kind, str)(value)


TEMPLATES.env.globals.update(
    rupiah=format_rupiah, rupiah_short=format_rupiah_short, rupiah_compact=format_rupiah_compact, cell=cell,
    share=format_share, percent=format_percent, number=format_number, region_name=region_name,
    kind_labels=BUYER_KIND_LABELS, status_labels=STATUS_LABELS,
    stage_labels={int(k): v for k, v in STAGE_LABELS.items()},
    stage_colours={int(k): v for k, v in charts.STAGE_COLOURS.items()}, group_label=lambda g: ProductGroup(g).label,
)  # fmt: skip


def query(chosen: Filters, **extra: Any) -> str:
    """The filters (and drill-down parameters) as a query string, blanks left out."""
    values = {k: (v.value if hasattr(v, "value") else v) for k, v in chosen.model_dump().items()}
    values.update(extra)
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


def row_link(table: str, row: dict[str, Any], chosen: Filters) -> str | None:
    """Where a dashboard table row drills down to."""
    if table == "kelompok":
        return "/paket?" + query(chosen, group=row["key"])
    if table == "pembeli":
        return "/paket?" + query(chosen, buyer_id=row["key"])
    if table == "wilayah":
        return "/paket?" + query(chosen, region_code=row["key"])
    if table == "penyedia-wilayah":
        return "/penyedia?" + urlencode({"region_code": row["key"]})
    return None
