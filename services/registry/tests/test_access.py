"""Identity and access at the registry, with in-memory stores: who may claim a NIB, who sees contacts, and
how guessing passwords or refresh tokens is slowed without locking the owner out."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from registry_fakes import FakeAccounts, FakeClaims, FakeRegistryRepository
from structlog.testing import capture_logs

from padan.registry.domain.accounts import Account
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.claims import ClaimError, ClaimKind, ClaimStatus
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.entrypoints.accounts_api import build_accounts_router
from padan.registry.entrypoints.api import build_router
from padan.registry.entrypoints.auth import Guards
from padan.registry.entrypoints.claims_api import build_claims_router
from padan.registry.handlers.claims import claim_supplier, reject_claim, verify_claim
from padan.registry.settings import Settings
from padan.shared.auth import Principal, Role, hash_password, issue_token
from padan.shared.ratelimit import Backoff
from padan.shared.security_log import LOGGER

OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
PASSWORD = "kain-tapis-siger-2026"
NIB = "8120000000001"
SUPPLIER_ID = aggregate_id(Kind.SUPPLIER, NIB)
PROFILE: dict[str, Any] = {
    "nib": NIB, "name": "Tapis Jejama Secancanan", "region_code": "18.71", "scale": "kecil",
    "address": "Jl. Siger 1, Bandar Lampung", "contact_name": "Ibu Rohana", "email": "rohana@tapis.example.id",
    "phone": "0812-7000-1234",
}  # fmt: skip


def _ignore(_: str, __: Any) -> None:
    return None


class Registry:
    """The registry's routers over fakes, with a client per address."""

    def __init__(self) -> None:
        self.repository = FakeRegistryRepository()
        self.accounts = FakeAccounts()
        self.claims = FakeClaims()
        self.guards = Guards(Settings())
        self.app = FastAPI()
        self.app.include_router(build_router(self.repository, self.guards, _ignore))
        self.app.include_router(build_claims_router(self.repository, self.claims, self.guards, _ignore))
        self.app.include_router(
            build_accounts_router(
                self.accounts, self.repository, self.guards, login_backoff=Backoff(free=3, base=1.0, cap=900.0)
            )
        )

    def client(self, address: str = "198.51.100.10") -> TestClient:
        return TestClient(self.app, client=(address, 50000))

    def claim(self, **changes: Any) -> Any:
        command = UpsertSupplier.model_validate(PROFILE | changes)
        return asyncio.run(
            claim_supplier(self.repository, self.claims, command, address="203.0.113.9", on_change=_ignore)
        )

    def supplier(self) -> dict[str, Any]:
        document = asyncio.run(self.repository.get(Kind.SUPPLIER, SUPPLIER_ID))
        assert document is not None
        return document

    def events(self) -> list[dict[str, Any]]:
        return [entry["payload"] for entry in self.repository.outbox if entry["topic"] == "registry.suppliers.v1"]


@pytest.fixture
def registry() -> Registry:
    return Registry()


def test_self_registration_of_a_new_nib_is_an_unverified_supplier_owned_by_its_claim(registry: Registry) -> None:
    result = registry.claim()
    assert result.owns_supplier and result.claim.kind is ClaimKind.NEW and result.claim.status is ClaimStatus.PENDING
    supplier = registry.supplier()
    assert (supplier["verified"], supplier["claim_id"]) == (False, result.claim.claim_id)
    (event,) = registry.events()
    assert event["verified"] is False, "the matcher and the notifier learn it is unverified"


def test_claiming_a_verified_nib_changes_nothing_and_waits_for_an_operator(registry: Registry) -> None:
    with registry.client() as client:
        assert client.post("/api/v1/suppliers", json=PROFILE, headers=OPERATOR).status_code == 200
    assert registry.supplier()["verified"] is True, "an operator vouches for what it creates"
    before, events = registry.supplier(), len(registry.events())

    attacker = registry.claim(name="Pengambil Alih", email="attacker@example.com", phone="0800")
    assert not attacker.owns_supplier and attacker.claim.kind is ClaimKind.COMPETING
    assert registry.supplier() == before and len(registry.events()) == events, "the real company's data stays"
    assert not attacker.claim.email_matches_record
    owner = registry.claim(email="ROHANA@tapis.example.id")
    assert owner.claim.email_matches_record, "a hint for the operator, never proof"

    with registry.client() as client:
        queue = client.get("/api/v1/claims", headers=OPERATOR).json()["items"]
        assert {c["claim_id"] for c in queue} == {attacker.claim.claim_id, owner.claim.claim_id}
        assert client.get("/api/v1/claims").status_code == 401, "the queue holds contacts: operators only"
        reason = {"reason": "NIB milik usaha lain menurut OSS"}
        rejected = client.post(f"/api/v1/claims/{attacker.claim.claim_id}/reject", json=reason, headers=OPERATOR)
        assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
        again = client.post(f"/api/v1/claims/{attacker.claim.claim_id}/verify", headers=OPERATOR)
        assert again.status_code == 409, "a decided claim stays decided"
    assert registry.supplier()["name"] == PROFILE["name"]


