"""What anonymous readers of the matcher see (docs/security.md): deals without their value before the
contract, event participants without who attends for them or their free hours."""

from __future__ import annotations

from datetime import UTC, date, datetime

from fastapi import FastAPI
from fastapi.testclient import TestClient

from padan.matcher.entrypoints.lifecycle_api import deal_view
from padan.matcher.entrypoints.meetings_api import build_meetings_router, install_agenda_errors
from padan.shared.auth import AuthSettings, Principal, Role, issue_token
from padan.shared.events import DealChanged
from services.matcher.tests.test_agenda_handlers import FakeMeetingsRepository, event

NOW = datetime.now(UTC)


def _deal(**overrides: object) -> DealChanged:
    base: dict[str, object] = {
        "deal_id": "deal-1", "match_id": "m1", "need_id": "n1", "product_id": "p1", "supplier_id": "sup-1",
        "buyer_id": "buy-1", "status": "agreed", "value_idr": 120_000_000, "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return DealChanged.model_validate(base | overrides)


def test_a_deals_value_before_the_contract_is_for_its_parties_and_operators_only() -> None:
    agreed = _deal()
    supplier, buyer = Principal("s", Role.SUPPLIER, "sup-1"), Principal("b", Role.BUYER, "buy-1")
    stranger, operator = Principal("x", Role.SUPPLIER, "sup-9"), Principal("operator:1", Role.OPERATOR)
    for viewer in (None, stranger):
        view = deal_view(agreed, viewer)
        assert view["value_idr"] is None and view["deal_id"] == "deal-1" and view["status"] == "agreed"
    for viewer in (supplier, buyer, operator):
        assert deal_view(agreed, viewer)["value_idr"] == 120_000_000
    cancelled = _deal(status="cancelled", cancel_reason="harga disepakati ulang di luar Padan")
    assert deal_view(cancelled, None)["cancel_reason"] is None
    contracted = _deal(status="contracted", contract_number="027/SPK/2026", contract_date=date(2026, 3, 2))
    assert deal_view(contracted, None)["value_idr"] == 120_000_000, "a contract's value is public information"


def test_participants_contacts_and_hours_are_for_the_participant_and_operators() -> None:
    repository = FakeMeetingsRepository([])
    repository.events["lampung-test"] = event()
    auth = AuthSettings()
    app = FastAPI()
    app.include_router(build_meetings_router(repository, auth))
    install_agenda_errors(app)
    client = TestClient(app)
    token, _ = issue_token(auth, Principal("s1", Role.SUPPLIER, "s1"))
    own = {"Authorization": f"Bearer {token}"}
    body = {"side": "supplier", "party_id": "s1", "name": "IKM Tapis Siger", "representative": "Ibu Rohana"}
    assert client.post("/api/v1/matching-events/lampung-test/participants", json=body, headers=own).status_code == 201

    (anonymous,) = client.get("/api/v1/matching-events/lampung-test/participants").json()["items"]
    assert anonymous["name"] == "IKM Tapis Siger" and "representative" not in anonymous and "available" not in anonymous
    other, _ = issue_token(auth, Principal("s2", Role.SUPPLIER, "s2"))
    (theirs,) = client.get(
        "/api/v1/matching-events/lampung-test/participants", headers={"Authorization": f"Bearer {other}"}
    ).json()["items"]
    assert "representative" not in theirs
    for headers in (own, {"X-API-Key": "padan-dev-operator-key"}):
        (seen,) = client.get("/api/v1/matching-events/lampung-test/participants", headers=headers).json()["items"]
        assert seen["representative"] == "Ibu Rohana"
