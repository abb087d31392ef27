"""LKPP's datasets into the registry on the real stack: the fixture files (made from ISB's records, see
fixtures/lkpp/SOURCES.md) uploaded through the API, the stored documents and the events on Kafka checked,
then the same datasets pulled again from ISB-style URLs on a local server by `padan registry sync`: nothing
changes, nothing is published, and a sync stopped half-way goes on where it stopped."""

from __future__ import annotations

import asyncio
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from padan.cli.kafka_probe import read_events
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, wait_until
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.entrypoints.cli import app as registry_cli
from padan.registry.handlers.upsert_product import catalog_product_id
from padan.shared import topics

pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
FIXTURES = Path(__file__).parent / "fixtures" / "lkpp"
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"
ORDER = [  # as `padan registry sync` orders them: masters, suppliers, packages and their parts, products
    "RUP-MasterProvinsi", "RUP-MasterKabKota", "Ecat-MasterProvinsi", "Ecat-MasterKabKota", "RUP-MasterSatker",
    "Ecat-PenyediaDetail", "RUP-PaketPenyedia-Terumumkan", "RUP-PaketPenyediaLokasi", "RUP-PaketAnggaranPenyedia",
    "Ecat-ProdukDetail",
]  # fmt: skip


@pytest.fixture(scope="module")
def registry(real_stack: StackEndpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    LOGS.mkdir(parents=True, exist_ok=True)
    process = ServiceProcess(
        "registry",
        free_port(),
        env={
            "PADAN_REGISTRY_MONGO_DATABASE": unique("registry_lkpp"),
            "PADAN_REGISTRY_IMPORT_SPOOL_DIR": str(tmp_path_factory.mktemp("spool")),
            # The sync pulls from a server of the test's own, on loopback: reachable only through the allow-list.
            "PADAN_OUTBOUND_ALLOW": '["127.0.0.1/32"]',
        },
        log_path=LOGS / f"{unique('registry_lkpp')}.log",
    )
    yield process.start()
    process.stop()


def _wait_run(registry: ServiceProcess, run_id: str) -> dict[str, Any]:
    def finished() -> dict[str, Any] | None:
        run = httpx.get(f"{registry.url}/api/v1/imports/{run_id}", headers=OPERATOR, timeout=120).json()
        return run if run["status"] in ("completed", "failed") else None

    return wait_until(finished, timeout=300, what=f"import {run_id}")  # type: ignore[no-any-return]


def _events_since(bootstrap: str, topic: str, keys: set[str], since: str, expected: int) -> list[dict[str, Any]]:
    """This test's events among `keys` (the fixtures' ids are fixed, and a stack kept between runs holds
    earlier runs' events): those that occurred after `since`, read until `expected` have arrived."""

    def mine() -> list[dict[str, Any]] | None:
        events = asyncio.run(read_events(bootstrap, topic, keys, 10**9, timeout=5, grace=0))
        found = [event for event in events if event["occurred_at"] >= since]
        return found if len(found) >= expected else None

    wait_until(mine, timeout=300, what=f"{expected} events on {topic}")
    found = mine()
    assert found is not None
    return found


def _fixture(name: str) -> list[dict[str, Any]]:
    return json.loads((FIXTURES / f"{name}.json").read_text())  # type: ignore[no-any-return]


def _upload_all(registry: ServiceProcess) -> dict[str, dict[str, Any]]:
    """Each dataset once, CSV and JSON alternating; the province lists are named (their fields are the same
    in SIRUP and e-katalog), the others found from their file name or their fields."""
    runs = {}
    with httpx.Client(base_url=registry.url, headers=OPERATOR, timeout=120) as client:
        for position, name in enumerate(ORDER):
            file_format = "csv" if position % 2 else "json"
            path = FIXTURES / f"{name}.{file_format}"
            upload_as = f"ekspor.{file_format}" if position % 3 == 0 and "Provinsi" not in name else path.name
            params = {"dataset": name} if "Provinsi" in name else {}
            response = client.post("/api/v1/imports", params=params, files={"file": (upload_as, path.read_bytes())})
            assert response.status_code == 202, response.text
            runs[name] = _wait_run(registry, response.json()["run_id"])
    return runs


def test_lkpp_datasets_import_join_and_publish_and_a_sync_changes_nothing(
    registry: ServiceProcess, real_stack: StackEndpoints, tmp_path: Path
) -> None:
    since = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    runs = _upload_all(registry)
    assert {name: (run["status"], run["dataset"]) for name, run in runs.items()} == {
        name: ("completed", name) for name in ORDER
    }
    assert all(run["accepted"] + run["unchanged"] >= 0.96 * run["rows_read"] for run in runs.values()), runs
    assert runs["RUP-PaketPenyedia-Terumumkan"]["errors"] == [
        {"row": 21, "field": "pagu_idr", "reason": "wajib diisi / Field required"}
    ]
    assert runs["Ecat-ProdukDetail"]["notes"] == {"supplier_pending": 1, "price_region_unknown": 1}

    packages = _fixture("RUP-PaketPenyedia-Terumumkan")
    products = _fixture("Ecat-ProdukDetail")
    need_ids = {aggregate_id(Kind.NEED, str(p["kd_rup"])) for n, p in enumerate(packages, 1) if n != 21}
    with httpx.Client(base_url=registry.url, headers=OPERATOR, timeout=120) as client:
        needs = {need_id: client.get(f"/api/v1/needs/{need_id}").json() for need_id in need_ids}
        first = needs[aggregate_id(Kind.NEED, str(packages[0]["kd_rup"]))]
        assert {k: first[k] for k in ("kode_rup", "satker_code", "pagu_idr", "procurement_method", "procurement_type",
                                      "region_code", "region_codes", "funding_source", "volume", "unit", "volume_text",
                                      "open", "is_pdn", "is_umk", "fiscal_year", "buyer_id")} == {
            "kode_rup": str(packages[0]["kd_rup"]), "satker_code": "512339", "pagu_idr": packages[0]["pagu"],
            "procurement_method": "pengadaan_langsung", "procurement_type": "jasa_lainnya", "region_code": "32.04",
            "region_codes": ["32.04"], "funding_source": "APBD, BLUD", "volume": 1, "unit": "paket",
            "volume_text": "1 Paket", "open": True, "is_pdn": True, "is_umk": True, "fiscal_year": 2025,
            "buyer_id": aggregate_id(Kind.BUYER, "512339"),
        }  # fmt: skip
        spread = needs[aggregate_id(Kind.NEED, str(packages[2]["kd_rup"]))]
        assert (spread["region_code"], spread["region_codes"]) == ("32", ["32.04", "32.17"])
        withdrawn = needs[aggregate_id(Kind.NEED, str(packages[9]["kd_rup"]))]
        assert withdrawn["open"] is False
        buyer = client.get(f"/api/v1/buyers/{aggregate_id(Kind.BUYER, '512339')}").json()
        assert (buyer["name"], buyer["kind"], buyer["region_code"]) == (
            "DINAS TENAGA KERJA",
            "perangkat_daerah",
            "32.04",
        )
        suppliers = client.get("/api/v1/suppliers", params={"limit": 100}).json()["items"]
        by_name = {s["name"]: s for s in suppliers}
        assert len(suppliers) == 23 and by_name["PT.INET GLOBAL INDO"]["region_code"] == "32.04"
        assert (by_name["CV.PARAMITRA TEKNIK"]["scale"], by_name["CV.PARAMITRA TEKNIK"]["scale_known"]) == (
            "besar",
            False,
        )
        media = client.get(f"/api/v1/products/{catalog_product_id(str(products[12]['kd_produk']))}").json()
        assert media["supplier_id"] == by_name["PT MEDIA DATA SOLUSINDO"]["id"]
        rapat = client.get(f"/api/v1/products/{catalog_product_id(str(products[1]['kd_produk']))}").json()
        prices = {p["kabupatenId"]: p["harga"] for p in json.loads(products[1]["harga"])}
        assert rapat["regional_prices"] == sorted(
            [{"region_code": code, "price_idr": prices[kab]}
             for kab, code in ((3186, "32.04"), (3187, "32.17"), (3188, "32.73"), (3189, "32.77"), (3190, "32.11"))],
            key=lambda p: p["region_code"],
        )  # fmt: skip
        assert rapat["price_idr"] == min(prices.values()) and rapat["active"] is True

    # Every version of every need is one event on Kafka, the last one carrying the stored state.
    versions = sum(need["version"] for need in needs.values())
    events = _events_since(real_stack.kafka_bootstrap, topics.NEEDS, need_ids, since, versions)
    assert len(events) == versions
    latest = {e["need_id"]: e for e in sorted(events, key=lambda e: e["version"])}
    for need_id, need in needs.items():
        assert [e["version"] for e in events if e["need_id"] == need_id] == list(range(1, need["version"] + 1))
        assert {k: latest[need_id][k] for k in ("region_code", "region_codes", "funding_source", "pagu_idr", "open",
                                                "volume_text")} == {
            k: need[k] for k in ("region_code", "region_codes", "funding_source", "pagu_idr", "open", "volume_text")
        }  # fmt: skip
    product_ids = {catalog_product_id(str(p["kd_produk"])) for p in products}
    product_events = _events_since(real_stack.kafka_bootstrap, topics.PRODUCTS, product_ids, since, 25)
    assert len(product_events) == 25
    assert {e["product_id"]: e["regional_prices"] for e in product_events}[rapat["id"]] == rapat["regional_prices"]

    # The same datasets from ISB-style URLs (year and KLPD in the path) on a local server: nothing changes.
    served = tmp_path / "isb" / "2025:D107"
    served.mkdir(parents=True)
    for name in ORDER:
        shutil.copy(FIXTURES / f"{name}.json", served / f"{name}.json")
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    sources = [
        arg
        for name in ORDER
        for arg in ("--source", f"{name}=http://127.0.0.1:{port}/isb/{{year}}:{{klpd}}/{name}.json")
    ]
    common = [*sources, "--year", "2025", "--klpd", "D107", "--registry-url", registry.url]
    state = tmp_path / "sync-state.json"
    try:
        halfway = [f"http://127.0.0.1:{port}/isb/2025:D107/{name}.json" for name in ORDER[:4]]
        state.write_text(json.dumps({"cycle": "stopped", "runs": {}, "done": halfway}))
        resumed = CliRunner().invoke(registry_cli, ["sync", *common, "--state", str(state)])
        assert resumed.exit_code == 0, resumed.output
        summary = json.loads(resumed.stdout.strip().splitlines()[-1])
        assert (summary["cycle"], summary["runs"], summary["failed"], summary["accepted"]) == ("stopped", 6, 0, 0)
        again = CliRunner().invoke(registry_cli, ["sync", *common, "--state", str(state)])
        assert again.exit_code == 0, again.output
        summary = json.loads(again.stdout.strip().splitlines()[-1])
        assert (summary["runs"], summary["failed"], summary["accepted"]) == (10, 0, 0) and summary["cycle"] != "stopped"
    finally:
        server.shutdown()
    later = _events_since(real_stack.kafka_bootstrap, topics.NEEDS, need_ids, since, versions)
    assert len(later) == versions, "a sync of unchanged data publishes nothing"