def test_verifying_a_claim_verifies_the_supplier_and_a_rejected_owner_loses_it(registry: Registry) -> None:
    first = registry.claim()
    other = registry.claim(name="Tapis Jejama (pemilik sebenarnya)")
    verified = asyncio.run(
        verify_claim(registry.repository, registry.claims, other.claim.claim_id, actor="operator:x", on_change=_ignore)
    )
    assert verified.status is ClaimStatus.VERIFIED and verified.decided_by == "operator:x"
    supplier = registry.supplier()
    assert (supplier["verified"], supplier["claim_id"], supplier["name"]) == (
        True,
        other.claim.claim_id,
        "Tapis Jejama (pemilik sebenarnya)",
    )
    assert registry.events()[-1]["verified"] is True
    with pytest.raises(ClaimError):
        asyncio.run(
            verify_claim(registry.repository, registry.claims, other.claim.claim_id, actor="o", on_change=_ignore)
        )
    asyncio.run(
        reject_claim(
            registry.repository, registry.claims, first.claim.claim_id, actor="o", reason="bukan pemilik",
            on_change=_ignore,
        )
    )  # fmt: skip
    assert registry.supplier()["claim_id"] == other.claim.claim_id, "rejecting a non-owner changes nothing"


def test_rejecting_the_owning_claim_of_an_unverified_supplier_ends_its_edit_rights(registry: Registry) -> None:
    first = registry.claim()
    asyncio.run(
        reject_claim(
            registry.repository, registry.claims, first.claim.claim_id, actor="o", reason="NIB tidak cocok",
            on_change=_ignore,
        )
    )  # fmt: skip
    supplier = registry.supplier()
    assert (supplier["verified"], supplier["claim_id"]) == (False, None)


def test_a_supplier_editing_its_own_profile_keeps_its_verification_state(registry: Registry) -> None:
    registry.claim()
    token, _ = issue_token(registry.guards.settings, Principal("rohana@tapis.example.id", Role.SUPPLIER, SUPPLIER_ID))
    with registry.client() as client:
        changed = client.post(
            "/api/v1/suppliers", json=PROFILE | {"name": "Tapis Jejama"}, headers={"Authorization": f"Bearer {token}"}
        )
    assert changed.status_code == 200
    assert registry.supplier()["verified"] is False and registry.events()[-1]["verified"] is False


def test_anonymous_reads_show_business_facts_and_hide_contacts(registry: Registry) -> None:
    with registry.client() as client:
        assert client.post("/api/v1/suppliers", json=PROFILE, headers=OPERATOR).status_code == 200
        anonymous = client.get(f"/api/v1/suppliers/{SUPPLIER_ID}").json()
        listed = client.get("/api/v1/suppliers").json()["items"][0]
        owner, _ = issue_token(registry.guards.settings, Principal("r@x.id", Role.SUPPLIER, SUPPLIER_ID))
        other, _ = issue_token(registry.guards.settings, Principal("s@x.id", Role.SUPPLIER, "sup-other"))
        own = client.get(f"/api/v1/suppliers/{SUPPLIER_ID}", headers={"Authorization": f"Bearer {owner}"}).json()
        theirs = client.get(f"/api/v1/suppliers/{SUPPLIER_ID}", headers={"Authorization": f"Bearer {other}"}).json()
        operator = client.get(f"/api/v1/suppliers/{SUPPLIER_ID}", headers=OPERATOR).json()
    contacts = {"email", "phone", "address", "contact_name"}
    for view in (anonymous, listed, theirs):
        assert contacts.isdisjoint(view), view
        assert (view["name"], view["region_code"], view["scale"], view["verified"]) == (
            PROFILE["name"],
            "18.71",
            "kecil",
            True,
        )
    for view in (own, operator):
        assert {view[name] for name in contacts} == {PROFILE[name] for name in contacts}
    assert "claim_id" not in operator


def _account(registry: Registry) -> str:
    email = "rohana@tapis.example.id"
    asyncio.run(
        registry.accounts.add(Account(email, hash_password(PASSWORD), Role.SUPPLIER, organisation_id=SUPPLIER_ID))
    )
    return email


def test_an_attackers_failed_sign_ins_do_not_lock_the_owner_out(registry: Registry) -> None:
    email = _account(registry)
    with registry.client("203.0.113.66") as attacker, registry.client("198.51.100.20") as owner:
        codes = [
            attacker.post("/api/v1/auth/login", json={"email": email, "password": f"salah-{n}-xyz"}).status_code
            for n in range(6)
        ]
        assert codes[:3] == [401, 401, 401] and 429 in codes[3:], codes
        slowed = attacker.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
        assert slowed.status_code == 429 and int(slowed.headers["Retry-After"]) >= 1, "the guesser waits"
        signed_in = owner.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
        assert signed_in.status_code == 200, "the owner, from its own address, signs in with the right password"


def test_the_61st_bad_refresh_token_from_one_address_is_answered_429(registry: Registry) -> None:
    with registry.client("203.0.113.67") as client:
        codes = [
            client.post("/api/v1/auth/refresh", json={"refresh_token": f"guessed-token-{n}"}).status_code
            for n in range(61)
        ]
    assert set(codes[:60]) == {401} and codes[60] == 429


def test_sign_ins_and_failures_are_in_the_security_log_without_the_password(registry: Registry) -> None:
    email = _account(registry)
    with capture_logs() as lines, registry.client("192.0.2.44") as client:
        client.post("/api/v1/auth/login", json={"email": email, "password": "salah-sekali-12345"})
        session = client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD}).json()
        client.post("/api/v1/auth/logout", json={"refresh_token": session["refresh_token"]})
        client.post(
            "/api/v1/accounts",
            json={"email": "buyer@example.id", "password": PASSWORD, "role": "supplier", "nib": "9" * 13},
            headers=OPERATOR,
        )
    security = [line for line in lines if line.get("logger") == LOGGER]
    assert [line["event"] for line in security][:3] == ["login_failed", "login_succeeded", "logout"]
    assert all(line["actor"] in (email, None) for line in security[:3])
    assert security[0]["address"] == "192.0.2.44"
    text = str(lines)
    for secret in ("salah-sekali-12345", PASSWORD, session["access_token"], session["refresh_token"]):
        assert secret not in text
