"""Check the independent matcher evaluation set and print its statistics.

    uv run python -m bench.matcher_eval_check

Every record must validate against the event models (version and occurred_at added), ids must be unique,
every label must point to a known product, grades must be 0-3 and never above the relevance, and the split
must be disjoint, with no need of the reserved source (Kab. Bandung 2025) in the held-out half. Every blind
set (blind2.json, blind3.json, ..., built with `--set blindN`) is checked the same way, as a further
held-out set. Exits non-zero on the first broken rule.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from padan.shared.events.registry import NeedUpserted, ProductUpserted, SupplierUpserted
from padan.shared.regions import is_valid_region_code

DATA = Path(__file__).parent / "data" / "matcher_eval"
RESERVED_SOURCE = "Kab. Bandung"
STAMP = {"version": 1, "occurred_at": datetime(2026, 5, 18, tzinfo=UTC)}


def load(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text())  # type: ignore[no-any-return]


def parts() -> tuple[str, ...]:
    blind = tuple(sorted(path.name for path in DATA.glob("blind*.json")))
    return ("tune.json", "heldout.json", *blind)


def check() -> list[str]:
    problems: list[str] = []
    catalog = load("catalog.json")
    suppliers = [SupplierUpserted(**s, **STAMP) for s in catalog["suppliers"]]
    products = [ProductUpserted(**p, **STAMP) for p in catalog["products"]]
    supplier_ids = [s.supplier_id for s in suppliers]
    product_ids = [p.product_id for p in products]
    if len(set(supplier_ids)) != len(supplier_ids):
        problems.append("duplicate supplier ids")
    if len(set(product_ids)) != len(product_ids):
        problems.append("duplicate product ids")
    known_products = set(product_ids)
    problems += [f"product {p.product_id}: unknown supplier" for p in products if p.supplier_id not in supplier_ids]
    problems += [f"supplier {s.supplier_id}: bad region" for s in suppliers if not is_valid_region_code(s.region_code)]

    seen: dict[str, str] = {}
    for part in parts():
        doc = load(part)
        needs = [NeedUpserted(**n, **STAMP) for n in doc["needs"]]
        for need in needs:
            if need.need_id in seen:
                problems.append(f"need {need.need_id} in {seen[need.need_id]} and {part}")
            seen[need.need_id] = part
            if not is_valid_region_code(need.region_code):
                problems.append(f"need {need.need_id}: bad region {need.region_code}")
            if part != "tune.json" and doc["sources"][need.need_id].startswith(RESERVED_SOURCE):
                problems.append(f"need {need.need_id}: reserved source in the held-out half")
            qrels, relevance = doc["qrels"][need.need_id], doc["relevance"][need.need_id]
            for pid in {**relevance, **qrels}:
                if pid not in known_products:
                    problems.append(f"need {need.need_id}: unknown product {pid}")
            for pid, grade in qrels.items():
                if not 1 <= grade <= 3 or grade > relevance.get(pid, 0):
                    problems.append(f"need {need.need_id}: grade {grade} of {pid} against relevance")
            if set(doc["reasons"][need.need_id]) != set(relevance):
                problems.append(f"need {need.need_id}: a graded pair has no reason")
    return problems


def statistics() -> None:
    catalog = load("catalog.json")
    scale = Counter(s["scale"] + (" (koperasi)" if s["is_cooperative"] else "") for s in catalog["suppliers"])
    prov = Counter(s["region_code"].split(".")[0] for s in catalog["suppliers"])
    tkdn = Counter(
        "tanpa TKDN"
        if p["tkdn_percent"] is None
        else (
            "TKDN>=25 & +BMP>=40"
            if p["tkdn_percent"] >= 25 and p["tkdn_percent"] + p["bmp_percent"] >= 40
            else "TKDN di bawah ambang"
        )
        for p in catalog["products"]
    )
    print(
        f"catalog: {len(catalog['suppliers'])} suppliers {dict(scale)}; supplier provinces {dict(sorted(prov.items()))}"
    )
    print(
        f"         {len(catalog['products'])} products; {dict(tkdn)}; "
        f"capacity null {sum(p['monthly_capacity'] is None for p in catalog['products'])}; "
        f"kbki set {sum(p['kbki_code'] is not None for p in catalog['products'])}"
    )
    for part in parts():
        doc = load(part)
        needs = doc["needs"]
        types = Counter(n["procurement_type"] for n in needs)
        provinces = Counter(n["region_code"].split(".")[0] for n in needs)
        sources = Counter(doc["sources"][n["need_id"]].split(" (")[0] for n in needs)
        best = [max(doc["qrels"][n["need_id"]].values(), default=0) for n in needs]
        rel_best = [max(doc["relevance"][n["need_id"]].values(), default=0) for n in needs]
        grades = Counter(g for q in doc["qrels"].values() for g in q.values())
        law_zero = sum(1 for nid, rel in doc["relevance"].items() for pid in rel if pid not in doc["qrels"][nid])
        print(f"{part}: {len(needs)} needs; types {dict(types)}")
        fitting, with_three = sum(b >= 2 for b in best), sum(b == 3 for b in best)
        nothing = sum(r == 0 for r in rel_best)
        ruled_out = sum(r >= 1 and b < 2 for r, b in zip(rel_best, best, strict=True))
        print(
            f"   fitting (a grade>=2 after the law) {fitting}, of them with a 3: {with_three}; "
            f"no fit {len(best) - fitting} (nothing relevant at all: {nothing}, "
            f"relevant but ruled out or only related: {ruled_out})"
        )
        print(f"   labels after the law: {dict(sorted(grades.items()))}; zeroed by the law: {law_zero}")
        print(f"   provinces {dict(sorted(provinces.items()))}")
        print(
            f"   sources {dict(sources)}; PDN {sum(n['is_pdn'] for n in needs)}, "
            f"UMK {sum(n['is_umk'] for n in needs)}, volume set {sum(n['volume'] is not None for n in needs)}"
        )


def main() -> None:
    problems = check()
    for problem in problems:
        print("PROBLEM:", problem)
    statistics()
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
