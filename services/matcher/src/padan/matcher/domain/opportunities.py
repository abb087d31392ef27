"""What the signed-in pages show, as pure functions: a supplier's opportunities ("Peluang untuk Anda": its
matches with the package they answer) filtered by status, region and a near deadline, and a buyer's
packages with how many local suppliers were proposed for each."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from padan.shared.events import MatchChanged, NeedUpserted
from padan.shared.regions import region_name
from padan.shared.vocabulary import MatchStatus, Side

SOON_DAYS = 14
"""A deadline (the package's `selection_end`, SIRUP's tgl_akhir_pemilihan) this close counts as soon."""
OPEN_STATUSES = frozenset({MatchStatus.PROPOSED, MatchStatus.VIEWED})
STATUS_FILTERS: dict[str, tuple[str, frozenset[MatchStatus]]] = {
    "terbuka": ("Belum ditanggapi", OPEN_STATUSES),
    "berminat": (
        "Berminat",
        frozenset({MatchStatus.INTERESTED, MatchStatus.MEETING, MatchStatus.DEAL_AGREED, MatchStatus.CONTRACTED}),
    ),
    "ditolak": ("Ditolak / batal", frozenset({MatchStatus.DECLINED, MatchStatus.CANCELLED})),
    "semua": ("Semua", frozenset(MatchStatus)),
}
DEFAULT_STATUS = "semua"


@dataclass(frozen=True)
class Opportunity:
    match: MatchChanged
    need: NeedUpserted | None
    buyer_name: str

    @property
    def deadline(self) -> date | None:
        return self.need.selection_end if self.need else None

    def can_respond(self, side: Side) -> bool:
        """Still open for this side's interest or refusal (an answered or closed match shows its state)."""
        return self.match.status in OPEN_STATUSES or (
            self.match.status is MatchStatus.INTERESTED and side not in self.match.interested
        )


@dataclass(frozen=True)
class Filters:
    status: str = DEFAULT_STATUS
    region: str = ""
    soon: bool = False

    @classmethod
    def parse(cls, status: str, region: str, soon: str) -> Filters:
        """From the page's query; anything unknown falls back to no filter."""
        return cls(
            status=status if status in STATUS_FILTERS else DEFAULT_STATUS,
            region=region if region and len(region) <= 13 else "",
            soon=soon in {"1", "ya", "true"},
        )


def deadline_soon(deadline: date | None, today: date, days: int = SOON_DAYS) -> bool:
    return deadline is not None and today <= deadline <= today + timedelta(days=days)


def select(opportunities: Iterable[Opportunity], filters: Filters, today: date) -> list[Opportunity]:
    """The opportunities the filters keep, in the given order (the newest first, as the list is kept)."""
    statuses = STATUS_FILTERS[filters.status][1]
    return [
        item
        for item in opportunities
        if item.match.status in statuses
        and (not filters.region or item.match.region_code == filters.region)
        and (not filters.soon or deadline_soon(item.deadline, today))
    ]


def regions(opportunities: Iterable[Opportunity]) -> list[tuple[str, str]]:
    """The regions of these packages, for the filter: (code, name), by name."""
    codes = {item.match.region_code for item in opportunities if item.match.region_code}
    return sorted(((code, region_name(code) or code) for code in codes), key=lambda pair: pair[1])


def proposals_best_first(matches: Sequence[MatchChanged]) -> list[MatchChanged]:
    """A package's proposals as the matcher ranked them (rank, then score)."""
    return sorted(matches, key=lambda m: (m.rank or 10**6, -m.score, m.match_id))
