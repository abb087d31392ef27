"""docker-compose.yml is checked without a Docker engine: structure, health checks, and settings that exist."""

from __future__ import annotations

from pathlib import Path

import yaml

from padan.cli.services import DEFAULT_PORTS, SERVICES
from padan.shared.settings import ServiceSettings

COMPOSE = yaml.safe_load((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())


def test_official_images_and_health_checks() -> None:
    services = COMPOSE["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:4.")
    assert services["mongo"]["image"].startswith("mongo:")
    for name in ("kafka", "mongo", *SERVICES):
        assert "healthcheck" in services[name], name


def test_each_service_runs_itself_on_its_port_after_topics_exist() -> None:
    services = COMPOSE["services"]
    for name in SERVICES:
        service = services[name]
        assert service["command"] == ["run", name]
        assert service["ports"] == [f"{DEFAULT_PORTS[name]}:{DEFAULT_PORTS[name]}"]
        assert str(DEFAULT_PORTS[name]) in " ".join(service["healthcheck"]["test"])
        assert service["depends_on"]["topics"]["condition"] == "service_completed_successfully"
        assert service["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_environment_names_are_settings_the_services_read() -> None:
    fields = set(ServiceSettings.model_fields)
    for name in SERVICES:
        for variable in COMPOSE["services"][name]["environment"]:
            if variable.startswith(("PADAN_AUTH_", "OTEL_")):
                continue  # AuthSettings; the OpenTelemetry SDK (padan.shared.tracing)
            if variable in (
                "PADAN_KAFKA_BOOTSTRAP",
                "PADAN_MONGO_URL",
                "PADAN_MONGO_MAX_POOL_SIZE",
                "PADAN_STORE_PROFILE",
            ):
                continue  # read by the settings' defaults (padan.shared.settings)
            prefix = f"PADAN_{name.upper()}_"
            assert variable.startswith(prefix), variable
            assert variable.removeprefix(prefix).lower() in fields, variable


def test_services_run_without_dev_mode_on_generated_secrets_kept_out_of_git() -> None:
    root = Path(__file__).resolve().parents[2]
    for name in SERVICES:
        service = COMPOSE["services"][name]
        environment = service["environment"]
        assert environment["PADAN_AUTH_DEV_MODE"] == "false", name
        assert service["env_file"] == ".env.secrets", name
        # No secret (and no fallback for one) in the compose file itself.
        assert not [v for v in environment if "SECRET" in v or "KEY" in v or "PASSWORD" in v], name
    assert ".env.secrets" in (root / ".gitignore").read_text().splitlines()
