"""Deals under fault: for a sample of matches the buyer agrees a deal and records the e-purchasing order,
through the matcher's lifecycle API, while services and servers die. A call that fails (service killed,
store restarting, match not there yet) is repeated later, as a client would: repeating is harmless."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx

from padan.matcher.domain.lifecycle import deal_id
from tests.harness import Platform

DEAL_VALUE_IDR = 40_000_000  # below the packages' pagu (Rp 50 juta)
CONTRACT_DATE = "2026-11-25"
MISSES = 3


@dataclass
class DealDriver:
    """Moves each sampled match through agree → contract; `advance` does what it can in a time budget."""

    running: Platform
    #: match id → the next step ("agree", "contract"); a match leaves the dict once contracted
    pending: dict[str, str] = field(default_factory=dict)
    calls: int = 0
    retried: int = 0

    def add(self, match_ids: list[str]) -> None:
        for match_id in match_ids:
            self.pending.setdefault(match_id, "agree")

    def advance(self, budget_seconds: float) -> bool:
        """One pass over the pending deals, in need order, within the budget. The pass ends at the
        `MISSES`-th call that could not go through (matches arrive roughly in need order, so the rest
        would miss too): a client must not flood the matcher it is testing. True when nothing missed."""
        deadline = time.monotonic() + budget_seconds
        misses = 0
        with self.running.client("matcher") as matcher:
            for match_id in list(self.pending):
                if time.monotonic() > deadline:
                    break
                if not self._step(matcher, match_id):
                    self.retried += 1
                    misses += 1
                    if misses == MISSES:
                        break
        return misses == 0

    def all_contracted(self) -> bool:
        self.advance(budget_seconds=30.0)
        return not self.pending

    def _step(self, matcher: httpx.Client, match_id: str) -> bool:
        step = self.pending[match_id]
        if step == "agree":
            path = f"/api/v1/matches/{match_id}/deal"
            body: dict[str, object] = {"value_idr": DEAL_VALUE_IDR, "side": "buyer"}
        else:
            path = f"/api/v1/deals/{deal_id(match_id)}/contract"
            body = {"value_idr": DEAL_VALUE_IDR, "contract_date": CONTRACT_DATE, "order_number": f"EP-{match_id[-10:]}"}
        self.calls += 1
        try:
            response = matcher.post(path, json=body, timeout=10)
        except httpx.HTTPError:
            return False  # the matcher is down or restarting
        if response.status_code == 404 or response.status_code >= 500:
            return False  # not matched yet, or the store is restarting
        assert response.status_code == 200, f"{path}: {response.status_code} {response.text}"
        if step == "agree":
            self.pending[match_id] = "contract"
        else:
            del self.pending[match_id]
        return True
