"""A business-matching event from registration to outcomes, on the real stack: the registry and the matcher
as processes on the real Kafka broker and MongoDB-wire store; matches made from registry events; every
meeting change read back from matcher.meetings.v1."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer
from icalendar import Calendar

from padan.cli.kafka_probe import skip_history
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, wait_until
from padan.shared import topics
from padan.shared.auth import AuthSettings, Principal, Role, issue_token

pytestmark = pytest.mark.integration
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
EVENTS = "/api/v1/matching-events"
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"


@pytest.fixture(scope="module")
def services(real_stack: StackEndpoints) -> Iterator[dict[str, ServiceProcess]]:
    LOGS.mkdir(parents=True, exist_ok=True)
    run = unique("meetings_it")
    started: dict[str, ServiceProcess] = {}
    try:
        for name in ("registry", "matcher"):
            prefix = f"PADAN_{name.upper()}_"
            env = {f"{prefix}MONGO_DATABASE": f"{run}_{name}", f"{prefix}GROUP_ID": f"{run}_{name}"}
            if name == "matcher":  # start at the end of the needs topic, past earlier tests' needs
                asyncio.run(skip_history(real_stack.kafka_bootstrap, f"{run}_{name}", [topics.NEEDS]))
            started[name] = ServiceProcess(name, free_port(), env=env, log_path=LOGS / f"{run}_{name}.log").start(240)
        yield started
    finally:
        for process in started.values():
            process.stop()


def bearer(role: Role, party_id: str) -> dict[str, str]:
    token, _ = issue_token(AuthSettings(), Principal(party_id, role, party_id))
    return {"Authorization": f"Bearer {token}"}


def meeting_events(bootstrap: str, keys: set[str], done: Any, timeout: float = 90) -> list[dict[str, Any]]:
    """Events on matcher.meetings.v1 for these meetings, read until `done(events)` holds."""

    async def read() -> list[dict[str, Any]]:
        consumer = AIOKafkaConsumer(
            topics.MEETINGS, bootstrap_servers=bootstrap, group_id=unique("reader"), auto_offset_reset="earliest"
        )
        await consumer.start()
        found: list[dict[str, Any]] = []
        try:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + timeout
            while loop.time() < deadline and not done(found):
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for record in records:
                        if record.key and record.key.decode() in keys:
                            headers = {k: v.decode() for k, v in record.headers}
                            found.append({"headers": headers, **json.loads(record.value)})
        finally:
            await consumer.stop()
        return found

    return asyncio.run(read())


def _seed_matches(registry: httpx.Client, matcher_url: str) -> list[dict[str, Any]]:
    """Three tapis IKM and two buyers through the registry; the matcher's own matches between them."""
    token = f"uji{uuid.uuid4().hex[:8]}"
    for i in range(3):
        nib = str(uuid.uuid4().int)[:13]
        supplier = registry.post(
            "/api/v1/suppliers",
            json={"nib": nib, "name": f"IKM Tapis {i}", "region_code": "18.71", "scale": "kecil", "kbli": ["13912"]},
        )
        assert supplier.status_code == 200, supplier.text
        product = registry.post(
            "/api/v1/products",
            json={
                "supplier_nib": nib,
                "sku": "TPS-01",
                "name": f"Kain tapis Lampung motif siger {token}",
                "category": "tekstil",
                "price_idr": 1_250_000 + i * 100_000,
                "monthly_capacity": 200,
                "tkdn_percent": 60.0 + i,
            },
        )
        assert product.status_code == 200, product.text
    need_ids = []
    for i in range(2):
        satker = f"1.0{i}.{uuid.uuid4().hex[:6]}"
        buyer = registry.post(
            "/api/v1/buyers",
            json={"satker_code": satker, "kind": "perangkat_daerah", "name": f"Dinas {i}", "region_code": "18.71"},
        )
        assert buyer.status_code == 200, buyer.text
        need = registry.post(
            "/api/v1/needs",
            json={
                "kode_rup": str(uuid.uuid4().int)[:12],
                "satker_code": satker,
                "package_name": f"Belanja kain tapis untuk cenderamata tamu daerah {token}",
                "pagu_idr": 150_000_000,
                "procurement_method": "e_purchasing",
                "procurement_type": "barang",
                "fiscal_year": 2023,
                "region_code": "18.71",
                "is_umk": True,
                "volume": 100,
            },
        )
        assert need.status_code == 200, need.text
        need_ids.append(need.json()["id"])

    def matches() -> list[dict[str, Any]]:
        found = []
        for need_id in need_ids:
            response = httpx.get(f"{matcher_url}/api/v1/matches", params={"need_id": need_id}, timeout=10)
            found += [m for m in response.json()["items"] if token in m["product_name"]]
        return found

    return list(wait_until(lambda: len(matches()) == 6 and matches(), timeout=180, what="six matches"))


