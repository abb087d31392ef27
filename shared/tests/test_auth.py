import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from padan.shared.auth import (
    AuthSettings,
    Principal,
    Role,
    hash_api_key,
    hash_password,
    issue_token,
    requires,
    verify_password,
)

SETTINGS = AuthSettings(
    dev_mode=False, signing_secret="s3cret-for-tests-only-32-bytes-long", operator_key_hashes=[hash_api_key("op-key")]
)


def _app() -> FastAPI:
    app = FastAPI()

    @app.post("/suppliers/{supplier_id}")
    def edit(supplier_id: str, principal: Principal = requires(SETTINGS, Role.SUPPLIER)) -> dict[str, str]:
        if not principal.owns(Role.SUPPLIER, supplier_id):
            from padan.shared.auth import forbidden

            raise forbidden()
        return {"ok": supplier_id}

    return app


def test_passwords_are_argon2_hashed_and_verified() -> None:
    stored = hash_password("rahasia-123")
    assert stored.startswith("$argon2")
    assert verify_password("rahasia-123", stored)
    assert not verify_password("salah", stored)
    assert not verify_password("x", "not-a-hash")


def test_supplier_edits_only_its_own_data_and_operator_edits_any() -> None:
    client = TestClient(_app())
    token, _ = issue_token(SETTINGS, Principal("acct-1", Role.SUPPLIER, "sup-1"))
    assert client.post("/suppliers/sup-1", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert client.post("/suppliers/sup-2", headers={"Authorization": f"Bearer {token}"}).status_code == 403
    assert client.post("/suppliers/sup-2", headers={"X-API-Key": "op-key"}).status_code == 200


def test_anonymous_wrong_key_expired_and_wrong_role_are_refused() -> None:
    client = TestClient(_app())
    assert client.post("/suppliers/sup-1").status_code == 401
    assert client.post("/suppliers/sup-1", headers={"X-API-Key": "guess"}).status_code == 401
    expired, _ = issue_token(SETTINGS, Principal("a", Role.SUPPLIER, "sup-1"), ttl=-10)
    assert client.post("/suppliers/sup-1", headers={"Authorization": f"Bearer {expired}"}).status_code == 401
    buyer, _ = issue_token(SETTINGS, Principal("b", Role.BUYER, "buy-1"))
    assert client.post("/suppliers/sup-1", headers={"Authorization": f"Bearer {buyer}"}).status_code == 403
    refresh, _ = issue_token(SETTINGS, Principal("a", Role.SUPPLIER, "sup-1"), kind="refresh")
    assert client.post("/suppliers/sup-1", headers={"Authorization": f"Bearer {refresh}"}).status_code == 401


def test_a_signing_secret_shorter_than_the_hash_is_refused() -> None:
    with pytest.raises(RuntimeError, match="at least 32 bytes"):
        AuthSettings(dev_mode=False, signing_secret="short-secret").secret()


def test_production_without_a_secret_refuses_to_sign() -> None:
    with pytest.raises(RuntimeError, match="SIGNING_SECRET"):
        AuthSettings(dev_mode=False).secret()
