"""The dashboard's pages at the demo's size: how long an official waits for each, first view and again.

    uv run python -m bench.dashboard_pages                 # 5 rounds
    uv run python -m bench.dashboard_pages --rounds 10

Same stack as bench/idle_latency.py (the four services as processes, the Lampung demo loaded through the
registry and matched, on a stack of its own), then for each round: one new need is posted and awaited on its
package page, which renews reporting's generation token and so empties the pages' cache (what a meeting
meets right after any change), and every page below is fetched twice: `cold` (first view after the change,
what the store costs) and `warm` (the same page again, from the cache until the next change).

Pages: the dashboard, the packages table (first page, page 2, the last page, one stage, one product group),
deals, suppliers, one package. Prints median and worst per page and writes bench/results/dashboard_pages.json,
with the machine's load average. Ports: PADAN_BENCH_KAFKA_PORT / PADAN_BENCH_MONGO_PORT (default 29196 /
27141), home PADAN_BENCH_HOME (.padan/bench-pages).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bench.idle_latency import load_demo, start_services, wait_idle
from padan.cli import stack
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.shared.auth import DEV_OPERATOR_KEY

RESULTS = Path(__file__).parent / "results" / "dashboard_pages.json"
PAGES = {
    "dashboard": "/",
    "packages, page 1": "/paket",
    "packages, page 2": "/paket?halaman=2",
    "packages, last page": "/paket?halaman=19",
    "packages, one stage": "/paket?stage=1",
    "packages, one group": "/paket?group=tapis",
    "deals": "/kesepakatan",
    "suppliers": "/penyedia",
}


async def renew_generation(client: httpx.AsyncClient, registry: str, reporting: str) -> str:
    """Post one need and wait until reporting shows it: its flush renewed the token the pages' cache keys on."""
    kode_rup = f"{80_000_000 + uuid.uuid4().int % 10**6}"
    body = {
        "kode_rup": kode_rup, "satker_code": "18.001", "package_name": "Belanja souvenir khas Lampung",
        "pagu_idr": 75_000_000, "procurement_method": "e_purchasing", "procurement_type": "barang",
        "fiscal_year": 2023, "region_code": "18.71",
    }  # fmt: skip
    (
        await client.post(f"{registry}/api/v1/needs", json=body, headers={"X-API-Key": DEV_OPERATOR_KEY})
    ).raise_for_status()
    need_id = aggregate_id(Kind.NEED, kode_rup)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        response = await client.get(f"{reporting}/api/v1/needs/{need_id}")
        if response.status_code == 200 and response.json().get("matches"):
            await asyncio.sleep(2.0)  # the batch's second step (the suppliers) and its token
            return need_id
        await asyncio.sleep(0.05)
    raise TimeoutError("the new need did not reach the package page")


async def timed(client: httpx.AsyncClient, url: str) -> tuple[float, int]:
    started = time.perf_counter()
    response = await client.get(url)
    return time.perf_counter() - started, response.status_code


async def measure(args: argparse.Namespace, home: Path) -> dict[str, Any]:
    processes = start_services(home)
    try:
        registry, reporting = processes["registry"].url, processes["reporting"].url
        loaded = await load_demo(registry)
        settle = await wait_idle(reporting, args.quiet, args.settle_timeout)
        times: dict[str, dict[str, list[float]]] = {}
        async with httpx.AsyncClient(timeout=120) as client:
            for _ in range(args.rounds):
                need_id = await renew_generation(client, registry, reporting)
                for name, path in {**PAGES, "one package": f"/paket/{need_id}"}.items():
                    for view in ("cold", "warm"):
                        seconds, status = await timed(client, reporting + path)
                        if status != 200:
                            raise RuntimeError(f"{path} answered {status}")
                        times.setdefault(name, {}).setdefault(view, []).append(seconds)
        return {
            "demo_loaded": loaded,
            "settle_seconds": round(settle, 1),
            "rounds": args.rounds,
            "pages": {
                name: {
                    view: {"median_ms": round(1000 * statistics.median(v), 1), "max_ms": round(1000 * max(v), 1)}
                    for view, v in views.items()
                }
                for name, views in times.items()
            },
        }
    finally:
        for process in processes.values():
            process.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quiet", type=float, default=15.0, help="seconds without change that count as idle")
    parser.add_argument("--settle-timeout", type=float, default=1800.0)
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    cfg = stack.StackConfig.from_env(
        home=Path(os.environ.get("PADAN_BENCH_HOME", stack.repo_root() / ".padan" / "bench-pages")),
        kafka_port=int(os.environ.get("PADAN_BENCH_KAFKA_PORT", "29196")),
        mongo_port=int(os.environ.get("PADAN_BENCH_MONGO_PORT", "27141")),
    )
    stack.reset(cfg)
    stack.up(cfg)
    os.environ["PADAN_KAFKA_BOOTSTRAP"] = cfg.kafka_bootstrap
    os.environ["PADAN_MONGO_URL"] = cfg.mongo_url
    try:
        load_before = os.getloadavg()
        result = asyncio.run(measure(args, cfg.home / "services"))
        load_after = os.getloadavg()
    finally:
        stack.down(cfg)
    result = {
        "bench": "dashboard_pages",
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
        },
        **result,
    }
    print(f"dashboard pages at the demo size, {args.rounds} rounds (load {load_before[0]:.1f} -> {load_after[0]:.1f}):")
    for name, views in result["pages"].items():
        cold, warm = views["cold"], views["warm"]
        print(
            f"  {name:22} cold median {cold['median_ms']:7.1f} ms, worst {cold['max_ms']:7.1f} ms; "
            f"warm median {warm['median_ms']:6.1f} ms"
        )
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
