import jwt
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from padan.shared.auth import (
    DEV_OPERATOR_KEY,
    DEV_SECRET,
    AuthSettings,
    InsecureSettings,
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


FORGED_CLAIMS = {"sub": "attacker", "role": "operator", "typ": "access", "exp": 4102444800}


def test_a_token_forged_with_the_public_dev_secret_is_refused_outside_dev_mode() -> None:
    # The attack: anyone can read DEV_SECRET in the source and sign an operator token with it.
    forged = jwt.encode(FORGED_CLAIMS, DEV_SECRET, algorithm="HS256")
    dev_app = FastAPI()
    dev_settings = AuthSettings(dev_mode=True)

    @dev_app.patch("/suppliers/{supplier_id}")
    def edit(supplier_id: str, _: Principal = requires(dev_settings, Role.SUPPLIER)) -> dict[str, str]:
        return {"ok": supplier_id}

    headers = {"Authorization": f"Bearer {forged}"}
    assert TestClient(dev_app).patch("/suppliers/sup-1", headers=headers).status_code == 200  # dev mode: it works
    assert TestClient(_app()).post("/suppliers/sup-1", headers=headers).status_code == 401  # otherwise refused


def test_dev_mode_is_off_unless_asked_for_and_then_a_secret_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PADAN_AUTH_DEV_MODE", raising=False)
    monkeypatch.delenv("PADAN_AUTH_SIGNING_SECRET", raising=False)
    with pytest.raises(InsecureSettings, match="PADAN_AUTH_SIGNING_SECRET is not set"):
        AuthSettings()
    monkeypatch.setenv("PADAN_AUTH_SIGNING_SECRET", "x" * 16 + "generated-secret-of-48-chars-ok!")
    assert AuthSettings().dev_mode is False
    monkeypatch.setenv("PADAN_AUTH_DEV_MODE", "true")
    assert AuthSettings().dev_mode is True


@pytest.mark.parametrize(
    ("secret", "problem"),
    [
        ("short-secret", "shorter than 32 bytes"),
        (DEV_SECRET, "published default"),
        ("padan-local-signing-secret-not-for-production", "published default"),
        ("ab" * 24, "repeated pattern"),
    ],
)
def test_short_published_or_patterned_secrets_refuse_the_start(secret: str, problem: str) -> None:
    with pytest.raises(InsecureSettings, match=problem):
        AuthSettings(dev_mode=False, signing_secret=secret)


def test_the_dev_operator_key_is_refused_outside_dev_mode() -> None:
    secret = "s3cret-for-tests-only-32-bytes-long"
    with pytest.raises(InsecureSettings, match="OPERATOR_KEY_HASHES contains the dev operator key"):
        AuthSettings(dev_mode=False, signing_secret=secret, operator_key_hashes=[hash_api_key(DEV_OPERATOR_KEY)])
    with pytest.raises(InsecureSettings, match="sha256 hex"):
        AuthSettings(dev_mode=False, signing_secret=secret, integration_key_hashes=["op-key"])
    assert AuthSettings(dev_mode=False, signing_secret=secret).operator_hashes() == []


def test_an_integration_key_is_its_own_role_and_never_a_token() -> None:
    settings = SETTINGS.model_copy(update={"integration_key_hashes": [hash_api_key("erp-key-" + "k" * 30)]})
    app = FastAPI()

    @app.get("/who")
    def who(principal: Principal = requires(settings, Role.INTEGRATION)) -> dict[str, str]:
        return {"role": principal.role.value, "subject": principal.subject}

    @app.get("/suppliers-only")
    def suppliers_only(_: Principal = requires(settings, Role.SUPPLIER)) -> dict[str, str]:
        return {}

    client = TestClient(app)
    answer = client.get("/who", headers={"X-API-Key": "erp-key-" + "k" * 30}).json()
    assert answer["role"] == "integration" and "erp-key" not in answer["subject"]
    assert client.get("/suppliers-only", headers={"X-API-Key": "erp-key-" + "k" * 30}).status_code == 403
    forged, _ = issue_token(settings, Principal("erp", Role.INTEGRATION))
    assert client.get("/who", headers={"Authorization": f"Bearer {forged}"}).status_code == 401
