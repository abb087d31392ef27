"""Rupiah formatting. Money is always an integer number of Rupiah."""

from __future__ import annotations

_SCALES: tuple[tuple[int, str], ...] = (
    (1_000_000_000_000, "triliun"),
    (1_000_000_000, "miliar"),
    (1_000_000, "juta"),
    (1_000, "ribu"),
)


def format_rupiah(amount: int) -> str:
    """Full form with Indonesian thousands separators: 23000000000 -> "Rp 23.000.000.000"."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def format_rupiah_short(amount: int) -> str:
    """Spoken form used in reports and headlines: 23000000000 -> "Rp 23 miliar", 298700000000 -> "Rp 298,7 miliar"."""
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    for scale, word in _SCALES:
        if value >= scale:
            number = f"{value / scale:.1f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{sign}Rp {number} {word}"
    return format_rupiah(amount)
