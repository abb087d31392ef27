"""The Grafana dashboard charts only metrics the services expose on /metrics."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client.metrics import MetricWrapperBase
from prometheus_client.parser import text_string_to_metric_families

from padan.shared import metrics as padan_metrics
from padan.shared.http import install_common

DASHBOARD = Path(__file__).resolve().parents[1] / "grafana" / "padan.json"
_METRIC = re.compile(r"\b(padan_[a-z_]+)\b")
_SERIES_SUFFIXES = ("_bucket", "_sum", "_count", "_total", "_created")


def _exposed_families() -> set[str]:
    async def fine() -> None:
        return None

    app = FastAPI()
    install_common(app, {"always": fine})
    with TestClient(app) as client:
        text = client.get("/metrics").text
    return {family.name for family in text_string_to_metric_families(text)}


def _family(series: str) -> str:
    for suffix in _SERIES_SUFFIXES:
        if series.endswith(suffix):
            return series.removesuffix(suffix)
    return series


def _panels() -> list[dict[str, object]]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [panel for panel in dashboard["panels"] if panel["type"] != "row"]


def test_dashboard_is_valid_json_with_unique_panel_ids() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    assert {variable["name"] for variable in dashboard["templating"]["list"]} == {"datasource", "service"}
    assert all(panel["gridPos"]["w"] > 0 for panel in dashboard["panels"])


def test_every_metric_a_panel_uses_is_exposed_by_the_services() -> None:
    exposed = _exposed_families()
    used: set[str] = set()
    for panel in _panels():
        targets = panel["targets"]
        assert isinstance(targets, list) and targets, panel["title"]
        for target in targets:
            names = _METRIC.findall(target["expr"])
            assert names, f"{panel['title']}: no padan metric in {target['expr']!r}"
            for name in names:
                assert _family(name) in exposed, f"{panel['title']}: {name} is not on /metrics"
                used.add(_family(name))
    # And the dashboard shows every family the shared plumbing records.
    assert used >= _shared_families()


def _shared_families() -> set[str]:
    collectors = [value for value in vars(padan_metrics).values() if isinstance(value, MetricWrapperBase)]
    return {family.name for collector in collectors for family in collector.collect()}
