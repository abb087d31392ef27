"""Matcher index speed at the domain level: build time and peak RSS of the in-memory catalog, and needs
ranked per second against it, next to tantivy and bm25s (plain BM25 top 10) on the same corpus and queries.

    uv run python -m bench.matcher_index                      # 100k products
    uv run python -m bench.matcher_index --products 1000000   # the national-catalog size (aim: < 60 s, < 2 GiB)
    uv run python -m bench.matcher_index --source registry    # the registry's scaled demo rows instead

Catalog (`--source quality`, default): products drawn from the quality set's 65 product-type templates
(bench/matcher_quality_data.py) with a running number in each name, so the vocabulary and postings look
like an e-katalog's; suppliers one per 50 products across Lampung and Java. `--source registry` uses
padan.registry.demo.scaled_products (16 product words: every query hits a sixteenth of the catalog, a
harsher load). Queries: the quality set's 215 needs, cycled.

Measured in one process, in order: indexing streamed ProductUpserted events (`Catalog.upsert_product`;
the time includes making each event, as a consumer does when it parses one), peak RSS after indexing
(ru_maxrss: the catalog, its compact copies of the events, the interpreter and the libraries),
`rank_need` top 10 with rules and explanations for
`--queries` needs, then tantivy (the Rust search library, in-memory index, one writer thread; its query
parser over the need text's words, OR, top 10 by BM25), then bm25s: tokenize + index of the same product
text, and retrieval of the same need texts top 10 in one batch on one thread (bm25s's fastest mode). Rates
are given by wall clock and by CPU time (process time: the machine is shared, CPU time is the steadier
figure), and padan's CPU-time rate over tantivy's. Writes bench/results/matcher_index.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bm25s
import tantivy

from bench.matcher_quality import load
from bench.matcher_quality_data import ELSEWHERE, LAMPUNG, PRODUCT_TYPES, SLOTS
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.offline import needs_of
from padan.matcher.domain.scoring import need_text, rank_need
from padan.matcher.domain.text import words
from padan.shared.events import ProductUpserted, SupplierUpserted

RESULTS = Path(__file__).parent / "results" / "matcher_index.json"
NOW = datetime(2024, 1, 1, tzinfo=UTC)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fill(template: str, rng: random.Random) -> str:
    for name, values in SLOTS.items():
        template = template.replace("{" + name + "}", rng.choice(values))
    return template


def supplier_count(products: int) -> int:
    return max(1, products // 50)


def quality_products(count: int, seed: int = 7) -> Iterator[ProductUpserted]:
    """Streamed, so the benchmark holds no copy of the catalog besides the matcher's own."""
    rng = random.Random(seed)
    kinds = list(PRODUCT_TYPES.values())
    suppliers = supplier_count(count)
    for index in range(count):
        kind = rng.choice(kinds)
        tkdn = round(rng.uniform(25, 90), 2) if rng.random() < 0.8 else None
        yield ProductUpserted(
            product_id=f"p{index:08d}", supplier_id=f"s{index % suppliers:06d}",
            name=f"{_fill(rng.choice(kind.names), rng)} seri {index % 9973}",
            description=_fill(rng.choice(kind.descriptions), rng), category=kind.category,
            kbki_code=f"{kind.kbki}{rng.randrange(1000):03d}", unit=kind.unit,
            price_idr=int(rng.uniform(*kind.price)) // 500 * 500, monthly_capacity=rng.choice(kind.capacity),
            tkdn_percent=tkdn, bmp_percent=round(rng.uniform(0, 15), 2) if tkdn else None,
            version=1, occurred_at=NOW,
        )  # fmt: skip


def registry_products(count: int) -> Iterator[ProductUpserted]:
    from padan.registry.demo import scaled_products

    suppliers = supplier_count(count)
    return (
        ProductUpserted(
            product_id=row["kd_produk"],
            supplier_id=f"s{index % suppliers:06d}",
            name=row["nama_produk"],
            description=row["deskripsi"],
            category=row["nama_kategori"],
            price_idr=row["harga"],
            monthly_capacity=row["kapasitas_bulanan"],
            tkdn_percent=row["nilai_tkdn"],
            version=1,
            occurred_at=NOW,
        )
        for index, row in enumerate(scaled_products(count, suppliers))
    )


def suppliers_for(products: int, seed: int = 11) -> list[SupplierUpserted]:
    rng = random.Random(seed)
    ids = [f"s{index:06d}" for index in range(supplier_count(products))]
    return [
        SupplierUpserted(
            supplier_id=supplier_id,
            nib=f"{index:013d}",
            name=f"IKM {index}",
            region_code=rng.choice(LAMPUNG) if rng.random() < 0.8 else rng.choice(ELSEWHERE),
            scale=rng.choice(["mikro", "kecil", "kecil", "menengah"]),
            completed_contracts=rng.randrange(10),
            version=1,
            occurred_at=NOW,
        )
        for index, supplier_id in enumerate(ids)
    ]


