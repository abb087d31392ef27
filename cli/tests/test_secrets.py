"""`padan secrets init`: generated once, private, strong enough for a non-dev start; and a service started
on them (dev mode off) takes the generated operator key and refuses the dev key and dev-signed tokens."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import httpx
import jwt
import pytest
from typer.testing import CliRunner

from padan.cli import secrets as padan_secrets
from padan.cli.main import app as padan_cli
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique
from padan.shared.auth import DEV_OPERATOR_KEY, DEV_SECRET, AuthSettings, hash_api_key, insecure_setting_problems

LOGS = Path(__file__).resolve().parents[2] / ".padan" / "test-logs"


def _read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value.strip("'")
    return values


def test_init_writes_a_private_file_once_and_shows_the_key_once(tmp_path: Path) -> None:
    target = tmp_path / ".env.secrets"
    first = CliRunner().invoke(padan_cli, ["secrets", "init", "--env-file", str(target)])
    assert first.exit_code == 0, first.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    values = _read_env_file(target)
    key = first.output.strip().splitlines()[-1]
    assert json.loads(values["PADAN_AUTH_OPERATOR_KEY_HASHES"]) == [hash_api_key(key)]
    assert key not in target.read_text()  # only its hash is stored
    assert values["PADAN_AUTH_DEV_MODE"] == "false"
    settings = AuthSettings(
        dev_mode=False,
        signing_secret=values["PADAN_AUTH_SIGNING_SECRET"],
        operator_key_hashes=json.loads(values["PADAN_AUTH_OPERATOR_KEY_HASHES"]),
    )
    assert insecure_setting_problems(settings) == []

    before = target.read_text()
    second = CliRunner().invoke(padan_cli, ["secrets", "init", "--env-file", str(target)])
    assert second.exit_code == 0 and "left unchanged" in second.output
    assert target.read_text() == before


def test_every_run_generates_different_secrets() -> None:
    runs = [padan_secrets.generate() for _ in range(3)]
    assert len({r.signing_secret for r in runs}) == 3 and len({r.operator_key for r in runs}) == 3
    assert all(len(r.signing_secret) >= 64 for r in runs)


@pytest.mark.integration
def test_a_service_on_generated_secrets_takes_its_key_and_refuses_the_dev_ones(
    real_stack: StackEndpoints, tmp_path: Path
) -> None:
    target = tmp_path / ".env.secrets"
    result = CliRunner().invoke(padan_cli, ["secrets", "init", "--env-file", str(target)])
    key = result.output.strip().splitlines()[-1]
    database = unique("secrets_it")
    LOGS.mkdir(parents=True, exist_ok=True)
    registry = ServiceProcess(
        "registry",
        free_port(),
        env={**_read_env_file(target), "PADAN_REGISTRY_MONGO_DATABASE": database},
        log_path=LOGS / f"{database}.log",
    ).start(ready_timeout=120)
    try:
        supplier = {"nib": "9120009876543", "name": "Kopi Lereng Tanggamus", "region_code": "18.06", "scale": "mikro"}
        url = f"{registry.url}/api/v1/suppliers"
        assert httpx.post(url, json=supplier, headers={"X-API-Key": key}).status_code == 200
        assert httpx.post(url, json=supplier, headers={"X-API-Key": DEV_OPERATOR_KEY}).status_code == 401
        forged = jwt.encode(
            {"sub": "x", "role": "operator", "typ": "access", "aud": "padan-api", "sid": "s", "exp": 4102444800},
            DEV_SECRET,
            algorithm="HS256",
        )
        assert httpx.post(url, json=supplier, headers={"Authorization": f"Bearer {forged}"}).status_code == 401
    finally:
        registry.stop()
