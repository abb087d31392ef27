"""The dashboard's figures: sums of the pre-aggregated cells, filtered and grouped in memory.

Reads every cell document (a few hundred per province-year, each a handful of numbers), every buyer (for
its kind and name) and each business-matching event's row; never the packages themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from padan.reporting.adapters.store import Document, Store
from padan.reporting.adapters.tally import cell_total
from padan.reporting.domain.funnel import NEED_FIELDS, STAGE_LABELS, SUPPLIER_FIELDS, Vector, add, stage_counts, summed
from padan.reporting.domain.product_groups import HEADLINE_NAMES, P3DN_GROUPS, ProductGroup
from padan.reporting.handlers.matching_event_results import MATCHING_EVENT_ROWS
from padan.reporting.handlers.settle import NEED_CELLS, SUPPLIER_CELLS
from padan.reporting.views.models import (
    BUYER_KIND_LABELS,
    UNKNOWN_KIND,
    Dashboard,
    Figures,
    Filters,
    Headline,
    MatchingEventRow,
    Option,
    Options,
    Row,
    StageFigures,
    SupplierFigures,
    SupplierRegionRow,
)
from padan.shared.regions import region_name


async def buyer_directory(store: Store) -> dict[str, Document]:
    """buyer_id -> {kind, name, region_code} of every registered buyer."""
    return {b["_id"]: b for b in await store.find("buyers", {"version": {"$gte": 1}})}


def in_view(cell: Mapping[str, Any], filters: Filters, buyers: Mapping[str, Document]) -> bool:
    kind = buyers.get(cell["buyer_id"], {}).get("kind", UNKNOWN_KIND)
    return (
        (filters.fiscal_year is None or cell["fiscal_year"] == filters.fiscal_year)
        and (filters.region_code is None or cell["region_code"] == filters.region_code)
        and (filters.buyer_kind is None or kind == filters.buyer_kind.value)
        and (filters.group is None or cell["group"] == filters.group.value)
    )


def _rows(
    cells: list[tuple[Document, Vector]], key: Callable[[Document], str], label: Callable[[str], str]
) -> dict[str, Vector]:
    grouped: dict[str, Vector] = {}
    for cell, total in cells:
        add(grouped.setdefault(key(cell), dict.fromkeys(NEED_FIELDS, 0)), total)
    return dict(sorted(grouped.items(), key=lambda item: (-item[1]["pagu"], label(item[0]))))


async def dashboard(store: Store, filters: Filters) -> Dashboard:
    buyers = await buyer_directory(store)
    all_cells = await store.find(NEED_CELLS)
    cells = [(c, cell_total(c, NEED_FIELDS)) for c in all_cells if in_view(c, filters, buyers)]

    def buyer_label(buyer_id: str) -> str:
        return str(buyers.get(buyer_id, {}).get("name") or buyer_id)

    by_group = _rows(cells, lambda c: c["group"], lambda g: g)
    by_buyer = _rows(cells, lambda c: c["buyer_id"], buyer_label)
    by_region = _rows(cells, lambda c: c["region_code"], region_name)
    supplier_cells = [c for c in await store.find(SUPPLIER_CELLS) if filters.region_code in (None, c["region_code"])]
    supplier_totals = {c["region_code"]: cell_total(c, SUPPLIER_FIELDS) for c in supplier_cells}
    totals = summed(total for _, total in cells)
    p3dn = summed(by_group[g.value] for g in P3DN_GROUPS if g.value in by_group)
    return Dashboard(
        filters=filters,
        options=Options(
            years=sorted({int(c["fiscal_year"]) for c in all_cells}, reverse=True),
            regions=[
                Option(value=code, label=region_name(code))
                for code in sorted({c["region_code"] for c in all_cells} | {c["_id"] for c in supplier_cells})
            ],
            buyer_kinds=[Option(value=k, label=v) for k, v in BUYER_KIND_LABELS.items()],
            groups=[Option(value=g.value, label=g.label) for g in ProductGroup],
        ),
        totals=Figures.of(totals),
        headline=Headline(
            groups=[HEADLINE_NAMES[g] for g in P3DN_GROUPS if filters.group in (None, g)],
            needs=p3dn["needs"],
            pagu=p3dn["pagu"],
            all_needs=totals["needs"],
            all_pagu=totals["pagu"],
        ),
        funnel=[
            StageFigures(stage=int(stage), label=STAGE_LABELS[stage], needs=needs, pagu=pagu)
            for stage, needs, pagu in stage_counts(totals)
        ],
        by_group=[
            Row(key=g.value, label=g.label, figures=Figures.of(by_group.get(g.value, dict.fromkeys(NEED_FIELDS, 0))))
            for g in ProductGroup
            if filters.group in (None, g)
        ],
        by_buyer=[
            Row(
                key=buyer_id,
                label=buyer_label(buyer_id),
                kind=buyers.get(buyer_id, {}).get("kind", UNKNOWN_KIND),
                figures=Figures.of(total),
            )
            for buyer_id, total in by_buyer.items()
        ],
        by_region=[Row(key=code, label=region_name(code), figures=Figures.of(t)) for code, t in by_region.items()],
        suppliers=_supplier_figures(summed(supplier_totals.values(), SUPPLIER_FIELDS)),
        suppliers_by_region=[
            SupplierRegionRow(region_code=code, label=region_name(code), figures=_supplier_figures(total))
            for code, total in sorted(supplier_totals.items())
        ],
        matching_events=await matching_event_results(store),
    )


def _supplier_figures(total: Vector) -> SupplierFigures:
    return SupplierFigures.model_validate({**total, "never_reached": total["suppliers"] - total["reached"]})


async def matching_event_results(store: Store) -> list[MatchingEventRow]:
    rows = await store.find(MATCHING_EVENT_ROWS, sort=[("_id", 1)])
    return [MatchingEventRow.model_validate({"matching_event_id": row["_id"], **row}) for row in rows]
