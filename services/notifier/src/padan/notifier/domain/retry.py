"""When to try a failed delivery again: exponential backoff with full jitter (spreads a thundering herd of
retries after a receiver comes back), capped."""

from __future__ import annotations

import random
from dataclasses import dataclass


def backoff_seconds(failed_attempts: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Delay before the next try after `failed_attempts` failures: uniform in [base/2, min(cap, base*2^(n-1))].

    The floor of base/2 keeps a retry from firing at once, which "full jitter" alone would allow.
    """
    ceiling = min(cap, base * 2 ** max(0, failed_attempts - 1))
    floor = min(base / 2, ceiling)
    return (rng or random).uniform(floor, ceiling)


@dataclass(frozen=True)
class RetryPolicy:
    """How often a channel tries a delivery, and how long it waits between tries."""

    max_attempts: int
    base_seconds: float
    max_seconds: float

    def exhausted(self, attempts: int) -> bool:
        return attempts >= self.max_attempts

    def delay(self, failed_attempts: int, rng: random.Random | None = None) -> float:
        return backoff_seconds(failed_attempts, self.base_seconds, self.max_seconds, rng)
