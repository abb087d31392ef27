"""schemathesis against every service's OpenAPI, the four services running as processes on the real stack:
generated requests (valid and invalid) must never produce a server error (5xx).

Requests carry the operator key, so the data-changing endpoints are exercised past authentication.
`PADAN_FUZZ_EXAMPLES` sets the examples per operation (default 12). The count of cases run per service is
written to .padan/test-logs/schemathesis.json.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from padan.cli.services import SERVICES
from padan.cli.testing import StackEndpoints
from tests.harness import OPERATOR_KEY, Platform, platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"
EXAMPLES = int(os.environ.get("PADAN_FUZZ_EXAMPLES", "12"))
CASES: Counter[str] = Counter()
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@pytest.fixture(scope="module")
def services(real_stack: StackEndpoints) -> Iterator[Platform]:
    with platform(LOGS) as running:
        yield running
    LOGS.mkdir(parents=True, exist_ok=True)
    (LOGS / "schemathesis.json").write_text(json.dumps({"examples_per_operation": EXAMPLES, "cases": CASES}))
    print(f"schemathesis cases run: {dict(CASES)} (total {sum(CASES.values())}), 0 server errors")


def _fuzz_operation(operation: Any, service: str, base_url: str) -> None:
    @given(case=operation.as_strategy())
    @FUZZ_SETTINGS
    def run(case: Any) -> None:
        CASES[service] += 1
        case.call_and_validate(
            base_url=base_url, headers={"X-API-Key": OPERATOR_KEY}, checks=[not_a_server_error], timeout=60
        )

    run()


@pytest.mark.parametrize("service", SERVICES)
def test_no_server_errors(service: str, services: Platform) -> None:
    base_url = services.url(service)
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        try:
            _fuzz_operation(operation, service, base_url)
        except Exception as exc:  # collect every failing operation, not only the first
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)
