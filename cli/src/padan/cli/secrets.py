"""`padan secrets init`: the secrets a deployment starts with, generated once (docs/security.md, "Secrets").

- For docker compose: `.env.secrets` (mode 600, never overwritten), read by every service through the
  compose file's `env_file`. It holds the JWT signing secret and the sha256 of a generated operator key;
  the key itself is printed once and stored nowhere.
- For Kubernetes: a Secret `padan-secrets` with the keys the Deployments read, printed (as JSON, which
  kubectl reads like YAML) for `kubectl create -f -` (create, not apply: an existing Secret is never
  replaced by accident).
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from padan.shared.auth import hash_api_key

#: Bytes of randomness: 48 for the signing secret (64 URL-safe characters, above HS256's 32), 32 for a key.
SIGNING_SECRET_BYTES = 48
OPERATOR_KEY_BYTES = 32
DEFAULT_ENV_FILE = Path(".env.secrets")
#: The keys of the Secret `padan-secrets` the Deployments in deploy/k8s/base read.
KUBERNETES_KEYS = ("mongo-url", "auth-signing-secret", "operator-key-hashes", "smtp-password")


@dataclass(frozen=True)
class Generated:
    signing_secret: str
    operator_key: str

    @property
    def operator_key_hashes(self) -> str:
        return json.dumps([hash_api_key(self.operator_key)])


def generate() -> Generated:
    return Generated(
        signing_secret=secrets.token_urlsafe(SIGNING_SECRET_BYTES),
        operator_key=secrets.token_urlsafe(OPERATOR_KEY_BYTES),
    )


def env_file_text(generated: Generated, at: datetime | None = None) -> str:
    """Single-quoted values: read literally by docker compose, python-dotenv and a shell alike."""
    stamp = (at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"# Rahasia Padan, dibuat `padan secrets init` pada {stamp}. Jangan dibagikan, jangan di-commit.\n"
        f"# Padan secrets, made by `padan secrets init` at {stamp}. Keep private (mode 600), never commit.\n"
        "PADAN_AUTH_DEV_MODE='false'\n"
        f"PADAN_AUTH_SIGNING_SECRET='{generated.signing_secret}'\n"
        f"PADAN_AUTH_OPERATOR_KEY_HASHES='{generated.operator_key_hashes}'\n"
    )


def write_env_file(path: Path, generated: Generated) -> bool:
    """Write the file once, readable by its owner only; False (and nothing written) when it exists."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(env_file_text(generated))
    return True


def kubernetes_secret(generated: Generated, namespace: str, mongo_url: str, smtp_password: str = "") -> str:
    document: dict[str, Any] = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {
            "name": "padan-secrets",
            "namespace": namespace,
            "labels": {"app.kubernetes.io/part-of": "padan"},
        },
        "type": "Opaque",
        "stringData": {
            "mongo-url": mongo_url,
            "auth-signing-secret": generated.signing_secret,
            "operator-key-hashes": generated.operator_key_hashes,
            "smtp-password": smtp_password,
        },
    }
    return json.dumps(document, indent=2) + "\n"
