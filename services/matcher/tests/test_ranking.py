"""Ranking over the in-memory catalog: relevance, rules in context, score parts, explanations, properties."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from padan.matcher.domain import catalog as catalog_module
from padan.matcher.domain import rules
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.scoring import BASE, QUALITY, rank_need, score_pair
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

NOW = datetime(2024, 1, 1, tzinfo=UTC)


def need(**overrides: Any) -> NeedUpserted:
    base: dict[str, Any] = {
        "need_id": "n1", "kode_rup": "1", "buyer_id": "b1", "satker_code": "18.001",
        "package_name": "Belanja kain tapis untuk cenderamata", "pagu_idr": 50_000_000,
        "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2024,
        "region_code": "18.71", "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return NeedUpserted.model_validate(base | overrides)


def product(product_id: str, name: str, supplier_id: str = "s1", **overrides: Any) -> ProductUpserted:
    base: dict[str, Any] = {
        "product_id": product_id, "supplier_id": supplier_id, "name": name, "price_idr": 1_000_000,
        "tkdn_percent": 60.0, "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return ProductUpserted.model_validate(base | overrides)


def supplier(supplier_id: str, region: str = "18.71", scale: str = "kecil", **overrides: Any) -> SupplierUpserted:
    base: dict[str, Any] = {
        "supplier_id": supplier_id, "nib": supplier_id, "name": f"IKM {supplier_id}", "region_code": region,
        "scale": scale, "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return SupplierUpserted.model_validate(base | overrides)


def build(products: list[ProductUpserted], suppliers: list[SupplierUpserted]) -> Catalog:
    catalog = Catalog()
    for item in suppliers:
        catalog.upsert_supplier(item)
    for item in products:
        catalog.upsert_product(item)
    return catalog


def ids(results: list[Any]) -> list[str]:
    return [item.product.product.product_id for item in results]


def test_indonesian_synonyms_find_what_keywords_miss_and_skip_look_alikes() -> None:
    catalog = build(
        [
            product("tapis", "Kain Tapis Motif Pucuk Rebung"),
            product("pel", "Kain Pel Microfiber", price_idr=40_000),
            product("ganci", "Gantungan Kunci Siger", price_idr=15_000),
            product("traktor", "Hand Tractor Quick G1000", price_idr=25_000_000),
            product("mainan", "Mainan Traktor Anak", price_idr=90_000),
            product("fotokopi", "Mesin Fotokopi Canon iR 2625", price_idr=30_000_000),
        ],
        [supplier("s1")],
    )
    assert ids(rank_need(catalog, need(package_name="Belanja Kain Tapis"), 5)) == ["tapis"]
    souvenirs = ids(rank_need(catalog, need(package_name="Belanja Suvenir Kegiatan Rakor Provinsi"), 5))
    assert souvenirs == ["ganci"], "a key ring is a souvenir; a length of tapis cloth only relates to one"
    tractor = need(package_name="Belanja Modal Alat Pertanian Traktor Roda Dua", pagu_idr=100_000_000)
    assert ids(rank_need(catalog, tractor, 5)) == ["traktor"]
    machines = ids(rank_need(catalog, need(package_name="Pengadaan mesin pertanian", pagu_idr=100_000_000), 5))
    assert machines == ["traktor"], "neither a photocopier nor a toy tractor is a farm machine"


def test_reservation_puts_medium_firms_after_small_ones_only_while_a_small_one_can_supply() -> None:
    products = [product("small", "Kain tapis siger", "s1"), product("medium", "Kain tapis siger", "s2")]
    catalog = build(products, [supplier("s1", scale="mikro"), supplier("s2", scale="menengah")])
    ranked = rank_need(catalog, need(pagu_idr=1_000_000), 5)
    assert ids(ranked) == ["small", "medium"]
    reservation = next(c for c in ranked[1].explanation.rules if c.rule == "small_business_reservation")
    assert reservation.passed and rules.DEFERRED_NOTE in reservation.detail
    catalog.upsert_product(product("small", "Kain tapis siger", "s1", active=False, version=2))
    ranked = rank_need(catalog, need(), 5)
    assert ids(ranked) == ["medium"]
    reservation = next(c for c in ranked[0].explanation.rules if c.rule == "small_business_reservation")
    assert reservation.passed and "tidak ada usaha kecil" in reservation.detail
    assert ids(rank_need(catalog, need(pagu_idr=20_000_000_000), 5)) == ["medium"]


def test_tkdn_obligation_puts_a_qualifying_product_first_when_one_is_offered() -> None:
    products = [
        product("low", "Kain tapis siger", "s1", tkdn_percent=20.0),
        product("high", "Kain tapis siger", "s2", tkdn_percent=30.0, bmp_percent=10.0),
    ]
    catalog = build(products, [supplier("s1", "18.71"), supplier("s2", "33.01")])
    ranked = rank_need(catalog, need(), 5)
    assert ids(ranked) == ["high", "low"], "the qualifying product first, though the other is local"
    domestic = next(c for c in ranked[1].explanation.rules if c.rule == "domestic_content")
    assert "wajib diutamakan" in domestic.detail and rules.DEFERRED_NOTE in domestic.detail
    assert ids(rank_need(catalog, need(is_pdn=False), 5)) == ["low", "high"], "outside PDN: locality orders"


def test_locality_then_exposure_order_equally_relevant_products() -> None:
    products = [product(f"p{i}", "Kain tapis siger", f"s{i}") for i in range(3)]
    catalog = build(products, [supplier("s0", "33.01"), supplier("s1", "18.05"), supplier("s2", "18.71")])
    assert ids(rank_need(catalog, need(), 3)) == ["p2", "p1", "p0"]
    busy = rank_need(catalog, need(), 3, exposure={"s2": 40})
    assert ids(busy)[0] == "p1", "a supplier holding many matches gives way to an equally fitting one"
    assert busy[1].explanation.components["exposure"] == pytest.approx(1 / (1 + 40 / 10), abs=1e-4)


def test_explanation_carries_rules_terms_and_every_part_of_the_score() -> None:
    catalog = build([product("p1", "Kain tapis motif siger", kbki_code="26611")], [supplier("s1")])
    [scored] = rank_need(catalog, need(package_name="Belanja kain tapis", volume=20), 1)
    explanation = scored.explanation
    assert all(check.passed for check in explanation.rules) and len(explanation.rules) == 7
    assert explanation.matched_terms == ["konsep:tapis"]
    assert set(explanation.components) == set(QUALITY) | {"relevance", "fit", "text"}
    assert explanation.components["locality"] == 1.0 and explanation.components["kbki"] == 1.0
    assert explanation.components["tkdn"] == 0.6
    quality = BASE + sum(weight * explanation.components[name] for name, weight in QUALITY.items())
    assert scored.score == pytest.approx(explanation.components["relevance"] * quality, abs=5e-4)


def test_score_pair_agrees_with_rank_need() -> None:
    catalog = build([product("p1", "Kain tapis motif siger")], [supplier("s1")])
    [ranked] = rank_need(catalog, need(), 1, exposure={})
    alone = score_pair(need(), catalog.products["p1"], catalog.suppliers["s1"])
    assert alone is not None and alone.score == pytest.approx(ranked.score, abs=1e-3)
    assert score_pair(need(pagu_idr=10), catalog.products["p1"], catalog.suppliers["s1"]) is None


def test_new_versions_replace_old_terms_and_dead_postings_are_compacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "_COMPACT_MIN_DEAD", 1)
    catalog = build([product("p1", "Kain tapis siger"), product("p2", "Kopi robusta")], [supplier("s1")])
    catalog.upsert_product(product("p1", "Traktor tangan", version=2))
    assert ids(rank_need(catalog, need(package_name="Belanja kain tapis"), 5)) == []
    assert not catalog.upsert_product(product("p1", "Kain tapis siger", version=1)), "an older version stays out"
    assert ids(rank_need(catalog, need(package_name="Belanja traktor tangan"), 5)) == ["p1"]
    assert len(catalog) == 2


# ---- properties --------------------------------------------------------------------------------------------

WORDS = ["kain", "tapis", "pel", "traktor", "tangan", "mesin", "fotokopi", "kopi", "robusta", "seminar", "kit",
         "souvenir", "atk", "kertas", "pulpen", "mainan", "alsintan", "perontok", "padi", "goodie", "bag"]  # fmt: skip
REGIONS = ["18.71", "18.72", "18.05", "33.01", "18"]

product_rows = st.lists(
    st.tuples(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
        st.integers(min_value=1_000, max_value=60_000_000),
        st.one_of(st.none(), st.floats(min_value=0, max_value=100)),
        st.one_of(st.none(), st.integers(min_value=0, max_value=500)),
        st.integers(min_value=0, max_value=5),
        st.booleans(),
    ),
    min_size=1,
    max_size=25,
)
supplier_rows = st.lists(
    st.tuples(st.sampled_from(REGIONS), st.sampled_from(["mikro", "kecil", "menengah", "besar"]), st.booleans()),
    min_size=6,
    max_size=6,
)
need_rows = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
    st.integers(min_value=0, max_value=20_000_000_000),
    st.one_of(st.none(), st.integers(min_value=1, max_value=2_000)),
    st.sampled_from(REGIONS),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", "Penyedia berdomisili di Provinsi Lampung."]),
    st.sampled_from(["barang", "jasa_lainnya", "konstruksi"]),
)


def _world(rows: list[Any], sups: list[Any]) -> Catalog:
    suppliers = [
        supplier(f"s{i}", region=region, scale=scale, is_cooperative=coop)
        for i, (region, scale, coop) in enumerate(sups)
    ]
    products = [
        product(f"p{i:02d}", name, f"s{supplier_index}", price_idr=price, tkdn_percent=tkdn,
                monthly_capacity=capacity, active=active)
        for i, (name, price, tkdn, capacity, supplier_index, active) in enumerate(rows)
    ]  # fmt: skip
    return build(products, suppliers)


def _need(row: Any) -> NeedUpserted:
    name, pagu, volume, region, is_pdn, is_umk, spec, kind = row
    return need(package_name=f"Belanja {name}", pagu_idr=pagu, volume=volume, region_code=region, is_pdn=is_pdn,
                is_umk=is_umk, specification=spec, procurement_type=kind)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(product_rows, supplier_rows, need_rows)
def test_scores_are_finite_rank_order_is_deterministic_and_ineligible_never_ranked(
    rows: list[Any], sups: list[Any], need_row: Any
) -> None:
    catalog = _world(rows, sups)
    wanted = _need(need_row)
    first = rank_need(catalog, wanted, 10, exposure={})
    again = rank_need(catalog, wanted, 10, exposure={})
    assert [(ids([a]), a.score) for a in first] == [(ids([b]), b.score) for b in again]
    keys = [(-item.score, item.product.product.product_id) for item in first]
    assert keys == sorted(keys), "best first, ties by product id"
    for item in first:
        assert math.isfinite(item.score) and 0.0 <= item.score <= 1.0
        assert all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in item.explanation.components.values())
        assert all(check.passed for check in item.explanation.rules)
        sup = catalog.suppliers.get(item.product.product.supplier_id)
        # The rules that need no context must hold whatever the other offers are.
        alone = rules.check_all(wanted, item.product.product, sup, rules.NeedContext(False, False))
        assert all(check.passed for check in alone)
    # The context rules bind as a whole: one qualifying offer shown means no non-qualifying one is.
    products = [item.product.product for item in first]
    if wanted.is_pdn and any(rules.tkdn_qualifies(p.tkdn_percent, p.bmp_percent) for p in products):
        assert all(rules.tkdn_qualifies(p.tkdn_percent, p.bmp_percent) for p in products)
    small = [rules.is_small_or_cooperative(catalog.suppliers.get(p.supplier_id)) for p in products]
    if rules.is_reserved(wanted) and any(small):
        assert all(small)
    if wanted.procurement_type == "konstruksi":
        assert first == []


def test_past_the_candidate_cap_only_the_textually_best_are_ranked(monkeypatch: pytest.MonkeyPatch) -> None:
    from padan.matcher.domain import scoring

    products = [
        product("best", "Kain tapis", description="Kain tapis tenun"),
        product("weaker", "Kain tapis", description="selendang dan sarung berhias motif siger dan kapal"),
    ]
    catalog = build(products, [supplier("s1")])
    wanted = need(package_name="Belanja kain tapis")
    assert ids(rank_need(catalog, wanted, 5)) == ["best", "weaker"]
    monkeypatch.setattr(scoring, "MAX_CANDIDATES", 1)
    assert ids(rank_need(catalog, wanted, 5)) == ["best"]
