"""Outside dev mode the registry neither accepts tokens signed with the published dev secret nor the dev
operator key, and does not start with them; `padan run` refuses with a clear message. (Unit tests: the
app is built in-process and refused before any request reaches the store.)"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import jwt
import pytest
from fastapi.testclient import TestClient

from padan.registry.bootstrap import create_app
from padan.registry.entrypoints.auth import auth_settings
from padan.registry.settings import Settings
from padan.shared.auth import DEV_OPERATOR_KEY, DEV_SECRET, InsecureSettings, hash_api_key

FORGED = jwt.encode(
    {"sub": "attacker", "role": "operator", "typ": "access", "aud": "padan-api", "sid": "s", "exp": 4102444800},
    DEV_SECRET,
    algorithm="HS256",
)


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> str:
    """Settings as `padan secrets init` writes them: dev mode off, a generated secret and operator key."""
    key = secrets.token_urlsafe(32)
    monkeypatch.setenv("PADAN_AUTH_DEV_MODE", "false")
    monkeypatch.setenv("PADAN_AUTH_SIGNING_SECRET", secrets.token_urlsafe(48))
    monkeypatch.setenv("PADAN_AUTH_OPERATOR_KEY_HASHES", f'["{hash_api_key(key)}"]')
    return key


def test_a_forged_operator_token_cannot_patch_a_supplier(production: str) -> None:
    client = TestClient(create_app(Settings(mongo_database="never_touched")))
    forged = client.patch(
        "/api/v1/suppliers/9120001234567", headers={"Authorization": f"Bearer {FORGED}"}, json={"name": "Diambil alih"}
    )
    assert forged.status_code == 401
    dev_key = client.patch(
        "/api/v1/suppliers/9120001234567", headers={"X-API-Key": DEV_OPERATOR_KEY}, json={"name": "Diambil alih"}
    )
    assert dev_key.status_code == 401


def test_the_registry_dev_key_needs_the_shared_dev_mode_too(monkeypatch: pytest.MonkeyPatch, production: str) -> None:
    # PADAN_REGISTRY_DEV_MODE defaults to true; alone it no longer lets the dev key in.
    assert hash_api_key(DEV_OPERATOR_KEY) not in auth_settings(Settings(dev_mode=True)).operator_hashes()
    monkeypatch.delenv("PADAN_AUTH_OPERATOR_KEY_HASHES")
    assert auth_settings(Settings(dev_mode=True)).operator_hashes() == []
    monkeypatch.setenv("PADAN_AUTH_DEV_MODE", "true")
    assert auth_settings(Settings(dev_mode=True)).operator_hashes() == [hash_api_key(DEV_OPERATOR_KEY)]
    assert auth_settings(Settings(dev_mode=False)).operator_hashes() == []


@pytest.mark.parametrize("key", [DEV_OPERATOR_KEY, "short-key"])
def test_registry_operator_keys_in_clear_must_be_real_outside_dev_mode(
    monkeypatch: pytest.MonkeyPatch, production: str, key: str
) -> None:
    monkeypatch.setenv("PADAN_REGISTRY_OPERATOR_API_KEYS", f'["{key}"]')
    with pytest.raises(InsecureSettings, match="OPERATOR_API_KEYS"):
        create_app(Settings())


@pytest.mark.parametrize(
    "signing_secret", ["", DEV_SECRET, "padan-local-signing-secret-not-for-production", "too-short-secret"]
)
def test_padan_run_refuses_to_start_without_a_real_secret(signing_secret: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PADAN_AUTH_")}
    env["PADAN_AUTH_SIGNING_SECRET"] = signing_secret
    env["PADAN_REGISTRY_HTTP_PORT"] = "1"  # never reached: it must stop before listening
    result = subprocess.run(
        [sys.executable, "-m", "padan.cli.main", "run", "registry"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 3, result.stderr[-2000:]
    assert "padan secrets init" in result.stderr and "PADAN_AUTH_SIGNING_SECRET" in result.stderr
    if signing_secret:
        assert signing_secret not in result.stderr  # a refused secret is not echoed into logs
