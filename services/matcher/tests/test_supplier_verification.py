"""Supplier verification (docs/security.md): a self-registered supplier's products are not proposed to
buyers until an operator verifies it, from either side (a new need, a new product), and are proposed once
the verified supplier event arrives."""

import asyncio
from datetime import UTC, datetime

from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.scoring import rank_need
from padan.matcher.handlers.catalog_updated import product_upserted, supplier_upserted
from padan.matcher.handlers.need_upserted import need_upserted
from padan.matcher.handlers.owned_needs import OwnedNeeds, load
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted
from services.matcher.tests.fakes import FakeMatchRepository

NOW = datetime.now(UTC)


def _supplier(supplier_id: str, verified: bool, version: int = 1) -> SupplierUpserted:
    return SupplierUpserted(
        supplier_id=supplier_id, nib="1234567890123", name=f"IKM {supplier_id}", region_code="18.71", scale="kecil",
        verified=verified, version=version, occurred_at=NOW,
    )  # fmt: skip


def _product(product_id: str, supplier_id: str) -> ProductUpserted:
    return ProductUpserted(
        product_id=product_id, supplier_id=supplier_id, name="Kain tapis siger", price_idr=1_000_000, version=1,
        occurred_at=NOW,
    )  # fmt: skip


def _need(need_id: str) -> NeedUpserted:
    return NeedUpserted(
        need_id=need_id, kode_rup=need_id, buyer_id="b1", satker_code="1", package_name="Belanja kain tapis",
        pagu_idr=50_000_000, procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2026,
        region_code="18.71", version=1, occurred_at=NOW,
    )  # fmt: skip


def test_an_unverified_or_unknown_suppliers_products_are_not_ranked() -> None:
    catalog = Catalog()
    catalog.upsert_supplier(_supplier("verified", verified=True))
    catalog.upsert_supplier(_supplier("claimed", verified=False))
    for product_id, supplier_id in [("p-ok", "verified"), ("p-claimed", "claimed"), ("p-unknown", "nobody")]:
        catalog.upsert_product(_product(product_id, supplier_id))
    assert [s.product.product.product_id for s in rank_need(catalog, _need("n1"), top_k=10)] == ["p-ok"]
    assert catalog.proposable("verified") and not catalog.proposable("claimed") and not catalog.proposable("nobody")
    legacy = _supplier("legacy", verified=True).model_dump(mode="json")
    del legacy["verified"]
    assert SupplierUpserted.model_validate(legacy).verified, "events from before verification read as verified"


def test_a_claimed_suppliers_product_is_proposed_once_an_operator_verifies_the_supplier() -> None:
    async def scenario() -> None:
        repository, catalog, owned = FakeMatchRepository(), Catalog(), OwnedNeeds()
        await load(owned, repository, set(range(6)))
        owned.ready.set()
        await supplier_upserted(catalog, owned, repository, 0.1, _supplier("s1", verified=False))
        await need_upserted(catalog, owned, repository, _need("ned-1"), top_k=10, min_score=0.1)
        assert await product_upserted(catalog, owned, repository, 0.1, _product("p1", "s1")) == []
        assert repository.matches == {}, "neither the need nor the product side proposes it"
        made = await supplier_upserted(catalog, owned, repository, 0.1, _supplier("s1", verified=True, version=2))
        assert [m.product_id for m in repository.matches.values()] == ["p1"] and len(made) == 1

    asyncio.run(scenario())
