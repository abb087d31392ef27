from hypothesis import given
from hypothesis import strategies as st

from padan.shared.money import (
    format_decimal,
    format_number,
    format_percent,
    format_rupiah,
    format_rupiah_compact,
    format_rupiah_short,
    format_share,
)


def test_full_form_uses_dots_as_thousands_separators() -> None:
    assert format_rupiah(23_000_000_000) == "Rp 23.000.000.000"
    assert format_rupiah(0) == "Rp 0"
    assert format_rupiah(950) == "Rp 950"
    assert format_rupiah(-1_500_000) == "-Rp 1.500.000"


def test_short_form_reads_like_the_news() -> None:
    assert format_rupiah_short(23_000_000_000) == "Rp 23 miliar"
    assert format_rupiah_short(298_700_000_000) == "Rp 298,7 miliar"
    assert format_rupiah_short(1_500_000) == "Rp 1,5 juta"
    assert format_rupiah_short(2_000_000_000_000) == "Rp 2 triliun"
    assert format_rupiah_short(750) == "Rp 750"


@given(st.integers(min_value=0, max_value=10**15))
def test_full_form_round_trips(amount: int) -> None:
    text = format_rupiah(amount)
    assert text.startswith("Rp ")
    assert int(text.removeprefix("Rp ").replace(".", "")) == amount


def test_numbers_take_a_decimal_comma_and_dots_between_thousands() -> None:
    assert format_number(1839) == "1.839"
    assert format_number(84.72, 2) == "84,72"
    assert format_decimal(84.72) == "84,72"
    assert format_decimal(60.0) == "60"
    assert format_decimal(40.5) == "40,5"
    assert format_percent(84.72) == "84,72%"
    assert format_percent(None) == "–"
    assert format_share(0.241) == "24,1%"
    assert format_share(None) == "–"


def test_compact_form_for_chart_axes() -> None:
    assert format_rupiah_compact(5_700_000_000) == "Rp 5,7 M"
    assert format_rupiah_compact(250_000_000) == "Rp 250 jt"
    assert format_rupiah_compact(12_000) == "Rp 12 rb"
    assert format_rupiah_compact(1_200_000_000_000) == "Rp 1,2 T"
    assert format_rupiah_compact(0) == "Rp 0"


@given(st.floats(min_value=0, max_value=10**9, allow_nan=False))
def test_a_formatted_number_reads_back(value: float) -> None:
    text = format_number(value, 2)
    assert float(text.replace(".", "").replace(",", ".")) == round(value, 2)
