"""Goods named by the use they are given ("cenderamata", "oleh-oleh") before the goods themselves: the goods
that follow are what is asked for (issue 18; the seed's "Belanja Cenderamata Kain Tapis")."""

from __future__ import annotations

from padan.matcher.domain import text
from services.matcher.tests.test_generalisation import build, ids, need, product


def test_souvenirs_of_a_named_kind_ask_for_that_kind() -> None:
    catalog = build(
        product("tapis", "Kain Tapis Motif Pucuk Rebung", category="tekstil", price_idr=1_750_000),
        product("keychain", "Gantungan Kunci Akrilik Logo Instansi", category="souvenir", price_idr=25_000),
    )
    assert ids(catalog, need("Belanja Cenderamata Kain Tapis", pagu_idr=150_000_000)) == ["tapis"]
    assert ids(catalog, need("Belanja Kain Tapis untuk Cenderamata", pagu_idr=150_000_000)) == ["tapis"]
    phrase = text.analyse_need("Belanja Cenderamata Kain Tapis").phrases[0]
    assert text.phrase_head(phrase) == text.CONCEPT_PREFIX + "tapis"


def test_souvenirs_of_no_named_kind_stay_souvenirs() -> None:
    catalog = build(
        product("tapis", "Kain Tapis Motif Pucuk Rebung", category="tekstil", price_idr=1_750_000),
        product("keychain", "Souvenir Gantungan Kunci Akrilik", category="souvenir", price_idr=25_000),
    )
    assert ids(catalog, need("Belanja Cenderamata untuk Tamu Daerah", pagu_idr=50_000_000)) == ["keychain"]
