"""Server-side SVG charts (pygal): no JavaScript, no CDN, readable on a phone (the SVG scales)."""

from __future__ import annotations

import pygal
from pygal.style import Style

from padan.reporting.views.models import Dashboard
from padan.shared.money import format_rupiah_short

STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#1d2327",
    foreground_strong="#1d2327",
    foreground_subtle="#666",
    colors=("#c9b79c", "#d9a441", "#b5651d", "#7a1f1f", "#1e7e34"),
    font_family="system-ui, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    legend_font_size=13,
    value_font_size=12,
    title_font_size=15,
)
# Drawn at about the width it is shown at, so its text stays legible once the SVG is scaled to the card.
COMMON = {
    "style": STYLE,
    "js": [],
    "disable_xml_declaration": True,
    "legend_at_bottom": True,
    "margin": 8,
    "width": 560,
}


def _render(chart: pygal.graph.graph.Graph) -> str:
    return str(chart.render(is_unicode=True))


def funnel_by_group(board: Dashboard) -> str:
    """Potential spend per product group and how far it got (pagu for matched/negotiation, deal values after)."""
    chart = pygal.HorizontalBar(
        **COMMON, height=380, value_formatter=lambda v: format_rupiah_short(int(v or 0)), show_legend=True
    )
    chart.title = "Potensi belanja dan realisasi per kelompok produk"
    rows = [r for r in board.by_group if r.figures.pagu]
    chart.x_labels = [r.label for r in rows]
    for title, field in (
        ("Potensi (pagu)", "pagu"),
        ("Cocok", "matched_pagu"),
        ("Negosiasi", "negotiation_pagu"),
        ("Sepakat (nilai)", "agreed_value"),
        ("Kontrak (nilai)", "contracted_value"),
    ):
        chart.add(title, [getattr(r.figures, field) for r in rows])
    return _render(chart)


def by_region(board: Dashboard) -> str:
    chart = pygal.Bar(
        **COMMON, height=360, x_label_rotation=30, value_formatter=lambda v: format_rupiah_short(int(v or 0))
    )
    chart.title = "Potensi dan kontrak per kabupaten/kota"
    chart.x_labels = [r.label.replace("Kabupaten ", "Kab. ") for r in board.by_region]
    chart.add("Potensi (pagu)", [r.figures.pagu for r in board.by_region])
    chart.add("Kontrak (nilai)", [r.figures.contracted_value for r in board.by_region])
    return _render(chart)


def umk_and_tkdn(board: Dashboard) -> str:
    """Share of contracted value going to UMK & cooperatives against the 40% target, and average TKDN."""
    chart = pygal.SolidGauge(**COMMON, height=260, inner_radius=0.7, half_pie=True)
    chart.title = "Porsi UMK & koperasi (target 40%) dan TKDN rata-rata kontrak"
    umk = round(100 * (board.totals.umk_share or 0), 1)
    tkdn = round(board.totals.tkdn_average or 0, 1)
    percent = lambda v: f"{v:.1f}%".replace(".", ",")  # noqa: E731
    chart.add("UMK & koperasi", [{"value": umk, "max_value": 100}], formatter=percent)
    chart.add("Target Inpres 2/2022", [{"value": 100 * board.umk_target, "max_value": 100}], formatter=percent)
    chart.add("TKDN rata-rata", [{"value": tkdn, "max_value": 100}], formatter=percent)
    return _render(chart)


def suppliers_reached(board: Dashboard) -> str:
    chart = pygal.Pie(**COMMON, height=280, inner_radius=0.5)
    chart.title = "Penyedia terjangkau dan belum"
    chart.add("Dengan kontrak", board.suppliers.contracted)
    chart.add("Terjangkau, belum kontrak", board.suppliers.reached - board.suppliers.contracted)
    chart.add("Belum pernah terjangkau", board.suppliers.never_reached)
    return _render(chart)
