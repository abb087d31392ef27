"""Accounts on the real stack: an operator opens accounts, suppliers sign in and change only their own data,
tokens rotate and end, and sign-in and writes are rate limited."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique
from padan.registry.domain.aggregates import Kind, aggregate_id

pytestmark = pytest.mark.integration
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"
PASSWORD = "kain-tapis-siger-2026"


@pytest.fixture(scope="module")
def registry(real_stack: StackEndpoints) -> Iterator[httpx.Client]:
    LOGS.mkdir(parents=True, exist_ok=True)
    process = ServiceProcess(
        "registry",
        free_port(),
        env={
            "PADAN_REGISTRY_MONGO_DATABASE": unique("registry_accounts"),
            "PADAN_REGISTRY_LOGIN_BACKOFF_FREE": "2",
            "PADAN_REGISTRY_WRITE_RATE_LIMIT": "6/minute",
        },
        log_path=LOGS / f"{unique('registry_accounts')}.log",
    ).start()
    with httpx.Client(base_url=process.url, timeout=30) as client:
        yield client
    process.stop()


def _supplier(client: httpx.Client) -> str:
    nib = str(uuid.uuid4().int)[:13]
    body = {"nib": nib, "name": f"IKM {nib}", "region_code": "18.71", "scale": "kecil", "kbli": ["13912"]}
    assert client.post("/api/v1/suppliers", json=body, headers=OPERATOR).status_code == 200
    return nib


def _open_account(client: httpx.Client, nib: str) -> str:
    email = f"ikm{nib}@example.id"
    response = client.post(
        "/api/v1/accounts",
        json={"email": email, "password": PASSWORD, "role": "supplier", "nib": nib},
        headers=OPERATOR,
    )
    assert response.status_code == 201, response.text
    assert response.json()["organisation_id"] == aggregate_id(Kind.SUPPLIER, nib)
    return email


def test_a_supplier_signs_in_and_changes_only_its_own_data(registry: httpx.Client) -> None:
    mine, theirs = _supplier(registry), _supplier(registry)
    email = _open_account(registry, mine)
    account = {"email": email, "password": PASSWORD, "role": "supplier", "nib": mine}
    assert registry.post("/api/v1/accounts", json=account, headers=OPERATOR).status_code == 409, "one per email"
    unknown = {**account, "email": "x" + email, "nib": "9" * 13}
    assert registry.post("/api/v1/accounts", json=unknown, headers=OPERATOR).status_code == 409, "supplier must exist"
    weak = {**account, "email": "y" + email, "password": "pendek"}
    assert registry.post("/api/v1/accounts", json=weak, headers=OPERATOR).status_code == 409
    assert registry.post("/api/v1/accounts", json={**account, "email": "z" + email}).status_code == 401

    session = registry.post("/api/v1/auth/login", json={"email": email.upper(), "password": PASSWORD}).json()
    bearer = {"Authorization": f"Bearer {session['access_token']}"}
    me = registry.get("/api/v1/auth/me", headers=bearer).json()
    assert (me["role"], me["organisation_id"]) == ("supplier", aggregate_id(Kind.SUPPLIER, mine))
    own = {"nib": mine, "name": "IKM Tapis Jejama", "region_code": "18.71", "scale": "kecil", "kbli": ["13912"]}
    assert registry.post("/api/v1/suppliers", json=own, headers=bearer).status_code == 200
    other = {**own, "nib": theirs}
    assert registry.post("/api/v1/suppliers", json=other, headers=bearer).status_code == 403

    rotated = registry.post("/api/v1/auth/refresh", json={"refresh_token": session["refresh_token"]})
    assert rotated.status_code == 200
    reused = registry.post("/api/v1/auth/refresh", json={"refresh_token": session["refresh_token"]})
    assert reused.status_code == 401, "a refresh token works once"
    latest = rotated.json()["refresh_token"]
    assert registry.post("/api/v1/auth/logout", json={"refresh_token": latest}).status_code == 204
    assert registry.post("/api/v1/auth/refresh", json={"refresh_token": latest}).status_code == 401


def test_repeated_failed_sign_ins_slow_the_guesser_not_the_owner_and_bursts_of_writes_are_slowed_down(
    registry: httpx.Client,
) -> None:
    email = _open_account(registry, _supplier(registry))
    # uvicorn takes X-Forwarded-For from loopback (FORWARDED_ALLOW_IPS): two addresses from one test.
    attacker, owner = {"X-Forwarded-For": "203.0.113.50"}, {"X-Forwarded-For": "198.51.100.50"}
    wrong = {"email": email, "password": "salah-12345"}
    codes = [registry.post("/api/v1/auth/login", json=wrong, headers=attacker).status_code for _ in range(4)]
    assert codes[:2] == [401, 401] and codes[-1] == 429, codes
    slowed = registry.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD}, headers=attacker)
    assert slowed.status_code == 429 and int(slowed.headers["Retry-After"]) > 0, "the guessing address waits"
    signed_in = registry.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD}, headers=owner)
    assert signed_in.status_code == 200, "the owner is not locked out by someone else's failures"

    # At most 6 writes a minute per anonymous address (this fixture's limit); the earlier tests' count too.
    anonymous = [registry.post("/api/v1/suppliers", json={}).status_code for _ in range(8)]
    limited = anonymous.index(429)
    assert set(anonymous[:limited]) <= {401} and set(anonymous[limited:]) == {429} and limited <= 6, anonymous
    assert registry.post("/api/v1/suppliers", json={}, headers=OPERATOR).status_code == 422, "operators are exempt"
