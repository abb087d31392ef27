"""How far two independent labellers agree on the blind evaluation sets, and what that means for the matcher.

    uv run python -m bench.matcher_eval_agreement [--set blind4a --set blind4b]

Second labellers graded 450 needs, 150 sampled from each of blind2 + blind3, blind4a + blind4b and blind6a +
blind6b (bench/data/matcher_eval/second_labeller.tsv), from the package rows without their grades, the catalog
tables and the grading guide, never seeing the first labeller's grades or any ranking. Both labellers'
relevance goes through the same law (bench.matcher_eval_build.apply_law), so the figures separate disagreement
on *what fits* from the rules, which are code.

Printed and written to bench/results/matcher_eval_agreement.json:

- pairs: over every (need, product) pair that either labeller graded, exact agreement and Cohen's kappa with
  quadratic weights on the relevance (0-3), before and after the law;
- needs: agreement and Cohen's kappa on "the need has a fitting product" (a grade >= 2 after the law), the
  question abstention answers;
- ceiling: the second labeller used as a ranker (its grades, best first, product id breaking ties; no
  proposal when it finds nothing fitting) and scored on the first labeller's grades with the metrics of
  bench.matcher_quality: a ranker that judges like a careful human scores this much, not 1.0;
- padan on the same needs, scored on either labeller's grades.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from bench.matcher_eval_build import Need, apply_law, build_catalog, grade_intent
from bench.matcher_eval_catalog import KINDS
from bench.matcher_quality import K_RECALL, MIN_SCORE, TOP_K, evaluate, labels_of, load
from padan.matcher.domain.offline import catalog_of, needs_of, rank_all

DATA = Path(__file__).parent / "data" / "matcher_eval"
SECOND = DATA / "second_labeller.tsv"
RESULTS = Path(__file__).parent / "results"


def read_second(path: Path = SECOND) -> dict[tuple[str, str], str]:
    rows: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        which, need_id, *tokens = line.split("\t")
        rows[(which, need_id)] = tokens[0] if tokens else ""
    return rows


def weighted_kappa(a: list[int], b: list[int], levels: int = 4) -> float:
    """Cohen's kappa with quadratic weights (0 = chance agreement, 1 = identical); with two levels it is
    Cohen's plain kappa."""
    observed = np.zeros((levels, levels))
    for x, y in zip(a, b, strict=True):
        observed[x, y] += 1
    observed /= observed.sum()
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0))
    i, j = np.indices((levels, levels))
    weights = (i - j) ** 2 / (levels - 1) ** 2
    return float(1 - (weights * observed).sum() / (weights * expected).sum())


def _agreement(a: list[int], b: list[int], levels: int) -> dict[str, float]:
    return {
        "exact_agreement": round(sum(x == y for x, y in zip(a, b, strict=True)) / len(a), 4),
        "weighted_kappa": round(weighted_kappa(a, b, levels), 4),
    }


def _pairs(first: dict[str, dict[str, int]], second: dict[str, dict[str, int]]) -> dict[str, float]:
    a, b = [], []
    for need_id, mine in first.items():
        theirs = second[need_id]
        for pid in set(mine) | set(theirs):
            a.append(mine.get(pid, 0))
            b.append(theirs.get(pid, 0))
    return {"pairs": len(a), **_agreement(a, b, levels=4)}


def _as_ranking(grades: dict[str, int]) -> list[str]:
    """A labeller used as a ranker: its grades best first; nothing when it finds nothing fitting."""
    if not any(g >= 2 for g in grades.values()):
        return []
    return [pid for pid, g in sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])) if g > 0]


