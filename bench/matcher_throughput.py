"""Matcher end to end through Kafka: one replica as a real process on the real stack.

    uv run python -m bench.matcher_throughput                                   # 20k products, 2k needs
    uv run python -m bench.matcher_throughput --products 100000 --needs 5000 --rate 50 --seconds 60

1. Catalog: N products (the registry's scalable generator) published to registry.products.v1; time until
   the replica has them all in its in-memory index, and the replica's peak RSS.
2. Burst: M needs published at once; needs/s until the replica has handled them all (its own counter).
3. Steady: needs at a fixed rate; per need, the time from the need's record on registry.needs.v1 to its
   first match on matcher.matches.v1 (broker timestamps), p50 / p99.
4. Reference: raw bm25s on the same product texts and the burst's need texts (index, then top 10 in one
   batch on one thread), the plain-BM25 speed the issue compares against.

Starts its own Kafka + FerretDB stack under .padan/bench-matcher (ports 29393/27338) unless
PADAN_KAFKA_BOOTSTRAP and PADAN_MONGO_URL are set. Writes bench/results/matcher_throughput.json.
The in-memory ranking alone (no Kafka, no store) is measured by bench.matcher_index.
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

import bm25s
import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from padan.cli.kafka_probe import skip_history
from padan.cli.testing import ServiceProcess, free_port, wait_until
from padan.registry.demo import scaled_needs, scaled_products, scaled_suppliers
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.events import Event, NeedUpserted, ProductUpserted, SupplierUpserted
from padan.shared.kafka import end_offsets, ensure_topics

RESULTS = Path(__file__).parent / "results" / "matcher_throughput.json"
NOW = datetime.now(UTC)
NEEDS_OK = 'padan_events_consumed_total{outcome="ok",service="matcher",topic="registry.needs.v1"}'
OUTBOX_BACKLOG = 'padan_outbox_backlog{service="matcher"}'


def _supplier_id(index: int) -> str:
    return f"sup-bench-{index}"


def catalog_events(products: int) -> list[Event]:
    suppliers = max(1, products // 50)
    events: list[Event] = [
        SupplierUpserted(
            supplier_id=_supplier_id(i), nib=row["nib"], name=row["name"], region_code=row["region_code"],
            scale=row["scale"], version=1, occurred_at=NOW,
        )
        for i, row in enumerate(scaled_suppliers(suppliers))
    ]  # fmt: skip
    for i, row in enumerate(scaled_products(products, suppliers)):
        events.append(
            ProductUpserted(
                product_id=f"pro-bench-{i}", supplier_id=_supplier_id(i % suppliers), name=row["nama_produk"],
                description=row["deskripsi"], category=row["nama_kategori"], price_idr=row["harga"],
                monthly_capacity=row["kapasitas_bulanan"], tkdn_percent=row["nilai_tkdn"], version=1,
                occurred_at=NOW,
            )
        )  # fmt: skip
    return events


def need_events(count: int, run: str) -> list[NeedUpserted]:
    return [
        NeedUpserted(
            need_id=f"ned-{run}-{i}", kode_rup=row["kd_rup"], buyer_id=f"buy-{row['kd_satker']}",
            satker_code=row["kd_satker"], package_name=row["nama_paket"], pagu_idr=row["pagu"],
            procurement_method="e_purchasing", procurement_type="barang", fiscal_year=int(row["tahun_anggaran"]),
            region_code=row["kd_lokasi"], specification=row["uraian_pekerjaan"], version=1, occurred_at=NOW,
        )
        for i, row in enumerate(scaled_needs(count))
    ]  # fmt: skip


async def publish(producer: AIOKafkaProducer, events: list[Event], rate: float | None = None) -> None:
    started = time.perf_counter()
    pending = []
    for n, event in enumerate(events):
        if rate is not None:
            delay = started + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)  # pacing the load, not waiting for a result
        envelope = Envelope.new(event_type=event.event_type, source="/padan/bench", subject=event.aggregate_id())
        pending.append(
            await producer.send(
                event.topic,
                event.model_dump_json().encode(),
                key=event.aggregate_id().encode(),
                headers=[(k, v.encode()) for k, v in envelope.to_headers().items()],
            )
        )
    await asyncio.gather(*pending)


def bm25s_reference(catalog: list[Event], needs: list[NeedUpserted]) -> dict[str, float]:
    texts = [f"{e.name} {e.category or ''} {e.description or ''}" for e in catalog if isinstance(e, ProductUpserted)]
    started = time.perf_counter()
    corpus = bm25s.tokenize(texts, stopwords=None, show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    index_seconds = time.perf_counter() - started
    queries = bm25s.tokenize(
        [f"{n.package_name} {n.specification or ''}" for n in needs], stopwords=None, return_ids=False,
        show_progress=False,
    )  # fmt: skip
    queries = [[t for t in q if t in corpus.vocab] or [next(iter(corpus.vocab))] for q in queries]
    cpu, started = time.process_time(), time.perf_counter()
    retriever.retrieve(queries, k=10, show_progress=False, n_threads=1)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "index_seconds": round(index_seconds, 2),
        "queries": len(queries),
        "queries_per_second": round(len(queries) / seconds),
        "queries_per_cpu_second": round(len(queries) / cpu),
    }


def _metric(url: str, name: str) -> float:
    for line in httpx.get(f"{url}/metrics", timeout=60).text.splitlines():
        if line.startswith(name):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def _replica(url: str) -> dict[str, Any]:
    return dict(httpx.get(f"{url}/api/v1/replica", timeout=60).json())


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process so far (the machine is shared: its share of the cores varies)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _load() -> str:
    """The machine's 1/5/15-minute load average (it is shared: the figures are read beside it)."""
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _settled(pids: list[int], window: float = 1.0, timeout: float = 300.0) -> float:
    """Seconds until the processes together use under 5% of a core over `window` (the burst's aftermath:
    the store finishing its writes), so the steady phase measures a steady state."""
    started = time.monotonic()
    before = sum(_cpu_seconds(pid) for pid in pids)
    while time.monotonic() - started < timeout:
        time.sleep(window)  # the sampling window of the CPU reading, not a wait for a result
        now = sum(_cpu_seconds(pid) for pid in pids)
        if now - before < 0.05 * window:
            return time.monotonic() - started
        before = now
    raise AssertionError(f"the matcher and its servers were still busy {timeout} s after the burst")


