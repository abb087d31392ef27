from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from padan.shared.events import MODEL_BY_TOPIC, NeedUpserted
from padan.shared.regions import is_valid_region_code, province_of, region_name
from padan.shared.topics import ALL_TOPICS, dlq_topic


def test_region_codes() -> None:
    assert is_valid_region_code("18") and is_valid_region_code("18.71")
    assert not is_valid_region_code("99.01") and not is_valid_region_code("1871")
    assert province_of("18.71") == "18"
    assert region_name("18.71") == "Kota Bandar Lampung"
    assert region_name("18") == "Provinsi Lampung"


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
