"""Per-recipient rate limits: one token bucket per recipient key (email address or subscription)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TokenBuckets:
    rate_per_second: float
    burst: int
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # key -> (tokens, at)

    def take(self, key: str, now: float) -> float:
        """Take one token; 0.0 when allowed, else the seconds to wait before one is available."""
        tokens, at = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - at) * self.rate_per_second)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / self.rate_per_second
