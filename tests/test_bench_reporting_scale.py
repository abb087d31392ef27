"""bench/reporting_scale.py at a tiny size (unit, no store): its generator and in-memory fold keep working
with the projection they measure."""

from __future__ import annotations

import sys
from pathlib import Path

from padan.reporting.domain.view_models import Filters
from padan.reporting.views.dashboard import dashboard
from padan.shared.events import DealChanged, NeedUpserted

# The checkout's root, where bench/ is (pytest runs in importlib mode): appended, so that its conftest.py
# does not shadow those other test directories import from.
sys.path.append(str(Path(__file__).parents[1]))

from bench.reporting_scale import fold_stream, scale_stream


async def test_the_generated_stream_folds_into_the_dashboard_it_describes() -> None:
    events = list(scale_stream(300, 30))
    needs = [e for e in events if isinstance(e, NeedUpserted)]
    contracted = {e.deal_id: e for e in events if isinstance(e, DealChanged) and e.status == "contracted"}
    agreed_only = {e.deal_id for e in events if isinstance(e, DealChanged)} - set(contracted)
    assert len(needs) == 300 and len(contracted) + len(agreed_only) == 30 and contracted and agreed_only
    assert {e.fiscal_year for e in needs} == {e.fiscal_year for e in contracted.values()} == {2023, 2024}

    fold, snapshot, tail = await fold_stream(iter(events), batch=50, tail=40)
    assert len(tail) == 40 and len(snapshot["needs"]) < 300
    await fold.apply(tail)
    assert fold.events == len(events)

    board = await dashboard(fold.backing, Filters())  # type: ignore[arg-type]
    assert board.totals.needs == 300
    assert board.totals.pagu == sum(e.pagu_idr for e in needs)
    assert board.totals.contracted_deals == len(contracted)
    assert board.totals.contracted_value == sum(e.value_idr for e in contracted.values())
    assert board.totals.agreed_deals == len(agreed_only)
    assert sum(row.meetings for row in board.matching_events) == 30

    # Batching is the fold's business only: one batch gives the same figures as many small ones.
    whole, _, _ = await fold_stream(iter(events), batch=len(events), tail=0)
    assert (await dashboard(whole.backing, Filters())) == board  # type: ignore[arg-type]
    assert list(scale_stream(300, 30)) == events  # deterministic
