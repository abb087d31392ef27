"""Matching quality on the labeled set (bench/data/matcher_quality.json, made by bench.matcher_quality_data).

    uv run python -m bench.matcher_quality

Ranks every need of the set three ways over the same catalog and reports nDCG@10, MRR and recall@50:
- `padan`: the matcher's domain ranking (`rank_need`: Indonesian analysis, vocabulary, BM25, hard rules,
  every score part, fair exposure as needs are matched one after another);
- `padan_text`: the same index and analysis ranked by BM25 alone, no rules and no other parts (ablation);
- `bm25s`: plain BM25 (bm25s, lucene, k1=1.5, b=0.75) over the same product text (name, category,
  description) and need text (package name, specification), with bm25s's own tokenizer, lower-casing,
  no stop words, no stemming, no vocabulary and no rules.

Metrics, per need then averaged over needs: nDCG@10 with gain 2^grade - 1 and the ideal ordering of all
graded products; MRR of the first product of grade >= 2; recall@50 = products of grade >= 2 in the top 50
over min(50, products of grade >= 2). `grade` is 0 for a product the package or the law rules out (see the
generator); the same metrics on `relevance` (the grade before those rules) are reported too, so the part
owed to the rules can be told from the part owed to text relevance.
Writes bench/results/matcher_quality.json.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.scoring import need_query, need_text, rank_need
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

DATA = Path(__file__).parent / "data" / "matcher_quality.json"
RESULTS = Path(__file__).parent / "results" / "matcher_quality.json"
NOW = datetime(2024, 1, 1, tzinfo=UTC)
K_NDCG, K_RECALL, TOP_K_MATCHED = 10, 50, 10


def load(path: Path = DATA) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def build_catalog(data: dict[str, Any]) -> Catalog:
    catalog = Catalog()
    for supplier in data["suppliers"]:
        catalog.upsert_supplier(SupplierUpserted.model_validate({**supplier, "version": 1, "occurred_at": NOW}))
    for product in data["products"]:
        catalog.upsert_product(ProductUpserted.model_validate({**product, "version": 1, "occurred_at": NOW}))
    return catalog


def needs_of(data: dict[str, Any]) -> list[NeedUpserted]:
    return [NeedUpserted.model_validate({**need, "version": 1, "occurred_at": NOW}) for need in data["needs"]]


def product_text(product: dict[str, Any]) -> str:
    return f"{product['name']} {product['category']} {product['description']}"


def dcg(gains: list[int]) -> float:
    return float(sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains)))


def metrics(ranked: list[str], labels: dict[str, int]) -> dict[str, float]:
    gains = [labels.get(pid, 0) for pid in ranked]
    ideal = dcg(sorted(labels.values(), reverse=True)[:K_NDCG])
    relevant = {pid for pid, g in labels.items() if g >= 2}
    first = next((rank for rank, g in enumerate(gains, start=1) if g >= 2), None)
    return {
        "ndcg@10": dcg(gains[:K_NDCG]) / ideal if ideal > 0 else 0.0,
        "mrr": 1.0 / first if first else 0.0,
        "recall@50": len(relevant & set(ranked[:K_RECALL])) / min(K_RECALL, len(relevant)) if relevant else 0.0,
    }


def mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: round(float(np.mean([row[key] for row in rows])), 4) for key in rows[0]}


def rank_padan(catalog: Catalog, needs: list[NeedUpserted]) -> tuple[dict[str, list[str]], float]:
    """Needs in order, each taking its top 10 as matches (so exposure builds up as in the service)."""
    held: Counter[str] = Counter()
    ranked: dict[str, list[str]] = {}
    started = time.perf_counter()
    for need in needs:
        results = rank_need(catalog, need, K_RECALL, exposure=held)
        ranked[need.need_id] = [item.product.product.product_id for item in results]
        for item in results[:TOP_K_MATCHED]:
            held[item.product.product.supplier_id] += 1
    return ranked, time.perf_counter() - started


def rank_padan_text(catalog: Catalog, needs: list[NeedUpserted]) -> dict[str, list[str]]:
    ranked: dict[str, list[str]] = {}
    for need in needs:
        hits = catalog.search(need_query(need))
        order = np.lexsort((hits.docs, -hits.bm25))[:K_RECALL]
        ranked[need.need_id] = [catalog.product_at(int(hits.docs[i])).product.product_id for i in order]
    return ranked


def rank_bm25s(data: dict[str, Any], needs: list[NeedUpserted]) -> tuple[dict[str, list[str]], float]:
    ids = [product["product_id"] for product in data["products"]]
    corpus = bm25s.tokenize([product_text(p) for p in data["products"]], stopwords=None, show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    queries = bm25s.tokenize([need_text(n) for n in needs], stopwords=None, return_ids=False, show_progress=False)
    started = time.perf_counter()
    ranked: dict[str, list[str]] = {}
    for need, tokens in zip(needs, queries, strict=True):
        known = [t for t in tokens if t in corpus.vocab]
        if not known:
            ranked[need.need_id] = []
            continue
        docs, scores = retriever.retrieve([known], k=K_RECALL, show_progress=False)
        ranked[need.need_id] = [ids[int(d)] for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
    return ranked, time.perf_counter() - started


def per_need(data: dict[str, Any], ranked: dict[str, list[str]], column: int) -> dict[str, dict[str, float]]:
    rows = {}
    for need_id, labels in data["qrels"].items():
        graded = {pid: pair[column] for pid, pair in labels.items() if pair[column] > 0}
        rows[need_id] = metrics(ranked.get(need_id, []), graded)
    return rows


def evaluate(data: dict[str, Any], ranked: dict[str, list[str]], column: int) -> dict[str, float]:
    return mean(list(per_need(data, ranked, column).values()))


def by_intent(data: dict[str, Any], systems: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, float]]:
    """nDCG@10 per intent (grade labels for padan and bm25s, relevance labels for the text-only rankers)."""
    intent = {need["need_id"]: need["intent"] for need in data["needs"]}
    columns = {"padan": 1, "bm25s": 1, "padan_text@relevance": 0, "bm25s@relevance": 0}
    out: dict[str, dict[str, list[float]]] = {}
    for label, column in columns.items():
        for need_id, row in per_need(data, systems[label.split("@")[0]], column).items():
            out.setdefault(intent[need_id], {}).setdefault(label, []).append(row["ndcg@10"])
    return {key: {label: round(float(np.mean(v)), 3) for label, v in rows.items()} for key, rows in sorted(out.items())}


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    data = load()
    needs = needs_of(data)
    started = time.perf_counter()
    catalog = build_catalog(data)
    index_seconds = time.perf_counter() - started
    padan, padan_seconds = rank_padan(catalog, needs)
    baseline, baseline_seconds = rank_bm25s(data, needs)
    systems = {"padan": padan, "padan_text": rank_padan_text(catalog, needs), "bm25s": baseline}
    report: dict[str, Any] = {
        "data": {"needs": len(needs), "products": len(data["products"]), "suppliers": len(data["suppliers"])},
        "grade": {name: evaluate(data, ranked, 1) for name, ranked in systems.items()},
        "relevance": {name: evaluate(data, ranked, 0) for name, ranked in systems.items()},
        "ndcg@10_by_intent": by_intent(data, systems),
        "seconds": {"padan_index": round(index_seconds, 3), "padan_rank": round(padan_seconds, 3),
                    "bm25s_retrieve": round(baseline_seconds, 3)},
    }  # fmt: skip
    padan_ndcg, base_ndcg = report["grade"]["padan"]["ndcg@10"], report["grade"]["bm25s"]["ndcg@10"]
    report["gain_ndcg@10"] = round(padan_ndcg - base_ndcg, 4)
    print(f"{len(needs)} needs x {len(data['products'])} products")
    for labels in ("grade", "relevance"):
        print(f"\nlabels = {labels}" + (" (legal/package rules applied)" if labels == "grade" else " (text only)"))
        print(f"{'system':<12}{'nDCG@10':>10}{'MRR':>10}{'R@50':>10}")
        for name, values in report[labels].items():
            print(f"{name:<12}{values['ndcg@10']:>10.4f}{values['mrr']:>10.4f}{values['recall@50']:>10.4f}")
    print("\nnDCG@10 by intent where bm25s (text only) is below 0.9:")
    for key, row in report["ndcg@10_by_intent"].items():
        if row["bm25s@relevance"] < 0.9:
            print(f"  {key:<20} text only: padan {row['padan_text@relevance']:.3f} bm25s {row['bm25s@relevance']:.3f}; "
                  f"with rules: padan {row['padan']:.3f} bm25s {row['bm25s']:.3f}")  # fmt: skip
    print(f"\npadan nDCG@10 {padan_ndcg:.4f} vs bm25s {base_ndcg:.4f}: {report['gain_ndcg@10']:+.4f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
