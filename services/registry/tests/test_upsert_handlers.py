import pytest
from pydantic import ValidationError

from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertNeed, UpsertProduct, UpsertSupplier
from padan.registry.handlers.upsert_need import upsert_need
from padan.registry.handlers.upsert_product import UnknownSupplier, upsert_product
from padan.registry.handlers.upsert_supplier import upsert_supplier
from padan.shared import topics

SUPPLIER = {"nib": "9120000000001", "name": "Tapis Jejama", "region_code": "18.71", "scale": "kecil"}


async def test_a_new_supplier_emits_one_event_and_a_resubmit_emits_none(repository) -> None:
    first = await upsert_supplier(repository, UpsertSupplier(**SUPPLIER), verified_if_new=True)
    again = await upsert_supplier(repository, UpsertSupplier(**SUPPLIER), verified_if_new=True)
    assert first.created and first.changed and first.version == 1
    assert not again.changed and again.version == 1
    assert len(repository.outbox) == 1
    event = repository.outbox[0]
    assert event["topic"] == topics.SUPPLIERS
    assert event["key"] == aggregate_id(Kind.SUPPLIER, SUPPLIER["nib"])
    assert event["payload"]["name"] == "Tapis Jejama" and event["payload"]["version"] == 1


async def test_a_change_bumps_the_version_and_carries_the_whole_state(repository) -> None:
    await upsert_supplier(repository, UpsertSupplier(**SUPPLIER), verified_if_new=True)
    changed = await upsert_supplier(repository, UpsertSupplier(**{**SUPPLIER, "scale": "menengah"}))
    assert changed.version == 2
    assert repository.outbox[-1]["payload"] | {"scale": "menengah", "version": 2} == repository.outbox[-1]["payload"]
    assert repository.outbox[-1]["payload"]["name"] == "Tapis Jejama"


async def test_a_product_needs_a_registered_supplier(repository) -> None:
    product = UpsertProduct(supplier_nib="9120000000001", sku="A1", name="Kain tapis", price_idr=1_000_000)
    with pytest.raises(UnknownSupplier):
        await upsert_product(repository, product)
    await upsert_supplier(repository, UpsertSupplier(**SUPPLIER), verified_if_new=True)
    result = await upsert_product(repository, product)
    assert result.created
    assert repository.outbox[-1]["payload"]["supplier_id"] == aggregate_id(Kind.SUPPLIER, "9120000000001")


async def test_need_ids_follow_the_kode_rup(repository) -> None:
    need = UpsertNeed(
        kode_rup="40000001", satker_code="18.001", package_name="Belanja kain tapis", pagu_idr=10_000_000,
        procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2023, region_code="18.71",
    )  # fmt: skip
    result = await upsert_need(repository, need)
    assert result.aggregate_id == aggregate_id(Kind.NEED, "40000001")
    assert repository.outbox[-1]["payload"]["buyer_id"] == aggregate_id(Kind.BUYER, "18.001")


@pytest.mark.parametrize(
    ("field", "value"),
    [("nib", "123"), ("region_code", "99.99"), ("scale", "raksasa"), ("name", "")],
)
def test_bad_supplier_input_is_refused_at_the_edge(field: str, value: str) -> None:
    with pytest.raises(ValidationError):
        UpsertSupplier(**{**SUPPLIER, field: value})
