"""A business-matching event's results as the dashboard shows them: a pure function of its read-model
document (its meetings and the deals of their matches), kept beside it so the dashboard reads one small
row per event instead of every meeting and deal (what that read costs: adapters/store.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from padan.shared.vocabulary import DealStatus


def event_row(results: Mapping[str, Any]) -> dict[str, Any]:
    meetings = list(results.get("meetings", {}).values())
    deals = list(results.get("deals", {}).values())
    agreed = [int(d["value_idr"]) for d in deals if d["status"] == DealStatus.AGREED]
    contracted = [int(d["value_idr"]) for d in deals if d["status"] == DealStatus.CONTRACTED]
    return {
        "_id": results["_id"],
        "meetings": len(meetings),
        "by_status": dict(sorted(Counter(m["status"] for m in meetings).items())),
        "suppliers": len({m["supplier_id"] for m in meetings}),
        "buyers": len({m["buyer_id"] for m in meetings}),
        "agreed_deals": len(agreed),
        "agreed_value": sum(agreed),
        "contracted_deals": len(contracted),
        "contracted_value": sum(contracted),
    }
