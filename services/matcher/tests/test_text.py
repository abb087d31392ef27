"""Indonesian analysis: stems, stop words, vocabulary concepts, phrase roles."""

from __future__ import annotations

import pytest

from padan.cli.testing import unique_word
from padan.matcher.domain import text
from padan.matcher.domain.vocabulary import parse


def _terms(value: str) -> list[str]:
    """The terms read, without the words of aliases a product keeps beside their concepts."""
    return [token for token, _ in text.weighted_tokens(value, alias_words=False)]


def test_sastrawi_stems_and_the_cache_remembers_words() -> None:
    assert text.stem("pertanian") == "tani"
    assert text.stem("peralatan") == "alat"
    assert text.stem("sulaman") == "sulam"
    text.stem("perontok")
    before = text.stem.cache_info().hits
    text.stem("perontok")
    assert text.stem.cache_info().hits == before + 1


def test_rup_boilerplate_and_function_words_are_dropped() -> None:
    assert _terms("Belanja Cenderamata Kegiatan Rakor Provinsi") == ["c:souvenir"]
    assert _terms("Pengadaan Seminar Kit Bimtek Aparatur Desa TA 2024") == ["c:seminar_kit"]
    assert _terms("Penyedia berdomisili di Provinsi Lampung") == []


@pytest.mark.parametrize(
    "spelling", ["cenderamata", "cinderamata", "souvenir", "suvenir", "kenang-kenangan", "merchandise"]
)
def test_souvenir_spellings_are_one_concept(spelling: str) -> None:
    assert _terms(f"Belanja {spelling}") == ["c:souvenir"]


@pytest.mark.parametrize(
    "spelling", ["traktor tangan", "traktor roda dua", "Traktor Roda 2", "hand tractor", "hand-tractor"]
)
def test_two_wheel_tractor_spellings_are_one_concept(spelling: str) -> None:
    assert _terms(spelling) == ["c:traktor_roda_dua"]


def test_aliases_and_abbreviations() -> None:
    assert _terms("Belanja ATK") == _terms("Belanja Alat Tulis Kantor") == ["c:atk"]
    assert _terms("Belanja alsintan") == _terms("Belanja alat dan mesin pertanian") == ["c:alsintan"]
    assert _terms("goodie bag") == _terms("goody bag") == ["c:goodie_bag"]


def test_keyword_look_alikes_stay_apart() -> None:
    assert _terms("kain pel") == ["c:kain_pel"] != _terms("kain tapis")
    assert "c:kopi" not in _terms("jasa foto kopi dokumen")
    assert _terms("mainan traktor anak")[0] == "c:mainan"
    assert "c:seminar_kit" not in _terms("first aid kit") + _terms("rapid test kit") + _terms("tool kit")


def test_products_are_indexed_under_broader_concepts_at_half_weight() -> None:
    terms = dict(text.document_terms("Traktor tangan diesel"))
    assert terms["c:traktor_roda_dua"] == 1.0
    assert terms["c:alsintan"] == terms["c:traktor"] == text.ANCESTOR_WEIGHT


def test_head_first_phrases_purpose_clauses_and_conjunctions() -> None:
    ink = dict(text.weighted_tokens("Tinta refill printer"))
    assert ink["c:tinta"] == 1.0 and ink["c:printer"] == text.MODIFIER_WEIGHT
    narrowed = dict(text.weighted_tokens("Alat pertanian traktor roda dua"))
    assert narrowed["c:alsintan"] == narrowed["c:traktor_roda_dua"] == 1.0, "a narrower concept is no modifier"
    purpose = dict(text.weighted_tokens("Kain tapis untuk cenderamata tamu"))
    assert purpose["c:tapis"] == 1.0 and purpose["c:souvenir"] == text.PURPOSE_WEIGHT
    both = dict(text.weighted_tokens("Pakaian adat dan peci"))
    assert both["c:pakaian_adat"] == both["c:peci"] == 1.0


def test_query_weights_specification_and_related_concepts() -> None:
    query = text.analyse_need("Pengadaan seminar kit", "pulpen")
    assert query.weights["c:seminar_kit"] == 1.0
    assert query.weights["c:pena"] == text.DETAIL_WEIGHT
    assert query.related["c:souvenir"] == "c:seminar_kit" and "c:souvenir" not in query.core
    assert [[term.term for term in phrase] for phrase in query.phrases] == [["c:seminar_kit"], ["c:pena"]]
    assert text.kbki_divisions(query.concepts) >= {"29"}


def test_vocabulary_file_errors_are_reported() -> None:
    with pytest.raises(ValueError, match="5 tab-separated"):
        parse("tapis\ttapis\t-\t-\n")
    with pytest.raises(ValueError, match="unknown keys"):
        parse("tapis\ttapis\tnot_a_concept\t-\t-\n")
    assert parse("# comment\n\nkopi\tkopi|coffee\t-\t-\t01 23\n")[0].phrases == ("kopi", "coffee")


def test_a_test_tag_is_a_term_that_ties_a_need_to_its_own_products() -> None:
    """The integration tests seed a need and products sharing a tag, in a catalog shared with other tests;
    a tag of digits alone (`c_7559821434`) was dropped as a number and the need matched others' products."""
    assert "7559821434" not in text.terms("Belanja kain tapis c_7559821434")
    for _ in range(200):
        tag = unique_word("c")
        shared = text.terms(f"Belanja kain tapis {tag} untuk cenderamata") & text.terms(f"Kain tapis Lampung {tag} p1")
        assert shared - text.terms("Belanja kain tapis untuk cenderamata")
