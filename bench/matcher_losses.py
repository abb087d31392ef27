"""Where the matcher loses nDCG@10 on a labelled set: each need's loss put into classes.

    uv run python -m bench.matcher_losses --set bench/data/matcher_eval/tune.json \\
        --catalog bench/data/matcher_eval/catalog.json [--show CLASS] [--source inaproc]

For every need with a graded product, the loss is 1 - nDCG@10 of Padan's ranking (`offline.rank_all`, as
bench.matcher_quality measures it). The part of it owed to a relevant product (grade >= 2) missing from the
top 10 goes to why it is missing, in proportion to its gain in the ideal top 10:

- `empty`: the need got no proposal at all (split by outcome);
- `no_kind`: the product is not of any kind the need's phrases head (never a candidate);
- `weak_fit`: of a head's kind, but its fit stays below FIT_MIN;
- `rule:<name>`: it fits, a hard rule removes it (price, capacity, region, reservation, PDN);
- `ranked_low`: eligible, ranked below the top 10 (others above it);
- `min_score`: eligible, cut by the service's threshold.

A missing product of grade 1 (related, not what was asked) is `missing_grade_1`. What is left of the loss
(the graded products are in the top 10 but below others) is `order`: junk or weaker products above them;
`junk_above` counts, among them, products of grade 0 above a graded one, by whether the law (`law`:
the labels' relevance before the law is >= 1) or the kind (`kind`) makes them junk. Needs whose best
grade is 1 (nothing a buyer would take) are `best_1`: their loss is the price of abstaining on them.
Prints the table of classes (needs, summed loss, nDCG points).
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from bench.matcher_quality import DATA, K_NDCG, K_RECALL, MIN_SCORE, TOP_K, dcg, labels_of, load, metrics
from padan.matcher.domain import scoring
from padan.matcher.domain.offline import catalog_of, needs_of, rank_all


def _gain(grade: int) -> float:
    return float(2**grade - 1)


def _why_missing(catalog: Any, need: Any, product_id: str, ranked: list[str]) -> str:
    """Why a relevant product is not in the need's top 10."""
    if product_id in ranked:
        return "ranked_low" if ranked.index(product_id) >= K_NDCG else "in_top"
    query = scoring._query_of(catalog, need)
    if isinstance(query, scoring.NeedRanking):
        return f"empty:{query.outcome.value}"
    found = scoring._eligible_candidates(catalog, need, query)
    if isinstance(found, str):
        return "empty:rules" if "aturan" in found else "no_kind"
    doc = catalog._product_doc.get(product_id)
    where = np.flatnonzero(found.docs == doc)
    if not len(where):
        return "no_kind"
    i = int(where[0])
    if found.fit[i] < scoring.FIT_MIN:
        return "weak_fit"
    if not found.ok[i]:
        masks = scoring._pair_mask(need, {name: values[i : i + 1] for name, values in found.cols.items()})
        for rule, passed in masks.items():
            if not passed[0]:
                return f"rule:{rule}"
        if found.cols["small"][i] != 1 and scoring.rules.is_reserved(need):
            return "rule:reservation"
        return "rule:domestic_content"
    return "ranked_low"  # eligible but beyond the ranked depth, or under min_score (told apart by the caller)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DATA)
    parser.add_argument("--catalog", type=Path)
    parser.add_argument("--show", default="", help="print the needs whose loss has this class (prefix)")
    parser.add_argument("--source", default="", help="only needs whose id holds this word (inaproc, bandung)")
    args = parser.parse_args()
    data = load(args.set)
    stock = load(args.catalog) if args.catalog else data
    needs = [n for n in needs_of(data["needs"]) if args.source in n.need_id]
    grades, relevance = labels_of(data)
    catalog = catalog_of(stock["suppliers"], stock["products"])
    results = rank_all(catalog, needs, top_k=TOP_K, min_score=MIN_SCORE, depth=K_RECALL)
    unlimited = {r.need.need_id: r for r in rank_all(catalog_of(stock["suppliers"], stock["products"]), needs,
                                                      top_k=TOP_K, min_score=0.0, depth=K_RECALL)}  # fmt: skip
    names = {p["product_id"]: p["name"] for p in stock["products"]}
    loss: defaultdict[str, float] = defaultdict(float)
    count: defaultdict[str, int] = defaultdict(int)
    shown: defaultdict[str, list[str]] = defaultdict(list)
    rows = 0
    total = 0.0
    for item in results:
        labels = {pid: g for pid, g in grades.get(item.need.need_id, {}).items() if g > 0}
        if not labels:
            continue
        rows += 1
        ranked = item.ranked
        ndcg = metrics(ranked, labels)["ndcg@10"]
        need_loss = 1.0 - ndcg
        total += ndcg
        best = max(labels.values())
        classes: dict[str, float] = defaultdict(float)
        if best < 2:
            classes["best_1" + (":empty" if not ranked else ":proposed")] = need_loss
        elif not ranked:
            classes[f"empty:{item.ranking.outcome.value}"] = need_loss
        else:
            ideal = sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[:K_NDCG]
            ideal_gain = sum(_gain(g) for _, g in ideal)
            top = set(ranked[:K_NDCG])
            missing_share = 0.0
            for pid, g in ideal:
                if pid in top:
                    continue
                why = _why_missing(catalog, item.need, pid, ranked) if g >= 2 else "missing_grade_1"
                if why == "ranked_low" and pid in unlimited[item.need.need_id].ranked[:K_NDCG]:
                    why = "min_score"
                share = _gain(g) / ideal_gain
                missing_share += share
                classes[why] += share
            # the missing products' part of the loss, at most the loss; the rest is the order of the top 10
            scale = min(1.0, need_loss / missing_share) if missing_share else 0.0
            classes = defaultdict(float, {k: v * scale for k, v in classes.items()})
            rest = need_loss - sum(classes.values())
            if rest > 1e-9:
                before = (relevance or {}).get(item.need.need_id, {})
                last = max((i for i, pid in enumerate(ranked[:K_NDCG]) if pid in labels), default=-1)
                junk = [pid for pid in ranked[:last] if pid not in labels]
                if junk:
                    for pid in junk:
                        classes["order:junk_" + ("law" if before.get(pid, 0) >= 1 else "kind")] += rest / len(junk)
                else:
                    classes["order:weaker_first"] += rest
        for name, value in classes.items():
            if value <= 1e-9:
                continue
            loss[name] += value
            count[name] += 1
            if args.show and name.startswith(args.show):
                top3 = ", ".join(f"{pid}:{labels.get(pid, 0)}" for pid in ranked[:5])
                want = sorted(labels.items(), key=lambda kv: -kv[1])[:3]
                wanted = "; ".join(f"{pid}:{g} {names[pid][:40]}" for pid, g in want)
                shown[name].append(f"  {item.need.need_id} loss {value:.2f} {item.need.package_name[:70]!r}\n"
                                   f"      got {top3} | want {wanted} | {item.ranking.reason[:80]}")  # fmt: skip
    print(f"{len(needs)} needs, {rows} with a graded product; nDCG@10 {total / rows:.4f}")
    print(f"{'class':<34}{'needs':>6}{'loss':>8}{'nDCG pts':>10}")
    for name in sorted(loss, key=lambda k: -loss[k]):
        print(f"{name:<34}{count[name]:>6}{loss[name]:>8.2f}{loss[name] / rows:>10.4f}")
    print(f"{'total':<34}{rows:>6}{sum(loss.values()):>8.2f}{sum(loss.values()) / rows:>10.4f}")
    for name, lines in sorted(shown.items()):
        print(f"\n{name}")
        print("\n".join(lines))
    _ = math, dcg


if __name__ == "__main__":
    main()
