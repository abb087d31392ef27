"""Server-side SVG charts (pygal): no JavaScript, no CDN, readable on a phone (the SVG scales).

Read at a glance in a meeting: horizontal bars (labels never rotated or cut), the largest at the top, money
on the axis in the compact Indonesian form ("Rp 5,7 M"), each package counted once in the furthest stage it
reached, so a bar's segments add up to its potential. "Lainnya" (everything outside the seed's product
groups) is left out of the group chart by default: it is ten times the rest and would flatten them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygal
from pygal.style import Style

from padan.reporting.domain.funnel import STAGE_LABELS, Stage, stage_counts
from padan.reporting.domain.product_groups import ProductGroup
from padan.reporting.views.models import Dashboard, Row
from padan.shared.money import format_rupiah_compact

# One colour per stage, from "not yet" (pale) to "contracted" (green), the same in every chart and card.
STAGE_COLOURS = {
    Stage.NONE: "#d8cfc0",
    Stage.MATCHED: "#e0b25a",
    Stage.NEGOTIATION: "#c47a2c",
    Stage.AGREED: "#7a1f1f",
    Stage.CONTRACTED: "#1e7e34",
}
STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#1d2327",
    foreground_strong="#1d2327",
    foreground_subtle="#d0d0d0",
    colors=tuple(STAGE_COLOURS.values()),
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    label_font_size=15,
    major_label_font_size=15,
    legend_font_size=15,
    value_font_size=14,
    title_font_size=17,
    tooltip_font_size=14,
    opacity="1",
    opacity_hover="0.85",
)
PIE_STYLE = Style(**{**STYLE.to_dict(), "colors": ("#1e7e34", "#e0b25a", "#b9b2a6")})
# Drawn at about the width it is shown at (cards are 480-600 px wide), so text stays at its size.
COMMON = {
    "style": STYLE,
    "js": [],
    "disable_xml_declaration": True,
    "legend_at_bottom": True,
    "legend_at_bottom_columns": 1,
    "margin": 6,
    "margin_right": 44,  # room for the last axis label ("Rp 300 M") past the plot
    "width": 620,
    "truncate_label": -1,
    "truncate_legend": -1,
    "value_formatter": lambda v: format_rupiah_compact(int(v or 0)),
}


def _render(chart: pygal.graph.graph.Graph) -> str:
    return str(chart.render(is_unicode=True))


def ticks(largest: int, count: int = 4) -> list[int]:
    """About `count` round axis values from 0 past `largest` (1, 2 or 5 times a power of ten apart), so a
    compact label never needs more than one decimal."""
    if largest <= 0:
        return [0]
    raw = largest / count
    power = 10 ** (len(str(int(raw))) - 1)
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return [step * i for i in range(-(-largest // step) + 1)]


def _height(rows: int) -> int:
    return 110 + 56 * max(rows, 1)


def _stacked_by_stage(title: str, rows: Sequence[Row], label: str) -> str:
    """One bar per row (the largest at the top), split into the stages its packages reached."""
    ordered = sorted(rows, key=lambda r: r.figures.pagu)  # pygal draws the first category at the bottom
    # The stage legend is drawn once under the charts (HTML): five long labels do not fit under each one.
    chart = pygal.HorizontalStackedBar(**COMMON, height=_height(len(ordered)), show_legend=False)
    chart.title = title
    chart.x_labels = [r.label for r in ordered]
    stages = [stage_counts(r.figures.model_dump()) for r in ordered]
    chart.y_labels = ticks(max((r.figures.pagu for r in ordered), default=0))
    for stage in Stage:
        chart.add(STAGE_LABELS[stage], [counts[stage][2] for counts in stages])
    chart.x_title = label
    return _render(chart)


def by_group(board: Dashboard, *, with_other: bool = False) -> str:
    """Potential spend per product group, split by the furthest stage of its packages (pagu)."""
    rows = [
        r
        for r in board.by_group
        if r.figures.pagu and (with_other or r.key != ProductGroup.OTHER or board.filters.group is ProductGroup.OTHER)
    ]
    return _stacked_by_stage("Potensi belanja per kelompok produk, menurut tahap", rows, "pagu paket")


def by_region(board: Dashboard, top: int = 8) -> str:
    """The kab/kota with the largest potential, split by stage like the group chart."""
    rows = sorted(board.by_region, key=lambda r: -r.figures.pagu)[:top]
    shortened = [r.model_copy(update={"label": r.label.replace("Kabupaten ", "Kab. ")}) for r in rows]
    return _stacked_by_stage("Potensi belanja per kabupaten/kota, menurut tahap", shortened, "pagu paket")


def suppliers_reached(board: Dashboard) -> str:
    chart = pygal.Pie(
        **{**COMMON, "style": PIE_STYLE, "value_formatter": lambda v: f"{int(v or 0)} penyedia"},
        height=330,
        inner_radius=0.45,
        print_values=True,
    )
    chart.title = "Penyedia terjangkau dan belum"
    chart.add("Dengan kontrak", board.suppliers.contracted)
    chart.add("Terjangkau, belum kontrak", board.suppliers.reached - board.suppliers.contracted)
    chart.add("Belum pernah terjangkau", board.suppliers.never_reached)
    return _render(chart)