def main() -> None:
    parser = argparse.ArgumentParser(description="Agreement of two blind labellers, and the human ceiling.")
    parser.add_argument("--set", dest="sets", action="append", help="only the needs of this set (repeatable)")
    args = parser.parse_args()
    second_tokens = {key: t for key, t in read_second().items() if not args.sets or key[0] in args.sets}
    _suppliers, products = build_catalog()
    by_id = {p.payload["product_id"]: p for p in products}
    kinds = {k.kind for k in KINDS}
    stock = load(DATA / "catalog.json")
    catalog = catalog_of(stock["suppliers"], stock["products"])
    payloads: dict[str, dict[str, Any]] = {}
    rel_a: dict[str, dict[str, int]] = {}
    grade_a: dict[str, dict[str, int]] = {}
    rel_b: dict[str, dict[str, int]] = {}
    grade_b: dict[str, dict[str, int]] = {}
    sets = {which: load(DATA / f"{which}.json") for which, _ in second_tokens}
    labels = {which: labels_of(data) for which, data in sets.items()}
    by_need = {n["need_id"]: n for data in sets.values() for n in data["needs"]}
    for (which, need_id), tokens in second_tokens.items():
        grades, relevance = labels[which]
        payloads[need_id] = by_need[need_id]
        rel_a[need_id] = (relevance or {}).get(need_id, {})
        grade_a[need_id] = grades.get(need_id, {})
        relevance_b, restrict = grade_intent(tokens, products, kinds)
        law, _ = apply_law(Need(payloads[need_id], which, False, relevance_b, restrict), by_id)
        rel_b[need_id] = relevance_b
        grade_b[need_id] = {pid: g for pid, g in law.items() if g > 0}
    ids = list(payloads)
    fits_a = [int(any(g >= 2 for g in grade_a[i].values())) for i in ids]
    fits_b = [int(any(g >= 2 for g in grade_b[i].values())) for i in ids]
    needs = needs_of([payloads[i] for i in ids])
    ranked_b = {i: _as_ranking(grade_b[i]) for i in ids}
    ranked_a = {i: _as_ranking(grade_a[i]) for i in ids}
    results = rank_all(catalog, needs, top_k=TOP_K, min_score=MIN_SCORE, depth=K_RECALL)
    padan = {item.need.need_id: item.ranked for item in results}
    padan_proposed = {item.need.need_id for item in results if item.ranking.matches}
    report: dict[str, Any] = {
        "needs": len(ids),
        "by_set": dict(Counter(which for which, _ in second_tokens)),
        "relevance_pairs": _pairs(rel_a, rel_b),
        "grade_pairs": _pairs(grade_a, grade_b),
        "fitting_need": {"first": sum(fits_a), "second": sum(fits_b), **_agreement(fits_a, fits_b, levels=2)},
        "ceiling_second_on_first": evaluate(needs, grade_a, ranked_b, {i for i in ids if ranked_b[i]}),
        "ceiling_first_on_second": evaluate(needs, grade_b, ranked_a, {i for i in ids if ranked_a[i]}),
        "padan_on_first": evaluate(needs, grade_a, padan, padan_proposed),
        "padan_on_second": evaluate(needs, grade_b, padan, padan_proposed),
    }
    print(f"{report['needs']} needs ({report['by_set']}), two labellers, one law")
    for name in ("relevance_pairs", "grade_pairs"):
        row = report[name]
        print(f"{name:<16} {row['pairs']:>5} pairs  exact {row['exact_agreement']:.1%}  "
              f"weighted kappa {row['weighted_kappa']:.3f}")  # fmt: skip
    fit = report["fitting_need"]
    print(f"fitting need     first {fit['first']}, second {fit['second']}  agreement {fit['exact_agreement']:.1%}  "
          f"kappa {fit['weighted_kappa']:.3f}")  # fmt: skip
    print(f"\n{'ranker on labels':<28}{'nDCG@10':>9}{'(fitting)':>10}{'MRR':>8}{'wrongly empty':>15}"
          f"{'abstained (no fit)':>20}")  # fmt: skip
    for name in ("ceiling_second_on_first", "ceiling_first_on_second", "padan_on_first", "padan_on_second"):
        v = report[name]
        print(f"{name:<28}{v['ndcg@10']:>9.4f}{v['ndcg@10_fitting']:>10.4f}{v['mrr']:>8.4f}"
              f"{v['wrongly_empty']:>15.1%}{v['abstained_when_no_fit']:>20.1%}")  # fmt: skip
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / ("matcher_eval_agreement" + "".join(f"_{name}" for name in sorted(args.sets or ())) + ".json")
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
