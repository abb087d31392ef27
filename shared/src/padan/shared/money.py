"""Rupiah and numbers as Indonesians write them: a dot between thousands, a comma before decimals
("Rp 23.000.000.000", "84,72%"), years without a separator ("2023"). Money is always an integer number of
Rupiah. Every page, e-mail and chart formats through these, so a figure reads the same everywhere."""

from __future__ import annotations

import math

_SCALES: tuple[tuple[int, str, str], ...] = (
    (1_000_000_000_000, "triliun", "T"),
    (1_000_000_000, "miliar", "M"),
    (1_000_000, "juta", "jt"),
    (1_000, "ribu", "rb"),
)


def format_number(value: float, decimals: int = 0) -> str:
    """1839 -> "1.839"; 84.72 with 2 decimals -> "84,72"; 0.5 with 1 decimal -> "0,5"."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def format_decimal(value: float, max_decimals: int = 2) -> str:
    """Like `format_number`, but without trailing zeros: 84.72 -> "84,72", 60.0 -> "60", 40.5 -> "40,5"."""
    text = format_number(value, max_decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def format_percent(value: float | None, max_decimals: int = 2) -> str:
    """A percentage given in percent (TKDN 84.72 -> "84,72%"); None -> "–"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{format_decimal(value, max_decimals)}%"


def format_share(value: float | None, decimals: int = 1) -> str:
    """A share given as 0..1 (0.241 -> "24,1%"); None -> "–"."""
    if value is None:
        return "–"
    return f"{format_number(100 * value, decimals)}%"


def format_rupiah(amount: int) -> str:
    """Full form with Indonesian thousands separators: 23000000000 -> "Rp 23.000.000.000"."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {format_number(abs(amount))}"


def _scaled(amount: int, short: bool) -> str:
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    for scale, word, abbreviation in _SCALES:
        if value >= scale:
            number = format_decimal(round(value / scale, 1), 1)
            return f"{sign}Rp {number} {abbreviation if short else word}"
    return format_rupiah(amount)


def format_rupiah_short(amount: int) -> str:
    """Spoken form used in reports and headlines: 23000000000 -> "Rp 23 miliar", 298700000000 -> "Rp 298,7 miliar"."""
    return _scaled(amount, short=False)


def format_rupiah_compact(amount: int) -> str:
    """Chart axes and tight cells, as Indonesian news graphics abbreviate: "Rp 5,7 M" (miliar), "Rp 250 jt"
    (juta), "Rp 12 rb" (ribu), "Rp 1,2 T" (triliun)."""
    return _scaled(amount, short=True)
