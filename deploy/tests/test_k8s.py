"""Kubernetes manifests: schema-valid (deploy/k8s/validate.sh: kustomize + kubeconform, offline), and saying
what the services need: probes, resources, settings they read, and the matcher scaled on its Kafka lag."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from padan.cli.secrets import KUBERNETES_KEYS, generate, kubernetes_secret
from padan.cli.services import DEFAULT_PORTS, SERVICES, ServiceEntry
from padan.matcher.settings import Settings as MatcherSettings
from padan.shared import topics
from padan.shared.auth import AuthSettings, insecure_setting_problems

K8S = Path(__file__).resolve().parents[1] / "k8s"
ROOT = K8S.parents[1]
TARGETS = ("base", "overlays-local", "overlays-production")
_SUMMARY = re.compile(r"Summary: (\d+) resources found in \d+ files? - Valid: (\d+), Invalid: (\d+), Errors: (\d+)")


def _validate(k8s_dir: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "PADAN_CACHE": str(ROOT / ".padan" / "cache"),
        "PADAN_K8S_OUT": str(out),
    }
    return subprocess.run(
        ["bash", str(k8s_dir / "validate.sh")], capture_output=True, text=True, env=env, timeout=900, check=False
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[dict[str, Any]]]]:
    out = tmp_path_factory.mktemp("k8s")
    result = _validate(K8S, out)
    assert result.returncode == 0, result.stdout + result.stderr
    summaries = [tuple(map(int, match)) for match in _SUMMARY.findall(result.stdout)]
    assert len(summaries) == len(TARGETS), result.stdout
    for found, valid, invalid, errors in summaries:
        assert found > 0 and valid == found and invalid == errors == 0, result.stdout
    yield {
        target: [doc for doc in yaml.safe_load_all((out / f"{target}.yaml").read_text()) if doc] for target in TARGETS
    }


def _one(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    (doc,) = [d for d in docs if d["kind"] == kind and d["metadata"]["name"].startswith(name)]
    return doc


def test_validation_rejects_misspelt_fields(tmp_path: Path) -> None:
    broken = tmp_path / "k8s"
    shutil.copytree(K8S, broken)
    deployment = broken / "base" / "matcher.yaml"
    deployment.write_text(deployment.read_text().replace("livenessProbe:", "livenesProbe:"))
    scaled = broken / "base" / "keda-scaledobject.yaml"
    scaled.write_text(scaled.read_text().replace("maxReplicaCount: 6", "maxReplicaCont: 6"))
    result = _validate(broken, tmp_path / "out")
    assert result.returncode != 0
    assert "'livenesProbe' not allowed" in result.stdout
    assert "'maxReplicaCont' not allowed" in result.stdout


@pytest.mark.parametrize("target", TARGETS)
def test_each_service_has_probes_resources_and_its_port(rendered: dict[str, list[dict[str, Any]]], target: str) -> None:
    docs = rendered[target]
    for name in SERVICES:
        deployment = _one(docs, "Deployment", name)
        (container,) = deployment["spec"]["template"]["spec"]["containers"]
        assert container["args"] == ["run", name]
        assert container["ports"][0]["containerPort"] == DEFAULT_PORTS[name]
        assert container["livenessProbe"]["httpGet"]["path"] == "/health"
        assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
        assert set(container["resources"]) == {"requests", "limits"}
        annotations = deployment["spec"]["template"]["metadata"]["annotations"]
        assert annotations["prometheus.io/port"] == str(DEFAULT_PORTS[name])
        service = _one(docs, "Service", name)
        assert service["spec"]["ports"][0]["port"] == DEFAULT_PORTS[name]


def _keda_kafka_parameters() -> set[str]:
    """The trigger metadata the KEDA Kafka scaler reads, from its source in the KEDA Go module."""
    download = subprocess.run(
        ["go", "mod", "download", "-json", "github.com/kedacore/keda/v2@v2.21.0"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "GOFLAGS": "-mod=mod"},
    )
    source = (Path(json.loads(download.stdout)["Dir"]) / "pkg/scalers/kafka_scaler.go").read_text()
    names = set()
    for name, order in re.findall(r'keda:"name=(\w+),order=([\w;]+)', source):
        if "triggerMetadata" in order:
            names.add(name)
            if "resolvedEnv" in order:
                names.add(f"{name}FromEnv")
    return names


def test_matcher_scales_on_the_lag_of_its_group_within_the_partitions(
    rendered: dict[str, list[dict[str, Any]]],
) -> None:
    needs = next(spec for spec in topics.TOPICS if spec.name == topics.NEEDS)
    parameters = _keda_kafka_parameters()
    for target in TARGETS:
        scaled = _one(rendered[target], "ScaledObject", "matcher")["spec"]
        assert scaled["scaleTargetRef"]["name"] == "matcher"
        assert 1 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"] <= needs.partitions
        (trigger,) = scaled["triggers"]
        metadata = trigger["metadata"]
        assert trigger["type"] == "kafka"
        assert metadata["consumerGroup"] == MatcherSettings().group_id
        assert metadata["topic"] == needs.name
        assert int(metadata["lagThreshold"]) > 0
        assert metadata["allowIdleConsumers"] == "false"  # never more consumers than partitions
        assert set(metadata) <= parameters, set(metadata) - parameters
        matcher = _one(rendered[target], "Deployment", "matcher")
        assert "replicas" not in matcher["spec"]  # KEDA owns the replica count


def _settings_fields(service: str) -> set[str]:
    return set(type(ServiceEntry(service).settings()).model_fields)


def _is_read(variable: str) -> bool:
    """True when some part of Padan reads this environment variable."""
    if variable in ("PADAN_KAFKA_BOOTSTRAP", "PADAN_MONGO_URL", "PADAN_MONGO_MAX_POOL_SIZE", "PADAN_STORE_PROFILE"):
        return True  # padan.shared.settings defaults
    if variable.startswith(("OTEL_", "PYTHON")):
        return True  # OpenTelemetry SDK (padan.shared.tracing) and the interpreter
    if variable.startswith("PADAN_AUTH_"):
        return variable.removeprefix("PADAN_AUTH_").lower() in AuthSettings.model_fields
    for service in SERVICES:
        prefix = f"PADAN_{service.upper()}_"
        if variable.startswith(prefix):
            return variable.removeprefix(prefix).lower() in _settings_fields(service)
    return False


def test_config_and_secret_variables_are_settings_the_services_read(
    rendered: dict[str, list[dict[str, Any]]],
) -> None:
    for target in TARGETS:
        docs = rendered[target]
        config = _one(docs, "ConfigMap", "padan-config")["data"]
        unread = [name for name in config if not _is_read(name)]
        assert not unread, f"{target}: nobody reads {unread}"
        for name in SERVICES:
            (container,) = _one(docs, "Deployment", name)["spec"]["template"]["spec"]["containers"]
            for variable in container["env"]:
                assert "secretKeyRef" in variable["valueFrom"], variable  # plain values belong in the ConfigMap
                if variable["name"] == "PADAN_NOTIFIER_SMTP_PASSWORD" and "smtp_password" not in _settings_fields(
                    "notifier"
                ):
                    continue  # mapped ahead of the notifier's SMTP settings (docs/RUNBOOK.md, Secrets)
                assert _is_read(variable["name"]), f"{target} {name}: nobody reads {variable['name']}"


def test_no_overlay_carries_a_secret_or_dev_mode_and_the_generated_secret_has_every_key(
    rendered: dict[str, list[dict[str, Any]]],
) -> None:
    generated = json.loads(kubernetes_secret(generate(), "padan-local", "mongodb://mongo:27017"))
    assert generated["kind"] == "Secret" and generated["metadata"]["name"] == "padan-secrets"
    assert set(generated["stringData"]) == set(KUBERNETES_KEYS)
    assert not insecure_setting_problems(
        AuthSettings(
            dev_mode=True,  # only to build the settings; the check below is the one a non-dev start runs
            signing_secret=generated["stringData"]["auth-signing-secret"],
            operator_key_hashes=json.loads(generated["stringData"]["operator-key-hashes"]),
        )
    )
    for target in TARGETS:
        docs = rendered[target]
        # Secrets stay out of git: no Secret is rendered, the Deployments name the one created beforehand.
        assert not [d for d in docs if d["kind"] == "Secret"], target
        config = _one(docs, "ConfigMap", "padan-config")["data"]
        assert config["PADAN_AUTH_DEV_MODE"] == "false" and config["PADAN_REGISTRY_DEV_MODE"] == "false", target
        used = {
            variable["valueFrom"]["secretKeyRef"]["key"]
            for name in SERVICES
            for variable in _one(docs, "Deployment", name)["spec"]["template"]["spec"]["containers"][0]["env"]
        }
        assert used <= set(generated["stringData"]), target