def test_a_business_matching_event_from_registration_to_outcomes(
    real_stack: StackEndpoints, services: dict[str, ServiceProcess]
) -> None:
    matcher_url = services["matcher"].url
    with httpx.Client(base_url=services["registry"].url, headers=OPERATOR, timeout=30) as registry:
        matches = _seed_matches(registry, matcher_url)
    suppliers = sorted({m["supplier_id"] for m in matches})
    buyers = sorted({m["buyer_id"] for m in matches})
    api = httpx.Client(base_url=matcher_url, timeout=60)
    event_id = f"uji-{uuid.uuid4().hex[:8]}"
    day = (date.today() + timedelta(days=30)).isoformat()

    # 1. The operator sets up the event: 09.00-10.20, 20-minute slots, a break, 1 table -> 3 slots.
    spec = {"event_id": event_id, "name": "Business Matching P3DN", "venue": "Hotel Emersia", "date": day,
            "start": "09:00", "end": "10:20", "slot_minutes": 20, "tables": 1,
            "breaks": [{"start": "09:40", "end": "10:00", "label": "Rehat kopi"}]}  # fmt: skip
    assert api.post(EVENTS, json=spec).status_code == 401
    assert api.post(EVENTS, json=spec, headers=bearer(Role.SUPPLIER, suppliers[0])).status_code == 403
    bad = api.post(EVENTS, json={**spec, "end": "08:00"}, headers=OPERATOR)
    assert bad.status_code == 422 and "jam selesai" in bad.text
    created = api.post(EVENTS, json=spec, headers=OPERATOR)
    assert created.status_code == 201, created.text
    assert created.json()["slots"] == 3

    # 2. Participants register themselves (one supplier only from 10.00); nobody registers another.
    for i, supplier_id in enumerate(suppliers):
        body = {"side": "supplier", "party_id": supplier_id, "name": f"IKM Tapis {i}"}
        if i == 2:
            body["available"] = [{"day": 1, "start": "10:00", "end": "10:20"}]
        assert api.post(f"{EVENTS}/{event_id}/participants", json=body, headers=bearer(Role.SUPPLIER, suppliers[(i + 1) % 3])
                        ).status_code == 403  # fmt: skip
        response = api.post(f"{EVENTS}/{event_id}/participants", json=body, headers=bearer(Role.SUPPLIER, supplier_id))
        assert response.status_code == 201, response.text
    assert response.json()["available_slots"] == [2]
    for i, buyer_id in enumerate(buyers):
        body = {"side": "buyer", "party_id": buyer_id, "name": f"Dinas {i}"}
        assert (
            api.post(f"{EVENTS}/{event_id}/participants", json=body, headers=bearer(Role.BUYER, buyer_id)).status_code
            == 201
        )
    assert len(api.get(f"{EVENTS}/{event_id}/participants").json()["items"]) == 5

    # 3. Padan proposes meetings from the stored matches; both sides accept, one buyer declines one.
    proposed = api.post(f"{EVENTS}/{event_id}/proposals", json={"per_buyer": 3}, headers=OPERATOR)
    assert proposed.status_code == 200, proposed.text
    assert len(proposed.json()["created"]) == 6
    meetings = api.get(f"{EVENTS}/{event_id}/meetings").json()["items"]
    assert {m["match_id"] for m in meetings} <= {m["match_id"] for m in matches}
    declined = meetings[0]
    for meeting in meetings:
        path = f"{EVENTS}/{event_id}/meetings/{meeting['meeting_id']}"
        other = next(b for b in buyers if b != meeting["buyer_id"])
        assert api.post(f"{path}/accept", headers=bearer(Role.BUYER, other)).status_code == 403
        if meeting is declined:
            assert (
                api.post(f"{path}/decline", headers=bearer(Role.BUYER, meeting["buyer_id"])).json()["status"]
                == "declined"
            )
            continue
        assert api.post(f"{path}/accept", headers=bearer(Role.SUPPLIER, meeting["supplier_id"])).status_code == 200
        accepted = api.post(f"{path}/accept", headers=bearer(Role.BUYER, meeting["buyer_id"]))
        assert accepted.json()["status"] == "accepted", accepted.text

    # 4. The agenda: 5 accepted meetings, 3 slots x 1 table -> 3 placed, optimal, no double booking.
    report = api.post(f"{EVENTS}/{event_id}/schedule", headers=OPERATOR).json()
    assert report["placed"] == 3 and report["to_place"] == 5 and report["status"] == "optimal", report
    meetings = api.get(f"{EVENTS}/{event_id}/meetings").json()["items"]
    scheduled = [m for m in meetings if m["status"] == "scheduled"]
    assert len(scheduled) == 3
    assert len({m["slot"] for m in scheduled}) == 3  # one table: one meeting per slot
    seats = Counter((party, m["slot"]) for m in scheduled for party in (m["supplier_id"], m["buyer_id"]))
    assert max(seats.values()) == 1
    assert all(m["slot"] == 2 for m in scheduled if m["supplier_id"] == suppliers[2])

    # 5. Agendas: per participant (page + .ics), per table, printable overview.
    first = min(scheduled, key=lambda m: m["slot"])
    page = httpx.get(f"{matcher_url}/acara/{event_id}/agenda/supplier/{first['supplier_id']}", timeout=30)
    assert page.status_code == 200 and "Simpan ke kalender" in page.text and "09.00–09.20" in page.text
    ics = httpx.get(f"{matcher_url}/acara/{event_id}/agenda/supplier/{first['supplier_id']}.ics", timeout=30)
    assert ics.headers["content-type"].startswith("text/calendar")
    entries = Calendar.from_ical(ics.content).walk("VEVENT")
    assert {str(e["uid"]) for e in entries} == {
        f"{m['meeting_id']}@padan" for m in scheduled if m["supplier_id"] == first["supplier_id"]
    }
    assert "Agenda meja 1" in httpx.get(f"{matcher_url}/acara/{event_id}/meja/1", timeout=30).text
    printable = httpx.get(f"{matcher_url}/acara/{event_id}/cetak", timeout=30).text
    assert "@media print" in printable and printable.count("× Dinas") == 3
    meeting_page = httpx.get(f"{matcher_url}/temu-bisnis/{first['meeting_id']}", timeout=30)  # the emails' link
    assert meeting_page.status_code == 200 and "09.00–09.20" in meeting_page.text and "Terjadwal" in meeting_page.text
    form = httpx.get(f"{matcher_url}/acara/{event_id}/daftar", timeout=30)
    assert form.status_code == 200 and 'name="viewport"' in form.text and "Waktu luang" in form.text

    # 6. A cancellation frees a place: the waiting meeting takes it, the others stay where they were.
    cancelled = next(m for m in scheduled if m is not first)
    kept = {m["meeting_id"]: (m["slot"], m["table"]) for m in scheduled if m is not cancelled}
    response = api.post(f"{EVENTS}/{event_id}/meetings/{cancelled['meeting_id']}/cancel",
                        headers=bearer(Role.SUPPLIER, cancelled["supplier_id"]))  # fmt: skip
    assert response.json()["status"] == "cancelled"
    meetings = {m["meeting_id"]: m for m in api.get(f"{EVENTS}/{event_id}/meetings").json()["items"]}
    for meeting_id, place in kept.items():
        assert (meetings[meeting_id]["slot"], meetings[meeting_id]["table"]) == place
    refilled = [m for m in meetings.values() if m["status"] == "scheduled" and m["meeting_id"] not in kept]
    assert [m["slot"] for m in refilled] == [cancelled["slot"]]

    # 7. On the day: check-in, held with a deal, a no-show, an interest outcome.
    checked = api.post(f"{EVENTS}/{event_id}/participants/supplier/{first['supplier_id']}/check-in",
                       headers=bearer(Role.SUPPLIER, first["supplier_id"]))  # fmt: skip
    assert checked.status_code == 200 and checked.json()["checked_in_at"]
    deal = api.post(f"{EVENTS}/{event_id}/meetings/{first['meeting_id']}/outcome",
                    json={"outcome": "deal_agreed", "note": "100 set seminar kit"},
                    headers=bearer(Role.BUYER, first["buyer_id"]))  # fmt: skip
    assert deal.status_code == 200, deal.text
    assert deal.json()["outcome"] == "deal_agreed" and deal.json()["match_id"] == first["match_id"]
    absent, interested = sorted((m for m in meetings.values() if m["status"] == "scheduled" and m is not first),
                                key=lambda m: m["slot"])[-2:]  # fmt: skip
    assert (
        api.post(f"{EVENTS}/{event_id}/meetings/{absent['meeting_id']}/no-show", headers=OPERATOR).json()["status"]
        == "no_show"
    )
    outcome = api.post(f"{EVENTS}/{event_id}/meetings/{interested['meeting_id']}/outcome", json={"outcome": "interest"},
                       headers=OPERATOR)  # fmt: skip
    assert outcome.json()["status"] == "held"
    assert api.post(f"{EVENTS}/{event_id}/meetings/{absent['meeting_id']}/cancel", headers=OPERATOR).status_code == 409

    # 8. Every change went out on matcher.meetings.v1 through the outbox, in order per meeting.
    final = {m["meeting_id"]: m for m in api.get(f"{EVENTS}/{event_id}/meetings").json()["items"]}
    expected = {mid: (m["status"], m["version"]) for mid, m in final.items()}

    def complete(events: list[dict[str, Any]]) -> bool:
        latest = {e["meeting_id"]: (e["status"], e["version"]) for e in events}
        return latest == expected

    events = meeting_events(real_stack.kafka_bootstrap, set(final), complete)
    assert complete(events), {e["meeting_id"]: e["status"] for e in events}
    per_meeting: dict[str, list[int]] = {}
    for event in events:
        assert event["headers"]["ce_type"] == "id.padan.matcher.meeting.changed.v1"
        assert event["matching_event_id"] == event_id
        per_meeting.setdefault(event["meeting_id"], []).append(event["version"])
    assert all(versions == sorted(versions) for versions in per_meeting.values())
    deal_events = [e for e in events if e["outcome"] == "deal_agreed"]
    assert len(deal_events) == 1 and deal_events[0]["match_id"] == first["match_id"]
    assert deal_events[0]["starts_at"] is not None and deal_events[0]["table"] == 1
