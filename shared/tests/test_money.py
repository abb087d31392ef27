from hypothesis import given
from hypothesis import strategies as st

from padan.shared.money import format_rupiah, format_rupiah_short


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
