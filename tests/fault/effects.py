"""Count the effects of a fault run where they land: the matcher's matches, the deal and match events on
the wire, the notifier's deliveries (e-mails and the webhooks of a downstream system), the reporting dashboard's totals, and the consumer groups' lag.

Lost = an expected effect that is not there. Duplicated = one change with two effects: a second match for
one need, a change published under two event ids (a republish of one change keeps its id, so a consumer
drops it), two deliveries to one party for one change, a dashboard total above what happened.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from padan.matcher.domain.lifecycle import deal_id
from padan.reporting.adapters.tally import cell_total
from padan.reporting.domain.funnel import NEED_FIELDS
from padan.shared import topics
from padan.shared.mongo import make_mongo_client
from tests.fault.deals import DEAL_VALUE_IDR
from tests.fault.wire import WireEvent, group_lag, read_topic
from tests.harness import Platform

#: what each consumer group must have read to the end once everything settled
SUBSCRIBED = {
    "matcher": (topics.NEEDS,),
    "notifier": (topics.MATCHES, topics.DEALS),
    "reporting": (topics.NEEDS, topics.MATCHES, topics.DEALS),
}
#: versions each sampled deal goes through on deals.v1 and its match on matcher.matches.v1
DEAL_VERSIONS = (1, 2)  # agreed, contracted
DEALT_MATCH_VERSIONS = (1, 2, 3)  # proposed, deal_agreed, contracted
PARTIES = ("supplier", "buyer")
NOTIFIED = ("match.changed", "deal.changed")  # (registrations get a welcome too, not counted here)


@dataclass(frozen=True)
class Expected:
    need_ids: list[str]
    match_ids: list[str]  # one per need (a single product fits every package)
    dealt_match_ids: list[str]  # the sample that gets a deal and a contract


@dataclass(frozen=True)
class OnWire:
    ids: dict[tuple[str, int], set[str]]  # (aggregate id, version) → the event ids it was published under
    messages: int  # including republished copies (same event id: at-least-once on the wire)


def _changes(events: list[WireEvent], key: str, wanted: set[str]) -> OnWire:
    ids: dict[tuple[str, int], set[str]] = defaultdict(set)
    messages = 0
    for event in events:
        if event.payload.get(key) in wanted:
            ids[(event.payload[key], int(event.payload["version"]))].add(event.event_id)
            messages += 1
    return OnWire(ids, messages)


def _expected_changes(expected: Expected) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    dealt = set(expected.dealt_match_ids)
    match_changes = {(m, v) for m in expected.match_ids for v in (DEALT_MATCH_VERSIONS if m in dealt else (1,))}
    deal_changes = {(deal_id(m), v) for m in dealt for v in DEAL_VERSIONS}
    return match_changes, deal_changes


async def measure(
    running: Platform, bootstrap: str, expected: Expected, emails: Counter[str], webhooks: Counter[str]
) -> dict[str, Any]:
    """`emails`: delivery id → arrivals at the SMTP server; `webhooks`: webhook-id (the event id) → verified
    arrivals at the downstream system subscribed to deal.changed."""
    match_changes, deal_changes = _expected_changes(expected)
    wanted_matches = set(expected.match_ids)
    wanted_deals = {deal_id(m) for m in expected.dealt_match_ids}
    # every package is imported once, as version 1 (imports submitted again change nothing)
    need_changes = {(need, 1) for need in expected.need_ids}
    on_wire_needs = _changes(await read_topic(bootstrap, topics.NEEDS), "need_id", set(expected.need_ids))
    on_wire_matches = _changes(await read_topic(bootstrap, topics.MATCHES), "match_id", wanted_matches)
    on_wire_deals = _changes(await read_topic(bootstrap, topics.DEALS), "deal_id", wanted_deals)
    # notifications: a new match (version 1) and every deal change, to the supplier and to the buyer
    notified = {**{k: v for k, v in on_wire_matches.ids.items() if k[1] == 1}, **on_wire_deals.ids}
    change_of_event = {event_id: change for change, ids in notified.items() for event_id in ids}
    expected_notices = {(change, party) for change in match_changes | deal_changes if change[1] == 1 or
                        change[0].startswith("deal-") for party in PARTIES}  # fmt: skip

    client = make_mongo_client(os.environ["PADAN_MONGO_URL"], max_pool_size=4)
    try:
        matcher = client[running.env_for("matcher")["PADAN_MATCHER_MONGO_DATABASE"]]
        notifier = client[running.env_for("notifier")["PADAN_NOTIFIER_MONGO_DATABASE"]]
        reporting = client[running.env_for("reporting")["PADAN_REPORTING_MONGO_DATABASE"]]
        stored = await matcher.matches.find({}, {"need_id": 1}).to_list(None)
        deliveries = await notifier.deliveries.find(
            {"event_type": {"$in": list(NOTIFIED)}, "party": {"$in": list(PARTIES)}},
            {"event_id": 1, "party": 1, "status": 1},
        ).to_list(None)
        hook_deliveries = await notifier.deliveries.find(
            {"channel": "webhook", "event_type": "deal.changed"}, {"event_id": 1}
        ).to_list(None)
        cells = await reporting.need_cells.find({}).to_list(None)
        counted_matches = await reporting.matches.count_documents({"version": {"$gte": 1}})
        counted_deals = await reporting.deals.count_documents({"version": {"$gte": 2}})
    finally:
        await client.close()

    matched_needs = Counter(m["need_id"] for m in stored)
    notices = Counter((change_of_event.get(d["event_id"], ("unknown", 0)), d["party"]) for d in deliveries)
    arrived = {(change_of_event.get(d["event_id"]), d["party"]) for d in deliveries if emails[d["_id"]]}
    hooks_recorded = Counter(change_of_event.get(d["event_id"], ("unknown", 0)) for d in hook_deliveries)
    hooks_arrived = {change_of_event.get(webhook_id) for webhook_id in webhooks}
    totals = Counter[str]()
    for cell in cells:
        totals.update(cell_total(cell, NEED_FIELDS))
    dashboard = {
        "needs": len(expected.need_ids),
        "matches": len(expected.match_ids),
        "contracted_deals": len(expected.dealt_match_ids),
        "contracted_value": len(expected.dealt_match_ids) * DEAL_VALUE_IDR,
    }
    lag = await consumer_lag(running, bootstrap)
    return {
        "matches": {
            "expected": len(expected.need_ids),
            "stored": len(stored),
            "lost": sum(1 for need in expected.need_ids if matched_needs[need] == 0),
            "duplicated": sum(count - 1 for count in matched_needs.values() if count > 1),
        },
        "need_changes_on_wire": _wire_figures(need_changes, on_wire_needs),
        "match_changes_on_wire": _wire_figures(match_changes, on_wire_matches),
        "deal_changes_on_wire": _wire_figures(deal_changes, on_wire_deals),
        "notifications": {
            "expected": len(expected_notices),
            "recorded": sum(notices.values()),
            "sent": sum(1 for d in deliveries if d["status"] == "sent"),
            "emails_arrived": len(arrived & expected_notices),
            # a kill between the SMTP send and its record: sent again with the same Message-ID (README, notifier)
            "email_resends_same_message_id": sum(n - 1 for n in emails.values() if n > 1),
            "lost": len(expected_notices - arrived),
            "duplicated": sum(count - 1 for count in notices.values() if count > 1)
            + sum(count for notice, count in notices.items() if notice not in expected_notices),
        },
        "webhooks": {
            "expected": len(deal_changes),
            "recorded": sum(hooks_recorded.values()),
            "arrived": len(hooks_arrived & deal_changes),
            # the at-least-once window of HTTP: a kill between the POST and its record resends the same id
            "resends_same_webhook_id": sum(n - 1 for n in webhooks.values() if n > 1),
            "lost": len(deal_changes - hooks_arrived),
            "duplicated": sum(count - 1 for count in hooks_recorded.values() if count > 1)
            + sum(count for change, count in hooks_recorded.items() if change not in deal_changes),
        },
        "reporting": {
            "dashboard_expected": dashboard,
            "dashboard_counted": {name: totals[name] for name in dashboard},
            "match_documents": counted_matches,
            "contracted_deal_documents": counted_deals,
            "lost": sum(max(0, want - totals[name]) for name, want in dashboard.items() if name != "contracted_value"),
            "duplicated": sum(
                max(0, totals[name] - want) for name, want in dashboard.items() if name != "contracted_value"
            ),
            "value_difference_idr": totals["contracted_value"] - dashboard["contracted_value"],
        },
        "consumer_lag": lag,
    }


async def consumer_lag(running: Platform, bootstrap: str) -> dict[str, int]:
    """Per service, the messages its consumer group has yet to commit (cheap: no store reads)."""
    return {
        service: await group_lag(bootstrap, running.env_for(service)[f"PADAN_{service.upper()}_GROUP_ID"], subscribed)
        for service, subscribed in SUBSCRIBED.items()
    }


def _wire_figures(expected: set[tuple[str, int]], on_wire: OnWire) -> dict[str, int]:
    return {
        "expected": len(expected),
        "messages": on_wire.messages,
        "republished_copies_same_event_id": on_wire.messages - sum(len(ids) for ids in on_wire.ids.values()),
        "lost": len(expected - on_wire.ids.keys()),
        "duplicated": sum(len(ids) - 1 for ids in on_wire.ids.values()) + len(on_wire.ids.keys() - expected),
    }


def settled(figures: dict[str, Any]) -> bool:
    """Everything expected arrived everywhere and every consumer read to the end."""
    return bool(
        figures["matches"]["lost"] == 0
        and figures["need_changes_on_wire"]["lost"] == 0
        and figures["match_changes_on_wire"]["lost"] == 0
        and figures["deal_changes_on_wire"]["lost"] == 0
        and figures["notifications"]["lost"] == 0
        and figures["webhooks"]["lost"] == 0
        and figures["reporting"]["lost"] == 0
        and figures["reporting"]["value_difference_idr"] >= 0
        and sum(figures["consumer_lag"].values()) == 0
    )


def lost_and_duplicated(figures: dict[str, Any]) -> tuple[int, int]:
    parts = (
        "matches",
        "need_changes_on_wire",
        "match_changes_on_wire",
        "deal_changes_on_wire",
        "notifications",
        "webhooks",
        "reporting",
    )
    lost = sum(figures[part]["lost"] for part in parts)
    duplicated = sum(figures[part]["duplicated"] for part in parts)
    return lost, duplicated
