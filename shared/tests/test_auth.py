import time

import jwt
import pytest
from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from structlog.testing import capture_logs

from padan.shared.auth import (
    DEV_OPERATOR_KEY,
    DEV_SECRET,
    AuthSettings,
    InsecureSettings,
    Principal,
    RevokedSessions,
    Role,
    authenticated,
    decode_token,
    hash_api_key,
    hash_password,
    issue_token,
    operator_principal,
    requires,
    verify_password,
)
from padan.shared.ratelimit import Backoff
from padan.shared.security_log import LOGGER

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


FORGED_CLAIMS = {
    "sub": "attacker", "role": "operator", "typ": "access", "aud": "padan-api", "sid": "s", "exp": 4102444800,
}  # fmt: skip


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


def _fresh_settings(**overrides: object) -> AuthSettings:
    """Settings of their own: the throttle and the revoked sessions live in the settings object."""
    return AuthSettings(
        dev_mode=False, signing_secret="s3cret-for-tests-only-32-bytes-long", operator_key_hashes=[hash_api_key("op-key")],
        **overrides,  # type: ignore[arg-type]
    )  # fmt: skip


def _me_app(settings: AuthSettings) -> FastAPI:
    app = FastAPI()
    caller = Depends(authenticated(settings))

    @app.get("/me")
    def me(principal: Principal = caller) -> dict[str, str]:
        return {"subject": principal.subject}

    return app


def test_a_web_session_cookie_is_never_accepted_as_a_bearer_token() -> None:
    settings = _fresh_settings()
    client = TestClient(_me_app(settings))
    web, _ = issue_token(settings, Principal("1234567890123", Role.SUPPLIER, "sup-1"), kind="web")
    refused = client.get("/me", headers={"Authorization": f"Bearer {web}"})
    assert refused.status_code == 401 and "wrong token type" in refused.json()["detail"]
    # The same claims re-labelled as an access token but kept for the web audience are refused too.
    claims = jwt.decode(web, options={"verify_signature": False})
    relabelled = jwt.encode({**claims, "typ": "access"}, "s3cret-for-tests-only-32-bytes-long", algorithm="HS256")
    assert client.get("/me", headers={"Authorization": f"Bearer {relabelled}"}).status_code == 401
    access, _ = issue_token(settings, Principal("a", Role.SUPPLIER, "sup-1"))
    assert client.get("/me", headers={"Authorization": f"Bearer {access}"}).status_code == 200
    with pytest.raises(HTTPException):
        decode_token(settings, access, kind="web")


def test_the_61st_bad_api_key_from_one_address_is_answered_429_even_if_right() -> None:
    settings = _fresh_settings()
    attacker = TestClient(_me_app(settings), client=("203.0.113.7", 40000))
    codes = [attacker.get("/me", headers={"X-API-Key": f"guess-{n}"}).status_code for n in range(60)]
    assert set(codes) == {401}
    throttled = attacker.get("/me", headers={"X-API-Key": "guess-61"})
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) > 0
    assert attacker.get("/me", headers={"X-API-Key": "op-key"}).status_code == 429, "a right guess gains nothing"
    bearer = attacker.get("/me", headers={"Authorization": "Bearer not.a.token"})
    assert bearer.status_code == 429, "tokens share the address's count"
    owner = TestClient(_me_app(settings), client=("198.51.100.2", 40000))
    assert owner.get("/me", headers={"X-API-Key": "op-key"}).status_code == 200, "other addresses go on"
    assert attacker.get("/me").status_code == 401, "without credentials: not throttled, just anonymous"


def test_a_revoked_session_is_refused_until_its_tokens_would_have_expired() -> None:
    now = [1_000_000.0]
    sessions = RevokedSessions(clock=lambda: now[0])
    sessions.revoke("sid-1", until=now[0] + 60)
    assert sessions.is_revoked("sid-1") and not sessions.is_revoked("sid-2")
    now[0] += 61
    assert not sessions.is_revoked("sid-1")

    settings = _fresh_settings()
    client = TestClient(_me_app(settings))
    token, _ = issue_token(settings, Principal("a", Role.BUYER, "buy-1"), session_id="sid-9")
    assert client.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    settings.revoked_sessions.revoke("sid-9", until=time.time() + 900)
    ended = client.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert ended.status_code == 401 and "session ended" in ended.json()["detail"]


def test_tokens_without_a_session_or_audience_are_refused() -> None:
    settings = _fresh_settings()
    claims = {"sub": "a", "role": "supplier", "org": "sup-1", "typ": "access", "exp": int(time.time()) + 60}
    for missing in ({}, {"aud": "padan-api"}, {"sid": "s"}):
        token = jwt.encode({**claims, **missing}, "s3cret-for-tests-only-32-bytes-long", algorithm="HS256")
        with pytest.raises(HTTPException):
            decode_token(settings, token)
    whole = jwt.encode({**claims, "aud": "padan-api", "sid": "s"}, "s3cret-for-tests-only-32-bytes-long", "HS256")
    assert decode_token(settings, whole)[0].session_id == "s"


def test_backoff_doubles_after_the_free_failures_and_forgets_on_success() -> None:
    now = [0.0]
    backoff = Backoff(free=3, base=1.0, cap=8.0, clock=lambda: now[0])
    for expected in (0, 0, 0, 1, 2, 4, 8, 8):
        backoff.failed("a|1.2.3.4")
        assert backoff.wait("a|1.2.3.4") == expected
    assert backoff.wait("a|5.6.7.8") == 0, "another address of the same account does not wait"
    now[0] += 8
    assert backoff.wait("a|1.2.3.4") == 0
    backoff.succeeded("a|1.2.3.4")
    assert backoff.failures("a|1.2.3.4") == 0
    small = Backoff(max_keys=2)
    for key in ("k1", "k2", "k3"):
        small.failed(key)
    assert small.failures("k1") == 0 and small.failures("k3") == 1, "a flood of keys evicts the oldest"


def test_security_log_lines_name_the_actor_and_carry_no_secret() -> None:
    settings = _fresh_settings()
    client = TestClient(_me_app(settings), client=("192.0.2.10", 1))
    token, _ = issue_token(settings, Principal("a", Role.SUPPLIER, "sup-1"), ttl=-10)
    with capture_logs() as lines:
        client.get("/me", headers={"X-API-Key": "wrong-operator-key-123"})
        client.get("/me", headers={"Authorization": f"Bearer {token}"})
    events = [line for line in lines if line.get("logger") == LOGGER]
    assert [e["event"] for e in events] == ["credential_refused", "credential_refused"]
    assert {e["credential"] for e in events} == {"api_key", "access"}
    assert all(e["address"] == "192.0.2.10" for e in events)
    assert "wrong-operator-key-123" not in str(lines) and token not in str(lines)
    assert operator_principal("op-key").subject == f"operator:{hash_api_key('op-key')[:8]}"
