from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from padan.shared.events import MODEL_BY_TOPIC, NeedUpserted
from padan.shared.regions import (
    LAMPUNG_REGENCIES,
    PROVINCES,
    REGENCIES,
    find_province,
    find_region,
    find_region_in_text,
    is_valid_region_code,
    province_of,
    region_name,
)
from padan.shared.topics import ALL_TOPICS, dlq_topic


def test_region_codes() -> None:
    assert is_valid_region_code("18") and is_valid_region_code("18.71")
    assert not is_valid_region_code("99.01") and not is_valid_region_code("1871")
    assert province_of("18.71") == "18"
    assert region_name("18.71") == "Kota Bandar Lampung"
    assert region_name("18") == "Provinsi Lampung"


def test_the_gazetteer_lists_every_province_and_kab_kota_of_the_kepmendagri() -> None:
    assert len(PROVINCES) == 38 and len(REGENCIES) == 514
    assert sum(name.startswith("Kota ") for name in REGENCIES.values()) == 98
    assert all(province_of(code) in PROVINCES for code in REGENCIES)
    assert REGENCIES["32.04"] == "Kabupaten Bandung" and REGENCIES["32.73"] == "Kota Bandung"
    # Kemendagri numbering, not BPS's: Lampung Tengah is 18.02 (BPS 1805), Papua is 91 (BPS 94).
    assert LAMPUNG_REGENCIES["18.02"] == "Kabupaten Lampung Tengah" and len(LAMPUNG_REGENCIES) == 15
    assert PROVINCES["91"] == "Papua" and PROVINCES["96"] == "Papua Barat Daya"
    assert not is_valid_region_code("18.99") and is_valid_region_code("96.71")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Bandung (Kab.)", "32.04"), ("Bandung (Kota)", "32.73"), ("Kabupaten Bandung", "32.04"),
        ("Kab. Bandung", "32.04"), ("KAB BANDUNG", "32.04"), ("Kota Bandar Lampung", "18.71"),
        ("Kota Adm. Jakarta Pusat", "31.71"), ("Kepulauan Seribu (Kab.)", "31.01"), ("Toli Toli (Kab.)", "72.04"),
        ("Kota Tanjung Balai", "12.74"), ("Jawa Barat", "32"), ("NAD", "11"), ("NTB", "52"),
        ("Kep. Bangka Belitung", "19"), ("DI Yogyakarta", "34"), ("Provinsi Lampung", "18"),
        ("Bandung", None), ("Sangihe Talaud (Kab.)", None), ("", None), ("Atlantis", None),
    ],
)  # fmt: skip
def test_region_names_as_lkpp_writes_them(name: str, code: str | None) -> None:
    assert find_region(name) == code


def test_a_name_in_several_provinces_needs_the_province_and_a_bare_name_the_kind() -> None:
    assert find_province("Jawa Barat") == "32" and find_province("Sumatera Utara") == "12"
    assert find_region("Bandung", kind="kota") == "32.73"
    assert find_region("Kabupaten Bandung", province="18") is None


def test_a_kab_kota_named_in_an_address() -> None:
    assert find_region_in_text("Jl. Raya Soreang No. 1, Kab. Bandung, Jawa Barat") == "32.04"
    assert find_region_in_text("Jl. Pagar Alam No. 5 Kota Bandar Lampung") == "18.71"
    assert find_region_in_text("Dusun Sawur RT.006 RW.011 Kel.Pucansari Kec.Purwosari") is None


def test_every_topic_has_a_model_and_a_dlq() -> None:
    names = {spec.name for spec in ALL_TOPICS}
    for topic in MODEL_BY_TOPIC:
        assert dlq_topic(topic) in names


def _need(**overrides: object) -> dict[str, object]:
    need: dict[str, object] = {
        "need_id": "n1", "kode_rup": "12345", "buyer_id": "b1", "satker_code": "1.01",
        "package_name": "Belanja kain tapis", "pagu_idr": 150_000_000, "procurement_method": "e_purchasing",
        "procurement_type": "barang", "fiscal_year": 2023, "region_code": "18.71", "version": 1,
        "occurred_at": datetime.now(UTC).isoformat(),
    }  # fmt: skip
    return need | overrides


def test_events_ignore_unknown_fields_so_additive_changes_keep_the_topic() -> None:
    need = NeedUpserted.model_validate(_need(a_future_field="x"))
    assert need.aggregate_id() == "n1"


def test_events_refuse_negative_money_and_unknown_methods() -> None:
    with pytest.raises(ValidationError):
        NeedUpserted.model_validate(_need(pagu_idr=-1))
    with pytest.raises(ValidationError):
        NeedUpserted.model_validate(_need(procurement_method="arisan"))
