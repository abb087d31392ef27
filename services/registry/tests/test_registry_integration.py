"""The registry as a process on the real stack: API, feed imports (good, bad, repeated, URL), and the
events it emits (count and content), read back from Kafka."""

from __future__ import annotations

import asyncio
import csv
import http.server
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from padan.cli.kafka_probe import read_events
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, wait_until
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.shared import topics
from padan.shared.outbound import GENERIC_MESSAGE

pytestmark = pytest.mark.integration
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"


@pytest.fixture(scope="module")
def registry(real_stack: StackEndpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    LOGS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    process = ServiceProcess(
        "registry",
        port,
        env={
            "PADAN_REGISTRY_MONGO_DATABASE": unique("registry_it"),
            "PADAN_REGISTRY_IMPORT_SPOOL_DIR": str(tmp_path_factory.mktemp("spool")),
            # Feeds served by the tests themselves, on loopback: reachable only through the allow-list.
            "PADAN_OUTBOUND_ALLOW": '["127.0.0.1/32"]',
        },
        log_path=LOGS / f"{unique('registry')}.log",
    )
    yield process.start()
    process.stop()


def _events(bootstrap: str, topic: str, keys: set[str], expected: int, timeout: float = 30) -> list[dict[str, Any]]:
    """Every event on `topic` whose key is one of `keys`, waiting until `expected` have arrived (then a
    short grace read to catch any extra)."""
    return asyncio.run(read_events(bootstrap, topic, keys, expected, timeout=timeout))


def _nib() -> str:
    return str(uuid.uuid4().int)[:13]


def test_supplier_api_upserts_validates_and_emits_one_event_per_change(
    registry: ServiceProcess, real_stack: StackEndpoints
) -> None:
    nib = _nib()
    body = {"nib": nib, "name": "Tapis Jejama", "region_code": "18.71", "scale": "kecil", "email": "a@b.id"}
    with httpx.Client(base_url=registry.url, headers=OPERATOR) as client:
        assert client.post("/api/v1/suppliers", json=body).json()["created"] is True
        assert client.post("/api/v1/suppliers", json=body).json()["changed"] is False
        changed = client.post("/api/v1/suppliers", json={**body, "scale": "menengah"}).json()
        assert changed["version"] == 2
        supplier_id = changed["id"]
        assert client.get(f"/api/v1/suppliers/{supplier_id}").json()["scale"] == "menengah"
        assert any(
            item["id"] == supplier_id for item in client.get("/api/v1/suppliers", params={"limit": 500}).json()["items"]
        )

        certified = {**body, "scale": "menengah", "certificates": [
            {"kind": "tkdn", "number": "1234/SJ-IND.8/TKDN/2025", "valid_until": "2030-06-30"},
            {"kind": "sni", "number": "SPPT-SNI 0012-2024"},
        ]}  # fmt: skip
        assert client.post("/api/v1/suppliers", json=certified).json()["version"] == 3
        bad = client.post(
            "/api/v1/suppliers",
            json={**body, "nib": "12", "region_code": "99.99",
                  "certificates": [{"kind": "iso", "number": "9001"}, {"kind": "halal", "number": "x", "valid_until": "kemarin"}]},
        )  # fmt: skip
        assert bad.status_code == 422
        fields = {error["field"] for error in bad.json()["errors"]}
        assert fields == {
            "nib",
            "region_code",
            "certificates.0.kind",
            "certificates.1.number",
            "certificates.1.valid_until",
        }
        assert all(error["message_id"] and error["message_en"] for error in bad.json()["errors"])
        assert httpx.post(f"{registry.url}/api/v1/suppliers", json=body).status_code == 401
        assert client.get("/api/v1/suppliers/sup-doesnotexist").status_code == 404

    events = _events(real_stack.kafka_bootstrap, topics.SUPPLIERS, {supplier_id}, expected=3)
    assert [e["version"] for e in events] == [1, 2, 3], [(e["version"], e["headers"]["ce_id"]) for e in events]
    assert events[2]["certificates"] == [
        {"kind": "tkdn", "number": "1234/SJ-IND.8/TKDN/2025", "valid_until": "2030-06-30"},
        {"kind": "sni", "number": "SPPT-SNI 0012-2024", "valid_until": None},
    ]
    assert (
        events[1]["scale"] == "menengah" and events[1]["headers"]["ce_type"] == "id.padan.registry.supplier.upserted.v1"
    )
    assert events[0]["headers"]["ce_id"] != events[1]["headers"]["ce_id"]


def test_product_needs_its_supplier_and_buyers_and_needs_round_trip(
    registry: ServiceProcess, real_stack: StackEndpoints
) -> None:
    nib = _nib()
    with httpx.Client(base_url=registry.url, headers=OPERATOR) as client:
        product = {"supplier_nib": nib, "sku": "T1", "name": "Kain tapis", "price_idr": 1_500_000, "tkdn_percent": 60}
        assert client.post("/api/v1/products", json=product).status_code == 422
        client.post("/api/v1/suppliers", json={"nib": nib, "name": "IKM Uji", "region_code": "18.72", "scale": "mikro"})
        product_id = client.post("/api/v1/products", json=product).json()["id"]
        satker = f"18.{uuid.uuid4().hex[:6]}"
        buyer = client.post(
            "/api/v1/buyers",
            json={"satker_code": satker, "kind": "bumd", "name": "Bank Lampung", "region_code": "18.71"},
        )
        assert buyer.status_code == 200
        need = client.post(
            "/api/v1/needs",
            json={"kode_rup": str(uuid.uuid4().int)[:10], "satker_code": satker, "package_name": "Belanja souvenir tapis",
                  "pagu_idr": 25_000_000, "procurement_method": "e_purchasing", "procurement_type": "barang",
                  "fiscal_year": 2023, "region_code": "18.71"},
        )  # fmt: skip
        assert need.status_code == 200
        assert client.get(f"/api/v1/needs/{need.json()['id']}").json()["buyer_id"] == buyer.json()["id"]
    assert len(_events(real_stack.kafka_bootstrap, topics.PRODUCTS, {product_id}, expected=1)) == 1


def _write_rup_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _rup_row(kode: str, **overrides: Any) -> dict[str, Any]:
    return {
        "kd_rup": kode, "nama_paket": "Belanja seminar kit tapis", "pagu": "150.000.000", "kd_satker": "18.900",
        "metode_pengadaan": "E-Purchasing", "jenis_pengadaan": "Barang", "sumber_dana": "APBD", "tahun_anggaran": "2023",
        "kd_lokasi": "18.71", "status_pdn": "PDN", "status_ukm": "UKM", "uraian_pekerjaan": "tas seminar bermotif tapis",
    } | overrides  # fmt: skip


def _wait_run(registry: ServiceProcess, run_id: str) -> dict[str, Any]:
    def finished() -> dict[str, Any] | None:
        run = httpx.get(f"{registry.url}/api/v1/imports/{run_id}", headers=OPERATOR, timeout=120).json()
        return run if run["status"] in ("completed", "failed") else None

    return wait_until(finished, timeout=240, what=f"import {run_id}")  # type: ignore[no-any-return]


def test_rup_csv_import_keeps_good_rows_reports_bad_ones_and_is_idempotent(
    registry: ServiceProcess, real_stack: StackEndpoints, tmp_path: Path
) -> None:
    base = int(str(uuid.uuid4().int)[:9])
    rows = [_rup_row(str(base + i)) for i in range(5)]
    rows.append(_rup_row(str(base + 5), pagu="banyak"))
    rows.append(_rup_row(str(base + 6), metode_pengadaan="Arisan", kd_lokasi="99.99"))
    path = tmp_path / "rup.csv"
    _write_rup_csv(path, rows)
    with httpx.Client(base_url=registry.url, headers=OPERATOR) as client:
        first = client.post("/api/v1/imports", params={"kind": "rup"}, files={"file": ("rup.csv", path.read_bytes())})
        assert first.status_code == 202
        run = _wait_run(registry, first.json()["run_id"])
        assert (run["status"], run["rows_read"], run["accepted"], run["rejected"]) == ("completed", 7, 5, 2)
        errors = {(e["row"], e["field"]) for e in run["errors"]}
        assert errors == {(6, "pagu_idr"), (7, "procurement_method"), (7, "region_code")}

        again = _wait_run(
            registry,
            client.post(
                "/api/v1/imports", params={"kind": "rup"}, files={"file": ("rup.csv", path.read_bytes())}
            ).json()["run_id"],
        )
        assert (again["accepted"], again["unchanged"], again["rejected"]) == (0, 5, 2)

    need_ids = {aggregate_id(Kind.NEED, str(base + i)) for i in range(5)}
    events = _events(real_stack.kafka_bootstrap, topics.NEEDS, need_ids, expected=5)
    assert len(events) == 5, "a re-import must emit nothing"
    first_event = next(e for e in events if e["need_id"] == aggregate_id(Kind.NEED, str(base)))
    assert first_event["pagu_idr"] == 150_000_000 and first_event["procurement_method"] == "e_purchasing"
    assert first_event["is_umk"] is True and first_event["fiscal_year"] == 2023


def test_ekatalog_json_import_from_a_url(registry: ServiceProcess, real_stack: StackEndpoints, tmp_path: Path) -> None:
    nib = _nib()
    httpx.post(
        f"{registry.url}/api/v1/suppliers",
        headers=OPERATOR,
        json={"nib": nib, "name": "Alsintan Jaya", "region_code": "18.05", "scale": "kecil"},
    )
    products = [
        {"kd_produk": f"EK{i}", "nib_penyedia": nib, "nama_produk": f"Traktor tangan tipe {i}", "harga": 28_500_000,
         "satuan": "unit", "nilai_tkdn": "43,5", "nama_kategori": "alat dan mesin pertanian"}
        for i in range(3)
    ] + [{"kd_produk": "EKX", "nib_penyedia": "0000000000000", "nama_produk": "Tanpa penyedia", "harga": 1}]  # fmt: skip
    (tmp_path / "katalog.json").write_text(json.dumps(products))

    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/katalog.json"
        accepted = httpx.post(
            f"{registry.url}/api/v1/imports/url", headers=OPERATOR, json={"kind": "ekatalog", "url": url}
        )
        assert accepted.status_code == 202
        run = _wait_run(registry, accepted.json()["run_id"])
        again = httpx.post(
            f"{registry.url}/api/v1/imports/url", headers=OPERATOR, json={"kind": "ekatalog", "url": url}
        )
        repeat = _wait_run(registry, again.json()["run_id"])
    finally:
        server.shutdown()
    assert (run["status"], run["accepted"], run["rejected"]) == ("completed", 3, 1)
    assert run["errors"][0]["field"] == "supplier_nib"
    assert (repeat["status"], repeat["accepted"], repeat["unchanged"], repeat["rejected"]) == ("completed", 0, 3, 1)
    product_ids = {aggregate_id(Kind.PRODUCT, f"{nib}/EK{i}") for i in range(3)}
    events = _events(real_stack.kafka_bootstrap, topics.PRODUCTS, product_ids, expected=3)
    assert len(events) == 3, "the repeated file emits nothing"
    assert sorted(e["tkdn_percent"] for e in events) == [43.5, 43.5, 43.5]
    assert {e["name"] for e in events} == {f"Traktor tangan tipe {i}" for i in range(3)}


def test_import_from_url_says_the_same_whatever_the_destination(
    registry: ServiceProcess, real_stack: StackEndpoints
) -> None:
    """No port scanner: a closed port, a port that speaks no HTTP (the store's) and an address the policy
    refuses all end in the same message."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    mongo_port = httpx.URL(real_stack.mongo_url).port
    messages = set()
    for url in (
        f"http://127.0.0.1:{closed_port}/katalog.json",
        f"http://127.0.0.1:{mongo_port}/katalog.json",
        "http://169.254.169.254/latest/katalog.json",
        "http://10.1.2.3:8080/katalog.json",
    ):
        accepted = httpx.post(
            f"{registry.url}/api/v1/imports/url", headers=OPERATOR, json={"kind": "ekatalog", "url": url}
        )
        assert accepted.status_code == 202
        run = _wait_run(registry, accepted.json()["run_id"])
        assert run["status"] == "failed"
        messages.add(run["message"])
    assert messages == {f"unduhan gagal / download failed: {GENERIC_MESSAGE}"}


def test_search_filters_and_partial_update_emit_one_event(registry: ServiceProcess, real_stack: StackEndpoints) -> None:
    token = uuid.uuid4().hex[:8]
    satker = f"18.{token}"
    with httpx.Client(base_url=registry.url, headers=OPERATOR) as client:
        buyer = client.post(
            "/api/v1/buyers",
            json={
                "satker_code": satker,
                "kind": "perangkat_daerah",
                "name": f"Dinas Uji {token}",
                "region_code": "18.04",
            },
        ).json()
        kodes = [str(int(token, 16) % 10**9 + i) for i in range(3)]
        names = [f"Belanja cenderamata tapis {token}", f"Pengadaan traktor tangan {token}", f"Belanja ATK {token}"]
        need_ids = []
        for kode, name in zip(kodes, names, strict=True):
            need_ids.append(
                client.post(
                    "/api/v1/needs",
                    json={"kode_rup": kode, "satker_code": satker, "package_name": name, "pagu_idr": 90_000_000,
                          "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2023,
                          "region_code": "18.04"},
                ).json()["id"]
            )  # fmt: skip
        found = client.get("/api/v1/needs", params={"q": f"TAPIS {token}"}).json()["items"]
        assert [item["kode_rup"] for item in found] == [kodes[0]]
        by_satker = client.get("/api/v1/needs", params={"satker_code": satker, "limit": 2}).json()
        assert len(by_satker["items"]) == 2
        rest = client.get("/api/v1/needs", params={"satker_code": satker, "limit": 2, "offset": 2}).json()["items"]
        assert {i["id"] for i in by_satker["items"] + rest} == set(need_ids)
        assert (
            client.get("/api/v1/needs", params={"q": "(tapis["}).status_code == 200
        )  # regex metacharacters are literal
        assert client.get("/api/v1/buyers", params={"q": f"uji {token}"}).json()["items"][0]["id"] == buyer["id"]

        patched = client.patch(f"/api/v1/needs/{need_ids[1]}", json={"pagu_idr": 120_000_000, "volume": 4})
        assert patched.json() == {"id": need_ids[1], "version": 2, "created": False, "changed": True}
        assert client.patch(f"/api/v1/needs/{need_ids[1]}", json={"pagu_idr": 120_000_000}).json()["changed"] is False
        assert client.patch(f"/api/v1/needs/{need_ids[1]}", json={"kode_rup": "1"}).status_code == 422
        bad = client.patch(f"/api/v1/needs/{need_ids[1]}", json={"pagu_idr": -5})
        assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "pagu_idr"
        assert client.patch("/api/v1/needs/ned-missing", json={"volume": 1}).status_code == 404
        assert httpx.patch(f"{registry.url}/api/v1/needs/{need_ids[1]}", json={"volume": 9}).status_code == 401

    buyer_events = _events(real_stack.kafka_bootstrap, topics.BUYERS, {buyer["id"]}, expected=1)
    assert [(e["satker_code"], e["kind"], e["version"]) for e in buyer_events] == [(satker, "perangkat_daerah", 1)]
    events = _events(real_stack.kafka_bootstrap, topics.NEEDS, {need_ids[1]}, expected=2)
    assert [(e["version"], e["pagu_idr"], e["volume"]) for e in events] == [(1, 90_000_000, None), (2, 120_000_000, 4)]
    assert all(e["buyer_id"] == buyer["id"] for e in events)


def test_lampung_demo_loads_through_the_import_endpoints(registry: ServiceProcess) -> None:
    from padan.registry.demo import P3DN_POTENTIAL, TOTAL_PAGU, lampung_demo, load_lampung_demo

    first = asyncio.run(load_lampung_demo(registry.url, OPERATOR["X-API-Key"]))
    assert first == {"suppliers": 20, "products": 80, "buyers": 22, "needs": 1836}
    # The outbox relay is publishing ~1,900 events meanwhile (slow on FerretDB): allow time per request.
    with httpx.Client(base_url=registry.url, headers=OPERATOR, timeout=300) as client:
        runs = client.get("/api/v1/imports", params={"limit": 200}).json()["items"]
        rup = next(run for run in runs if run["kind"] == "rup" and run["rows_read"] == 1836)
        assert (rup["status"], rup["accepted"], rup["rejected"]) == ("completed", 1836, 0)
        data = lampung_demo()
        sample = [data.needs[0], data.needs[211], data.needs[-1]]
        stored = [client.get(f"/api/v1/needs/{aggregate_id(Kind.NEED, n['kode_rup'])}").json() for n in sample]
        suppliers = [
            client.get(f"/api/v1/suppliers/{aggregate_id(Kind.SUPPLIER, s['nib'])}").json() for s in data.suppliers
        ]
    assert all(s["verified"] for s in suppliers), "the demo's suppliers are loaded by an operator: verified"
    assert [n["pagu_idr"] for n in stored] == [n["pagu_idr"] for n in sample]
    assert sum(n["pagu_idr"] for n in data.needs) == TOTAL_PAGU
    assert sum(n["pagu_idr"] for n in data.needs[:212]) == P3DN_POTENTIAL
    assert all(n["procurement_method"] == "e_purchasing" for n in stored)


@pytest.mark.timeout(1200)  # two service starts and 2,000 events on a shared machine
def test_an_import_cut_short_by_a_crash_resumes_at_restart_without_duplicates(
    real_stack: StackEndpoints, tmp_path: Path
) -> None:
    from pymongo import MongoClient

    port = free_port()
    database = unique("registry_resume")
    env = {"PADAN_REGISTRY_MONGO_DATABASE": database, "PADAN_REGISTRY_IMPORT_SPOOL_DIR": str(tmp_path)}
    log_path = LOGS / f"{database}.log"
    base = int(str(uuid.uuid4().int)[:9])
    rows = [_rup_row(str(base + i)) for i in range(2000)]
    _write_rup_csv(tmp_path / "feed.csv", rows)
    first = ServiceProcess("registry", port, env=env, log_path=log_path).start()
    try:
        run_id = httpx.post(
            f"{first.url}/api/v1/imports", headers=OPERATOR, params={"kind": "rup"}, timeout=120,
            files={"file": ("rup.csv", (tmp_path / "feed.csv").read_bytes())},
        ).json()["run_id"]  # fmt: skip

        def midway() -> bool:
            run = httpx.get(f"{first.url}/api/v1/imports/{run_id}", headers=OPERATOR, timeout=120).json()
            assert run["status"] == "running", run
            return bool(run["checkpoint"] > 0)

        wait_until(midway, timeout=120, interval=0.02, what="a first checkpoint")
    finally:
        first.kill()  # a crash: no graceful shutdown
    second = ServiceProcess("registry", port, env=env, log_path=log_path).start()
    try:
        run = _wait_run(second, run_id)
    finally:
        second.stop()
    assert (run["status"], run["rows_read"], run["rejected"]) == ("completed", 2000, 0), run
    assert run["accepted"] + run["unchanged"] == 2000 and "resumed_at" in run

    # Exactly one event per need: with the service stopped, each need's event is on Kafka (published) or
    # still in its document's outbox (the relay publishes it at the next start), or both with the same
    # CloudEvents id (published, not yet removed), which consumers dedupe on. Publishing all of them
    # through FerretDB on a busy machine would take minutes, so the test reads both places.
    need_ids = {aggregate_id(Kind.NEED, str(base + i)) for i in range(2000)}
    event_ids: dict[str, set[str]] = {need_id: set() for need_id in need_ids}
    with MongoClient(real_stack.mongo_url) as mongo:  # one pass over the test's own small collection
        documents = list(mongo[database].needs.find({}, {"outbox": 1, "version": 1}))
    assert {d["_id"] for d in documents} == need_ids and {d["version"] for d in documents} == {1}
    for document in documents:
        event_ids[document["_id"]].update(entry["id"] for entry in document.get("outbox", []))
    published = len([need_id for need_id, ids in event_ids.items() if not ids])
    events = _events(real_stack.kafka_bootstrap, topics.NEEDS, need_ids, expected=published, timeout=300)
    for event in events:
        assert event["version"] == 1
        event_ids[event["need_id"]].add(event["headers"]["ce_id"])
    assert all(len(ids) == 1 for ids in event_ids.values()), {k: v for k, v in event_ids.items() if len(v) != 1}
