"""Matching quality on a labelled set: padan against plain BM25 (bm25s), side by side.

    uv run python -m bench.matcher_quality                       # bench/data/matcher_quality.json
    uv run python -m bench.matcher_quality --set bench/data/matcher_eval/tune.json \\
        --catalog bench/data/matcher_eval/catalog.json

Sets: one file holding suppliers, products, needs and qrels {need: {product: [relevance, grade]}} (the
generated set of bench.matcher_quality_data), or needs + qrels {need: {product: grade}} (+ "relevance") with
the catalog ({"suppliers", "products"}) in another file (the independent evaluation set, see
docs/matching-evaluation.md). Grades 0-3; 0 where the package or the law rules the product out.

Systems, over the same catalog:
- `padan`: `padan.matcher.domain.offline.rank_all`, the code path of `padan matcher rank` and of the
  service (text analysis, fit, hard rules in their context, calibrated score, the settings' top_k and
  min_score, exposure growing as needs are matched in file order);
- `bm25s`: plain BM25 (bm25s, Lucene, k1=1.5, b=0.75) of the need text (package name, specification) over
  product text (name, category, description), bm25s's own tokenizer, no stop words, no stemming, no
  vocabulary, no rules; it proposes its top 10 with a score above 0.

Metrics: nDCG@10 (gain 2^grade - 1, ideal from all graded products), MRR of the first product of grade
>= 2, recall@50 (grade >= 2 found in the top 50 over min(50, how many)), averaged over the needs having a
product of grade >= 1. A need "has a fitting product" when some product has grade >= 2; `ndcg@10_fitting` is
nDCG@10 over those needs only (a need whose best product is merely related is judged by abstention). Then:
`wrongly_empty` = share of the needs with a fitting product that get no proposal; `abstained_when_no_fit`
= share of the needs without one that get no proposal (the aim: they should get none); and
`abstention_precision` = share of the needs left without proposals that indeed have no fitting product.
With `relevance` labels in the set, the same ranking metrics on them (the grade before the law) too.
Writes bench/results/matcher_quality.json (or matcher_quality_<set>.json for another set).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from padan.matcher.domain.offline import catalog_of, needs_of, rank_all
from padan.matcher.domain.scoring import need_text
from padan.matcher.settings import Settings
from padan.shared.events import NeedUpserted

DATA = Path(__file__).parent / "data" / "matcher_quality.json"
RESULTS = Path(__file__).parent / "results"
K_NDCG, K_RECALL = 10, 50
TOP_K = int(Settings.model_fields["top_k"].default)
MIN_SCORE = float(Settings.model_fields["min_score"].default)


def load(path: Path = DATA) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def labels_of(data: dict[str, Any]) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]] | None]:
    """(grade, relevance) per need and product, from either shape of set."""
    grades: dict[str, dict[str, int]] = {}
    relevance: dict[str, dict[str, int]] = {}
    for need_id, row in data["qrels"].items():
        for product_id, value in row.items():
            if isinstance(value, list):
                relevance.setdefault(need_id, {})[product_id] = int(value[0])
            grades.setdefault(need_id, {})[product_id] = int(value[1] if isinstance(value, list) else value)
    for need_id, row in data.get("relevance", {}).items():
        relevance[need_id] = {product_id: int(value) for product_id, value in row.items()}
    return grades, relevance or None


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


def evaluate(
    needs: list[NeedUpserted], labels: dict[str, dict[str, int]], ranked: dict[str, list[str]], proposed: set[str]
) -> dict[str, float]:
    """Ranking metrics over the needs with a graded product; abstention over all needs."""
    rows, fitting_ndcg = [], []
    for need in needs:
        graded = {pid: g for pid, g in labels.get(need.need_id, {}).items() if g > 0}
        if graded:
            rows.append(metrics(ranked.get(need.need_id, []), graded))
            if max(graded.values()) >= 2:
                fitting_ndcg.append(rows[-1]["ndcg@10"])
    fitting = {n.need_id for n in needs if any(g >= 2 for g in labels.get(n.need_id, {}).values())}
    unfit = {n.need_id for n in needs} - fitting
    empty = {n.need_id for n in needs} - proposed
    out = {key: round(float(np.mean([row[key] for row in rows])), 4) for key in rows[0]} if rows else {}
    # The needs whose best product is only related (grade 1) are judged by abstention: counted in nDCG too,
    # every right abstention on them would cost a full need of nDCG.
    out["ndcg@10_fitting"] = round(float(np.mean(fitting_ndcg)), 4) if fitting_ndcg else 0.0
    out["wrongly_empty"] = round(len(fitting & empty) / len(fitting), 4) if fitting else 0.0
    out["abstained_when_no_fit"] = round(len(unfit & empty) / len(unfit), 4) if unfit else 1.0
    out["abstention_precision"] = round(len(unfit & empty) / len(empty), 4) if empty else 1.0
    return out


def rank_bm25s(products: list[dict[str, Any]], needs: list[NeedUpserted]) -> tuple[dict[str, list[str]], float]:
    ids = [product["product_id"] for product in products]
    texts = [f"{p['name']} {p.get('category', '')} {p.get('description', '')}" for p in products]
    corpus = bm25s.tokenize(texts, stopwords=None, show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    queries = bm25s.tokenize([need_text(n) for n in needs], stopwords=None, return_ids=False, show_progress=False)
    started = time.process_time()
    ranked: dict[str, list[str]] = {}
    for need, tokens in zip(needs, queries, strict=True):
        known = [t for t in tokens if t in corpus.vocab]
        if not known:
            ranked[need.need_id] = []
            continue
        docs, scores = retriever.retrieve([known], k=min(K_RECALL, len(ids)), show_progress=False)
        ranked[need.need_id] = [ids[int(d)] for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
    return ranked, time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DATA, help="needs and labels (and the catalog, if no --catalog)")
    parser.add_argument("--catalog", type=Path, help="suppliers and products, when the set holds none")
    parser.add_argument("--min-score", type=float, default=MIN_SCORE, help="the service's threshold by default")
    parser.add_argument("--show", action="store_true", help="print each need's outcome and top 3 with grades")
    args = parser.parse_args()
    data = load(args.set)
    stock = load(args.catalog) if args.catalog else data
    needs = needs_of(data["needs"])
    grades, relevance = labels_of(data)
    started = time.process_time()
    catalog = catalog_of(stock["suppliers"], stock["products"])
    index_seconds = time.process_time() - started
    started = time.process_time()
    results = rank_all(catalog, needs, top_k=TOP_K, min_score=args.min_score, depth=K_RECALL)
    padan_seconds = time.process_time() - started
    padan = {item.need.need_id: item.ranked for item in results}
    padan_proposed = {item.need.need_id for item in results if item.ranking.matches}
    baseline, baseline_seconds = rank_bm25s(stock["products"], needs)
    bm25s_proposed = {need_id for need_id, ranked in baseline.items() if ranked}
    fitting = sum(any(g >= 2 for g in grades.get(n.need_id, {}).values()) for n in needs)
    report: dict[str, Any] = {
        "set": str(args.set), "catalog": str(args.catalog or args.set), "top_k": TOP_K, "min_score": args.min_score,
        "data": {"needs": len(needs), "products": len(stock["products"]), "suppliers": len(stock["suppliers"]),
                 "needs_with_fitting_product": fitting},
        "grade": {"padan": evaluate(needs, grades, padan, padan_proposed),
                  "bm25s": evaluate(needs, grades, baseline, bm25s_proposed)},
        "cpu_seconds": {"padan_index": round(index_seconds, 3), "padan_rank": round(padan_seconds, 3),
                        "bm25s_retrieve": round(baseline_seconds, 3)},
    }  # fmt: skip
    if relevance:
        report["relevance"] = {"padan": evaluate(needs, relevance, padan, padan_proposed),
                               "bm25s": evaluate(needs, relevance, baseline, bm25s_proposed)}  # fmt: skip
    outcomes: dict[str, int] = {}
    for item in results:
        outcomes[item.ranking.outcome.value] = outcomes.get(item.ranking.outcome.value, 0) + 1
    report["padan_outcomes"] = dict(sorted(outcomes.items()))
    padan_ndcg, base_ndcg = report["grade"]["padan"]["ndcg@10"], report["grade"]["bm25s"]["ndcg@10"]
    report["gain_ndcg@10"] = round(padan_ndcg - base_ndcg, 4)
    if args.show:
        for item in results:
            labels = grades.get(item.need.need_id, {})
            best = max(labels.values(), default=0)
            top = ", ".join(f"{pid}:{labels.get(pid, 0)}" for pid in item.ranked[:3])
            print(f"{item.need.need_id} [best {best}] {item.need.package_name[:70]!r} -> {item.ranking.outcome.value}"
                  f" {top} {item.ranking.reason[:90]}")  # fmt: skip
    print(f"{args.set}: {len(needs)} needs ({report['data']['needs_with_fitting_product']} with a fitting product) "
          f"x {len(stock['products'])} products; top_k {TOP_K}, min_score {args.min_score}")  # fmt: skip
    for labels_name in ("grade", "relevance"):
        if labels_name not in report:
            continue
        print(f"\nlabels = {labels_name}" + (" (law applied)" if labels_name == "grade" else " (before the law)"))
        print(f"{'system':<8}{'nDCG@10':>9}{'(fitting)':>10}{'MRR':>8}{'R@50':>8}{'wrongly empty':>15}"
              f"{'abstained (no fit)':>20}{'abstention precision':>22}")  # fmt: skip
        for name, values in report[labels_name].items():
            print(f"{name:<8}{values['ndcg@10']:>9.4f}{values['ndcg@10_fitting']:>10.4f}{values['mrr']:>8.4f}{values['recall@50']:>8.4f}"
                  f"{values['wrongly_empty']:>15.1%}{values['abstained_when_no_fit']:>20.1%}"
                  f"{values['abstention_precision']:>22.1%}")  # fmt: skip
    print(f"\npadan outcomes: {report['padan_outcomes']}")
    print(f"padan nDCG@10 {padan_ndcg:.4f} vs bm25s {base_ndcg:.4f}: {report['gain_ndcg@10']:+.4f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / ("matcher_quality.json" if args.set == DATA else f"matcher_quality_{args.set.stem}.json")
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