async def _quiet_end_offsets(bootstrap: str, quiet_seconds: float = 15.0) -> dict[tuple[str, int], int]:
    """End offsets of the needs and matches topics once they have stopped growing for `quiet_seconds` (the
    outbox relay publishes matches after the matcher stores them, and lags behind a flood of needs: with 3 s
    a run read the topics before the steady phase's matches were out, and timed nothing)."""
    last = await end_offsets(bootstrap, [topics.NEEDS, topics.MATCHES])
    while True:
        await asyncio.sleep(quiet_seconds)  # pacing the check, not waiting for a result
        now = await end_offsets(bootstrap, [topics.NEEDS, topics.MATCHES])
        if now == last:
            return now
        last = now


async def latencies(bootstrap: str, need_ids: set[str]) -> tuple[list[tuple[float, float]], int]:
    """(when, milliseconds) from each need's record to its first match record (broker timestamps); the count
    of needs that got no match (no eligible product)."""
    ends = await _quiet_end_offsets(bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    need_at: dict[str, int] = {}
    first_match_at: dict[str, int] = {}
    try:
        partitions = [TopicPartition(topic, partition) for topic, partition in ends]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        remaining = {tp for tp in partitions if ends[(tp.topic, tp.partition)] > 0}
        while remaining:
            for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                for record in records:
                    if record.topic == topics.NEEDS and record.key and record.key.decode() in need_ids:
                        need_at[record.key.decode()] = record.timestamp
                    elif record.topic == topics.MATCHES and record.value:
                        need_id = json.loads(record.value)["need_id"]
                        if need_id in need_ids:
                            first_match_at.setdefault(need_id, record.timestamp)
                if records and records[-1].offset + 1 >= ends[(tp.topic, tp.partition)]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()
    found = [(need_at[n], first_match_at[n] - need_at[n]) for n in first_match_at if n in need_at]
    return [(float(at), float(ms)) for at, ms in found], len(need_ids) - len(found)


async def run(
    bootstrap: str, mongo_url: str, args: argparse.Namespace, servers: dict[str, int] | None = None
) -> dict[str, Any]:
    """`servers`: pids of the stack's Kafka and FerretDB when the bench started them (their CPU is reported)."""
    servers = servers or {}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)  # the replica's log goes there (a fresh clone has none)
    await ensure_topics(bootstrap)
    run_id = uuid.uuid4().hex[:8]
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_batch_size=262144)
    await producer.start()
    figures: dict[str, Any] = {}
    burst: list[NeedUpserted] = []
    print(f"publishing {args.products:,} products ...", flush=True)
    catalog = catalog_events(args.products)
    await publish(producer, catalog)
    # The replica reads the whole compacted topics: earlier runs' records on this broker too (same product ids).
    catalog_records = sum((await end_offsets(bootstrap, [topics.SUPPLIERS, topics.PRODUCTS])).values())
    group = f"bench_matcher_{run_id}"
    await skip_history(bootstrap, group, [topics.NEEDS])  # needs of earlier runs on this broker are not ours
    matcher = ServiceProcess(
        "matcher",
        free_port(),
        env={
            "PADAN_KAFKA_BOOTSTRAP": bootstrap,
            "PADAN_MONGO_URL": mongo_url,
            "PADAN_MATCHER_MONGO_DATABASE": f"bench_matcher_{run_id}",
            "PADAN_MATCHER_GROUP_ID": group,
            "PADAN_MATCHER_LOG_LEVEL": "WARNING",
        },
        log_path=RESULTS.with_suffix(".log"),
    )
    started = time.perf_counter()
    matcher.start(ready_timeout=3600)
    loaded = time.perf_counter() - started
    assert matcher.process is not None
    load_cpu = _cpu_seconds(matcher.process.pid)  # the process's whole life so far: start-up, catalog, index
    figures["catalog"] = {
        "products": args.products, "load_seconds": round(loaded, 1),
        "products_per_second": round(args.products / loaded), "matcher_cpu_seconds": round(load_cpu, 1),
        "peak_rss_mib": round(_peak_rss_mib(matcher.process.pid)), "load_average": os.getloadavg(),
    }  # fmt: skip
    rss = figures["catalog"]["peak_rss_mib"]
    print(f"catalog   {args.products:>9,} products loaded and indexed in {loaded:6.1f} s "
          f"({args.products / loaded:,.0f}/s), matcher CPU {load_cpu:.1f} s (start-up included), "
          f"peak RSS {rss} MiB, load average {_load()}", flush=True)  # fmt: skip
    try:
        wait_until(lambda: httpx.get(f"{matcher.url}/api/v1/replica", timeout=60).json()["ready"], 600, what="ready")
        held = _replica(matcher.url)
        figures["catalog"].update(records_read=catalog_records, products_held=held["products"])
        print(f"          {catalog_records:,} catalog records read; the replica holds {held['products']:,} products "
              f"of {held['suppliers']:,} suppliers", flush=True)  # fmt: skip
        burst = need_events(args.needs, f"{run_id}b")
        before = _metric(matcher.url, NEEDS_OK)
        cpu = _cpu_seconds(matcher.process.pid)
        servers_cpu = {name: _cpu_seconds(pid) for name, pid in servers.items()}
        started = time.perf_counter()
        await publish(producer, list(burst))
        wait_until(lambda: _metric(matcher.url, NEEDS_OK) - before >= len(burst), 3600, 1.0, what="burst handled")
        seconds = time.perf_counter() - started
        # The steady phase starts only once the relay has published the burst's matches: before, its first
        # needs' matches queued behind thousands of the burst's, and that backlog was timed as their latency.
        wait_until(lambda: _metric(matcher.url, OUTBOX_BACKLOG) == 0, 3600, 0.2, what="burst's matches published")
        out_seconds = time.perf_counter() - started
        cpu = _cpu_seconds(matcher.process.pid) - cpu
        servers_cpu = {
            name: round(_cpu_seconds(servers[name]) - before_cpu, 1) for name, before_cpu in servers_cpu.items()
        }
        figures["burst"] = {
            "needs": len(burst),
            "seconds": round(seconds, 1),
            "needs_per_second": round(len(burst) / seconds, 1),
            "matches_published_seconds": round(out_seconds, 1),
            "needs_per_second_to_matches_published": round(len(burst) / out_seconds, 1),
            "matcher_cpu_seconds": round(cpu, 1),
            "needs_per_matcher_cpu_second": round(len(burst) / cpu, 1),
            "servers_cpu_seconds": servers_cpu,
            "load_average": os.getloadavg(),
        }
        print(
            f"burst     {len(burst):>9,} needs handled in {seconds:6.1f} s ({len(burst) / seconds:,.1f} needs/s), "
            f"their matches all published after {out_seconds:6.1f} s ({len(burst) / out_seconds:,.1f} needs/s); "
            f"matcher CPU {cpu:.1f} s ({len(burst) / cpu:,.1f} needs per CPU-second), "
            f"servers' CPU {servers_cpu or 'not ours'}, load average {_load()}",
            flush=True,
        )

        settled = figures["burst"]["settled_after_seconds"] = round(
            _settled([matcher.process.pid, *servers.values()]), 1
        )
        print(
            f"          the matcher and its servers settled {settled} s after the burst's matches were out", flush=True
        )
        steady = need_events(int(args.rate * args.seconds), f"{run_id}s")
        before = _metric(matcher.url, NEEDS_OK)
        await publish(producer, list(steady), rate=args.rate)
        wait_until(lambda: _metric(matcher.url, NEEDS_OK) - before >= len(steady), 3600, 1.0, what="steady handled")
        timed, unmatched = await latencies(bootstrap, {n.need_id for n in steady})
        found = sorted(ms for _, ms in timed)
        first_at = min((at for at, _ in timed), default=0.0)
        # The slowest needs, with when they came (s into the phase): a stall shows as a run of them.
        slowest = [(round((at - first_at) / 1000, 1), ms) for at, ms in sorted(timed, key=lambda t: t[1])[-10:]]
        p50 = statistics.median(found) if found else None
        p99 = found[min(len(found) - 1, int(len(found) * 0.99))] if found else None
        figures["steady"] = {"rate": args.rate, "needs": len(steady), "matched": len(found), "unmatched": unmatched,
                             "p50_ms": p50, "p99_ms": p99, "slowest_at_s_and_ms": slowest}  # fmt: skip
        print(f"steady    {args.rate:>6} needs/s x {args.seconds} s: need-to-match p50 {p50} ms, p99 {p99} ms "
              f"({len(found)} matched, {unmatched} without a match)", flush=True)  # fmt: skip
        figures["catalog"]["peak_rss_mib_end"] = round(_peak_rss_mib(matcher.process.pid))
    finally:
        matcher.stop()
        await producer.stop()
    reference = figures["bm25s"] = bm25s_reference(catalog, burst)
    end_to_end = figures["burst"]["needs_per_second"]
    figures["padan_vs_bm25s"] = round(end_to_end / reference["queries_per_second"], 4)
    print(f"bm25s     index {reference['index_seconds']} s; {reference['queries_per_second']:,} queries/s "
          f"(CPU {reference['queries_per_cpu_second']:,}/s); end-to-end / bm25s = {figures['padan_vs_bm25s']}x",
          flush=True)  # fmt: skip
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--needs", type=int, default=2_000, help="needs in the burst")
    parser.add_argument("--rate", type=float, default=20.0, help="needs/s in the steady phase")
    parser.add_argument("--seconds", type=int, default=30, help="length of the steady phase")
    args = parser.parse_args()
    bootstrap, mongo_url = os.environ.get("PADAN_KAFKA_BOOTSTRAP"), os.environ.get("PADAN_MONGO_URL")
    cfg = None
    servers: dict[str, int] = {}
    if not (bootstrap and mongo_url):
        from padan.cli import stack

        cfg = stack.StackConfig.from_env(
            home=Path(os.environ.get("PADAN_BENCH_HOME", stack.repo_root() / ".padan" / "bench-matcher")),
            kafka_port=int(os.environ.get("PADAN_BENCH_KAFKA_PORT", "29393")),
            mongo_port=int(os.environ.get("PADAN_BENCH_MONGO_PORT", "27338")),
        )
        stack.up(cfg)
        bootstrap, mongo_url = cfg.kafka_bootstrap, cfg.mongo_url
        servers = {name: pid for name in ("kafka", "ferretdb") if (pid := stack.read_pid(cfg, name))}
    try:
        figures = asyncio.run(run(bootstrap, mongo_url, args, servers))
    finally:
        if cfg is not None:
            from padan.cli import stack

            stack.down(cfg)
    store = "FerretDB v1 (SQLite)" if cfg else mongo_url.split("@")[-1]
    result = {"args": vars(args), "store": store, "cpus": os.cpu_count(), "python": platform.python_version(),
              "load_average": os.getloadavg(), "figures": figures}  # fmt: skip
    RESULTS.write_text(json.dumps(result, indent=2))
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
