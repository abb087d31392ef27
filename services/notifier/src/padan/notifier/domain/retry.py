"""When to try a failed delivery again: exponential backoff with full jitter (spreads a thundering herd of
retries after a receiver comes back), capped."""

from __future__ import annotations

import random


def backoff_seconds(failed_attempts: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Delay before the next try after `failed_attempts` failures: uniform in [base/2, min(cap, base*2^(n-1))].

    The floor of base/2 keeps a retry from firing at once, which "full jitter" alone would allow.
    """
    ceiling = min(cap, base * 2 ** max(0, failed_attempts - 1))
    floor = min(base / 2, ceiling)
    return (rng or random).uniform(floor, ceiling)
