"""Each package counts once, in the furthest stage its matches and deals reached, whatever they are."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from padan.reporting.domain.funnel import Stage, need_stage, need_vector, stage_counts, summed
from padan.shared.vocabulary import DealStatus, MatchStatus

_links = st.dictionaries(st.text("abc", min_size=1, max_size=3), st.sampled_from(list(MatchStatus)), max_size=4)
_deals = st.dictionaries(
    st.text("xyz", min_size=1, max_size=3),
    st.tuples(st.sampled_from(list(DealStatus)), st.integers(0, 10**9)),
    max_size=3,
)
_need = st.builds(
    lambda pagu, matches, deals: {
        "pagu_idr": pagu,
        "matches": {k: {"status": v.value} for k, v in matches.items()},
        "deals": {k: {"status": s.value, "value_idr": value} for k, (s, value) in deals.items()},
    },
    st.integers(0, 10**12),
    _links,
    _deals,
)


@given(st.lists(_need, max_size=30))
def test_stages_add_up_to_the_total_and_count_each_package_at_its_furthest_stage(needs: list[dict]) -> None:
    total = summed(need_vector(need) for need in needs)
    counts = stage_counts(total)
    assert [stage for stage, _, _ in counts] == list(Stage)
    assert sum(n for _, n, _ in counts) == total["needs"] == len(needs)
    assert sum(p for _, _, p in counts) == total["pagu"]
    for stage, packages, pagu in counts:
        assert packages == sum(1 for need in needs if need_stage(need) == stage)
        assert pagu == sum(need["pagu_idr"] for need in needs if need_stage(need) == stage)
        assert packages >= 0 and pagu >= 0
