from datetime import UTC, datetime

from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.match import match_id
from padan.matcher.domain.scoring import need_terms, score_pair
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

NOW = datetime.now(UTC)


def _need(**overrides: object) -> NeedUpserted:
    base: dict[str, object] = {
        "need_id": "n1", "kode_rup": "1", "buyer_id": "b1", "satker_code": "18.001",
        "package_name": "Belanja kain tapis untuk cenderamata", "pagu_idr": 50_000_000,
        "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2023,
        "region_code": "18.71", "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return NeedUpserted.model_validate(base | overrides)


def _product(
    product_id: str = "p1", name: str = "Kain tapis motif siger", price: int = 1_000_000, version: int = 1
) -> ProductUpserted:
    return ProductUpserted(
        product_id=product_id, supplier_id="s1", name=name, price_idr=price, version=version, occurred_at=NOW
    )


def _supplier(region: str) -> SupplierUpserted:
    return SupplierUpserted(
        supplier_id="s1", nib="1", name="IKM", region_code=region, scale="kecil", version=1, occurred_at=NOW
    )


def test_catalog_finds_products_by_shared_terms_and_forgets_old_versions() -> None:
    catalog = Catalog()
    catalog.upsert_supplier(_supplier("18.71"))  # products of unknown suppliers are not proposed
    catalog.upsert_product(_product())
    assert catalog.candidates(need_terms(_need())) == {"p1"}
    catalog.upsert_product(_product(name="Traktor tangan", version=2))
    assert catalog.candidates(need_terms(_need())) == set()
    assert not catalog.upsert_product(_product(version=1)), "an older version must not come back"


def test_price_above_pagu_and_construction_packages_are_not_eligible() -> None:
    catalog = Catalog()
    catalog.upsert_product(_product(price=60_000_000))
    assert score_pair(_need(), catalog.products["p1"], None) is None
    catalog.upsert_product(_product(price=1_000, version=2))
    assert score_pair(_need(procurement_type="konstruksi"), catalog.products["p1"], None) is None


def test_locality_raises_the_score_and_the_explanation_names_terms_and_parts() -> None:
    catalog = Catalog()
    catalog.upsert_product(_product())
    local = score_pair(_need(), catalog.products["p1"], _supplier("18.71"))
    same_province = score_pair(_need(), catalog.products["p1"], _supplier("18.05"))
    elsewhere = score_pair(_need(), catalog.products["p1"], _supplier("33.01"))
    assert local and same_province and elsewhere
    assert local.score > same_province.score > elsewhere.score
    assert "konsep:tapis" in local.explanation.matched_terms
    assert local.explanation.components["locality"] == 1.0
    assert same_province.explanation.components["locality"] == 0.5


def test_match_ids_are_deterministic_per_pair() -> None:
    assert match_id("n1", "p1") == match_id("n1", "p1") != match_id("n1", "p2")