def run_tantivy(products: Iterator[ProductUpserted], queries: list[Any], padan_cpu_rate: float) -> dict[str, Any]:
    """Index the same product text in tantivy (in memory, one thread) and search each need's words, top 10."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False)
    builder.add_integer_field("doc", stored=True, fast=True)
    index = tantivy.Index(builder.build())
    started = time.perf_counter()
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for number, product in enumerate(products):
        writer.add_document(
            tantivy.Document(body=f"{product.name} {product.category} {product.description}", doc=number)
        )
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    index_seconds = time.perf_counter() - started
    searcher = index.searcher()
    parsed = [index.parse_query(" ".join(words(need_text(need))) or "seri", ["body"]) for need in queries]
    cpu = time.process_time()
    started = time.perf_counter()
    found = 0
    for query in parsed:
        found += len(searcher.search(query, 10).hits)
    seconds = time.perf_counter() - started
    cpu_rate = len(queries) / max(time.process_time() - cpu, 1e-9)
    print(f"tantivy: index {index_seconds:.1f} s; search top 10 {len(queries) / seconds:,.0f} queries/s "
          f"(CPU-time rate {cpu_rate:,.0f}/s, {found / len(queries):.1f} hits per query); "
          f"padan / tantivy = {padan_cpu_rate / cpu_rate:.2f}x CPU")  # fmt: skip
    return {
        "tantivy_index_seconds": round(index_seconds, 2), "tantivy_queries_per_second": round(len(queries) / seconds),
        "tantivy_queries_per_cpu_second": round(cpu_rate), "padan_vs_tantivy_cpu": round(padan_cpu_rate / cpu_rate, 3),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--source", choices=["quality", "registry"], default="quality")
    parser.add_argument("--skip-bm25s", action="store_true", help="no bm25s (it needs its own memory)")
    parser.add_argument("--skip-tantivy", action="store_true", help="no tantivy")
    args = parser.parse_args()

    def products() -> Iterator[ProductUpserted]:
        return quality_products(args.products) if args.source == "quality" else registry_products(args.products)

    suppliers = suppliers_for(args.products)
    rss_before = peak_rss_mib()
    catalog = Catalog()
    cpu = time.process_time()
    started = time.perf_counter()
    for supplier in suppliers:
        catalog.upsert_supplier(supplier)
    for product in products():
        catalog.upsert_product(product)
    index_seconds = time.perf_counter() - started
    index_cpu = time.process_time() - cpu
    rss_indexed = peak_rss_mib()
    print(f"indexed {args.products:,} products ({len(suppliers):,} suppliers) in {index_seconds:.1f} s "
          f"(CPU {index_cpu:.1f} s) "
          f"({args.products / index_seconds:,.0f}/s); peak RSS {rss_indexed:,.0f} MiB "
          f"(before indexing {rss_before:,.0f} MiB)")  # fmt: skip

    needs = needs_of(load()["needs"])
    queries = [needs[i % len(needs)] for i in range(args.queries)]
    rank_need(catalog, queries[0], 10)  # warm the query analysis cache like a running replica
    cpu = time.process_time()
    started = time.perf_counter()
    matched = 0
    for need in queries:
        matched += len(rank_need(catalog, need, 10, exposure={}))
    rank_seconds = time.perf_counter() - started
    rank_cpu = time.process_time() - cpu
    padan_rate = len(queries) / rank_seconds
    padan_cpu_rate = len(queries) / rank_cpu
    each = rank_seconds * 1000 / len(queries)
    print(f"rank_need top 10, rules and explanations: {padan_rate:,.0f} needs/s ({each:.2f} ms each, "
          f"{matched / len(queries):.1f} matches per need); CPU-time rate {padan_cpu_rate:,.0f} needs/s")  # fmt: skip

    report: dict[str, Any] = {
        "source": args.source, "products": args.products, "suppliers": len(suppliers), "queries": len(queries),
        "index_seconds": round(index_seconds, 2), "index_cpu_seconds": round(index_cpu, 2),
        "index_products_per_second": round(args.products / index_seconds),
        "peak_rss_mib_before_index": round(rss_before), "peak_rss_mib_after_index": round(rss_indexed),
        "padan_needs_per_second": round(padan_rate), "padan_needs_per_cpu_second": round(padan_cpu_rate),
        "padan_ms_per_need": round(rank_seconds * 1000 / len(queries), 3),
        "machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine()},
    }  # fmt: skip
    del catalog
    if not args.skip_tantivy:
        report |= run_tantivy(products(), queries, padan_cpu_rate)
    if not args.skip_bm25s:
        texts = [f"{p.name} {p.category} {p.description}" for p in products()]
        started = time.perf_counter()
        corpus = bm25s.tokenize(texts, stopwords=None, show_progress=False)
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        bm25s_index_seconds = time.perf_counter() - started
        tokens = bm25s.tokenize([need_text(n) for n in queries], stopwords=None, return_ids=False, show_progress=False)
        tokens = [[t for t in q if t in corpus.vocab] or ["seri"] for q in tokens]
        cpu = time.process_time()
        started = time.perf_counter()
        retriever.retrieve(tokens, k=10, show_progress=False, n_threads=1)
        bm25s_seconds = time.perf_counter() - started
        bm25s_rate = len(queries) / bm25s_seconds
        bm25s_cpu_rate = len(queries) / (time.process_time() - cpu)
        print(f"bm25s: index {bm25s_index_seconds:.1f} s; retrieve top 10 (one batch) {bm25s_rate:,.0f} queries/s; "
              f"(CPU-time rate {bm25s_cpu_rate:,.0f}/s); padan / bm25s = {padan_rate / bm25s_rate:.2f}x wall, "
              f"{padan_cpu_rate / bm25s_cpu_rate:.2f}x CPU")  # fmt: skip
        report |= {
            "bm25s_index_seconds": round(bm25s_index_seconds, 2), "bm25s_queries_per_second": round(bm25s_rate),
            "bm25s_queries_per_cpu_second": round(bm25s_cpu_rate), "padan_vs_bm25s": round(padan_rate / bm25s_rate, 3),
            "padan_vs_bm25s_cpu": round(padan_cpu_rate / bm25s_cpu_rate, 3), "peak_rss_mib_end": round(peak_rss_mib()),
        }  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    out = (
        RESULTS
        if args.products == 100_000 and args.source == "quality"
        else RESULTS.with_name(f"matcher_index_{args.source}_{args.products}.json")
    )
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
