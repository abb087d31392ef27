"""What one RUP package (need) and one supplier add to the dashboard's totals: pure functions of the read
model documents, so the same documents always give the same numbers, whatever order the events came in.

A need's stage is the furthest any of its matches or deals got:
    matched (proposed/viewed) < negotiation (interested/meeting) < agreed < contracted.
Declined or cancelled matches and cancelled deals count for nothing. The funnel figures are cumulative
("matched" includes every package that got further), in packages and in pagu (the potential spend);
deal figures are the deals' own values. A package the matcher proposed nothing for (no local supplier
found yet, matcher.unmatched_needs.v1) counts in `unmatched_needs`/`unmatched_pagu` until a match of it
appears.

UMK & cooperatives (Inpres 2/2022: at least 40% of spend on UMK and cooperative products) counts a
contracted deal when its supplier is mikro or kecil, or a cooperative, as the deal event says.
TKDN of contracted spend: the domestic part of each contract is value x TKDN% (rounded to the Rupiah);
the average is weighted by value over the contracts whose TKDN is known.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any

from padan.reporting.domain.realisation import REALISATION_FIELDS, realisation_vector
from padan.shared.vocabulary import BusinessScale, DealStatus, MatchStatus


class Stage(IntEnum):
    NONE = 0
    MATCHED = 1
    NEGOTIATION = 2
    AGREED = 3
    CONTRACTED = 4

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


STAGE_LABELS = {
    Stage.NONE: "Belum ada kecocokan",
    Stage.MATCHED: "Cocok",
    Stage.NEGOTIATION: "Negosiasi",
    Stage.AGREED: "Sepakat",
    Stage.CONTRACTED: "Kontrak",
}
MATCH_STAGE: dict[str, Stage] = {
    MatchStatus.PROPOSED: Stage.MATCHED,
    MatchStatus.VIEWED: Stage.MATCHED,
    MatchStatus.INTERESTED: Stage.NEGOTIATION,
    MatchStatus.MEETING: Stage.NEGOTIATION,
    MatchStatus.DEAL_AGREED: Stage.AGREED,
    MatchStatus.CONTRACTED: Stage.CONTRACTED,
    MatchStatus.DECLINED: Stage.NONE,
    MatchStatus.CANCELLED: Stage.NONE,
}
DEAL_STAGE: dict[str, Stage] = {
    DealStatus.AGREED: Stage.AGREED,
    DealStatus.CONTRACTED: Stage.CONTRACTED,
    DealStatus.CANCELLED: Stage.NONE,
}
UMK_SCALES = frozenset({BusinessScale.MIKRO.value, BusinessScale.KECIL.value})
STAGE_PREFIXES = (
    (Stage.MATCHED, "matched"),
    (Stage.NEGOTIATION, "negotiation"),
    (Stage.AGREED, "agreed"),
    (Stage.CONTRACTED, "contracted"),
)  # the funnel fields of each stage: <prefix>_needs, <prefix>_pagu
TKDN_THRESHOLD = 40.0  # TKDN + BMP >= 40%: the product must be bought when it exists (Perpres 16/2018 ps. 66)

NEED_FIELDS = (
    "needs", "pagu",
    "matched_needs", "matched_pagu", "negotiation_needs", "negotiation_pagu",
    "agreed_needs", "agreed_pagu", "contracted_needs", "contracted_pagu",
    "matches", "agreed_deals", "agreed_value", "contracted_deals", "contracted_value",
    "umk_value", "cooperative_value", "tkdn_known_value", "domestic_value", "tkdn40_value",
    *REALISATION_FIELDS,
    "unmatched_needs", "unmatched_pagu",
)  # fmt: skip
SUPPLIER_FIELDS = (
    "suppliers",
    "umk_suppliers",
    "reached",
    "negotiating",
    "with_deal",
    "contracted",
    "contracted_value",
)
Vector = dict[str, int]


def is_umk(scale: str | None, cooperative: bool) -> bool:
    return cooperative or scale in UMK_SCALES


def need_stage(need: Mapping[str, Any]) -> Stage:
    stages = [MATCH_STAGE[m["status"]] for m in need.get("matches", {}).values()]
    stages += [DEAL_STAGE[d["status"]] for d in need.get("deals", {}).values()]
    return max(stages, default=Stage.NONE)


def vector_stage(vector: Mapping[str, int]) -> Stage:
    """The stage of the need that added `vector` (need_vector's inverse, for the drill-down by cell)."""
    return max((reached for reached, name in STAGE_PREFIXES if vector.get(f"{name}_needs")), default=Stage.NONE)


def need_vector(need: Mapping[str, Any]) -> Vector:
    """What a known need adds to its cell (see module doc)."""
    pagu = int(need["pagu_idr"])
    stage = need_stage(need)
    vector = dict.fromkeys(NEED_FIELDS, 0)
    vector.update(needs=1, pagu=pagu)
    for reached, name in STAGE_PREFIXES:
        if stage >= reached:
            vector[f"{name}_needs"] = 1
            vector[f"{name}_pagu"] = pagu
    vector["matches"] = sum(1 for m in need.get("matches", {}).values() if MATCH_STAGE[m["status"]] > Stage.NONE)
    if need.get("unmatched") and not need.get("matches") and stage is Stage.NONE:
        # The matcher found no local supplier for it (matcher.unmatched_needs.v1), and none matched since.
        vector["unmatched_needs"] = 1
        vector["unmatched_pagu"] = pagu
    for deal in need.get("deals", {}).values():
        value = int(deal["value_idr"])
        if deal["status"] == DealStatus.AGREED:
            vector["agreed_deals"] += 1
            vector["agreed_value"] += value
        elif deal["status"] == DealStatus.CONTRACTED:
            vector["contracted_deals"] += 1
            vector["contracted_value"] += value
            if is_umk(deal.get("supplier_scale"), bool(deal.get("supplier_is_cooperative"))):
                vector["umk_value"] += value
            if deal.get("supplier_is_cooperative"):
                vector["cooperative_value"] += value
            tkdn = deal.get("tkdn_percent")
            if tkdn is not None:
                vector["tkdn_known_value"] += value
                vector["domestic_value"] += round(value * float(tkdn) / 100)
                if float(tkdn) >= TKDN_THRESHOLD:
                    vector["tkdn40_value"] += value
    vector.update(realisation_vector(need))
    return vector


def supplier_vector(supplier: Mapping[str, Any]) -> Vector:
    """What a registered supplier adds: registered, reached by a match (any status), in negotiation, with a
    live deal, with a contract, and its contracted value."""
    vector = dict.fromkeys(SUPPLIER_FIELDS, 0)
    matches = supplier.get("reach_matches", {}).values()
    deals = supplier.get("reach_deals", {}).values()
    stages = [MATCH_STAGE[m["status"]] for m in matches] + [DEAL_STAGE[d["status"]] for d in deals]
    contracted = [int(d["value_idr"]) for d in deals if d["status"] == DealStatus.CONTRACTED]
    vector.update(
        suppliers=1,
        umk_suppliers=int(is_umk(supplier.get("scale"), bool(supplier.get("is_cooperative")))),
        reached=int(bool(matches) or bool(deals)),
        negotiating=int(max(stages, default=Stage.NONE) >= Stage.NEGOTIATION),
        with_deal=int(any(DEAL_STAGE[d["status"]] > Stage.NONE for d in deals)),
        contracted=int(bool(contracted)),
        contracted_value=sum(contracted),
    )
    return vector


def add(total: Vector, vector: Mapping[str, int]) -> Vector:
    for name, value in vector.items():
        total[name] = total.get(name, 0) + value
    return total


def summed(vectors: Iterable[Mapping[str, int]], fields: tuple[str, ...] = NEED_FIELDS) -> Vector:
    total = dict.fromkeys(fields, 0)
    for vector in vectors:
        add(total, vector)
    return total


def stage_counts(total: Mapping[str, int]) -> list[tuple[Stage, int, int]]:
    """Each package once, in the furthest stage it reached: (stage, packages, pagu) for every stage, from the
    cumulative funnel sums (`<stage>_needs` counts the packages that reached that stage or went further).
    They add up to the total packages and the total pagu."""
    reached = [(total["needs"], total["pagu"])]
    reached += [(total[f"{name}_needs"], total[f"{name}_pagu"]) for _, name in STAGE_PREFIXES]
    reached.append((0, 0))
    return [
        (stage, reached[stage][0] - reached[stage + 1][0], reached[stage][1] - reached[stage + 1][1]) for stage in Stage
    ]


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def derived(total: Mapping[str, int]) -> dict[str, float | None]:
    """Shares the dashboard shows next to the sums."""
    return {
        "matched_share": ratio(total["matched_pagu"], total["pagu"]),
        "contracted_share": ratio(total["contracted_value"], total["pagu"]),
        "umk_share": ratio(total["umk_value"], total["contracted_value"]),
        "tkdn_average": (
            100 * total["domestic_value"] / total["tkdn_known_value"] if total["tkdn_known_value"] else None
        ),
        "tkdn40_share": ratio(total["tkdn40_value"], total["contracted_value"]),
    }
