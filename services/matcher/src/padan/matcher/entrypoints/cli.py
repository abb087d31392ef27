"""`padan matcher rank FILE.json`: rank needs against a catalog offline, no Kafka and no database.
`padan matcher rebuild-lists`: fill the signed-in pages' per-party lists from the matches stored before them.

The file holds {"suppliers": [...], "products": [...], "needs": [...]}, each item the payload of its
`SupplierUpserted` / `ProductUpserted` / `NeedUpserted` event (`version` and `occurred_at` may be left
out). The needs are ranked in file order on the service's code path (padan.matcher.domain.offline), with the
settings' top_k and min_score unless given.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError
from rich.console import Console

from padan.matcher.domain.offline import RankedNeed, catalog_of, needs_of, rank_all
from padan.matcher.settings import Settings
from padan.shared.money import format_rupiah

app = typer.Typer(help="Matcher: rank needs against a catalog offline.", no_args_is_help=True)
console = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)


@app.callback()
def matcher() -> None:
    """Matcher: rank needs against a catalog offline (a group, so `padan matcher rank` keeps its name)."""


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise typer.BadParameter(f"berkas tidak dapat dibaca sebagai JSON / not readable as JSON: {exc}") from exc
    if not isinstance(data, dict) or not all(isinstance(data.get(key, []), list) for key in ("suppliers", "products")):
        raise typer.BadParameter(
            'berkas harus berisi {"suppliers": [...], "products": [...], "needs": [...]} / '
            "the file must hold suppliers, products and needs lists"
        )
    if not isinstance(data.get("needs"), list):
        raise typer.BadParameter("berkas tidak berisi daftar needs / the file holds no needs list")
    return data


def as_json(item: RankedNeed) -> dict[str, Any]:
    return {
        "need_id": item.need.need_id,
        "package_name": item.need.package_name,
        "outcome": item.ranking.outcome.value,
        "reason": item.ranking.reason,
        "matches": [
            {
                "rank": rank,
                "product_id": scored.product.product.product_id,
                "product_name": scored.product.product.name,
                "supplier_id": scored.product.supplier_id,
                "score": scored.score,
                "matched_terms": scored.explanation.matched_terms,
                "components": scored.explanation.components,
                "rules": [check.model_dump() for check in scored.explanation.rules],
            }
            for rank, scored in enumerate(item.ranking.matches, start=1)
        ],
    }


def _print(item: RankedNeed) -> None:
    need = item.need
    where = f"pagu {format_rupiah(need.pagu_idr)}, {need.region_code}"
    out.print(f"\n[bold]{need.need_id}[/bold] {need.package_name} ({where})")
    if not item.ranking.matches:
        why = f"({item.ranking.outcome.value}): {item.ranking.reason}"
        out.print(f"  [yellow]belum ada penyedia lokal yang cocok[/yellow] {why}")
        return
    for rank, scored in enumerate(item.ranking.matches, start=1):
        product = scored.product.product
        parts = ", ".join(f"{name} {value:g}" for name, value in scored.explanation.components.items())
        who = f"{product.name} ({scored.product.supplier_id})"
        out.print(f"  {rank:>2}. {product.product_id} [bold]{scored.score:.4f}[/bold] {who}")
        out.print(f"      istilah: {', '.join(scored.explanation.matched_terms) or '-'}; bagian skor: {parts}")
        for check in scored.explanation.rules:
            mark = "[green]lulus[/green]" if check.passed else "[red]gagal[/red]"
            out.print(f"      {mark} {check.rule}: {check.detail}")


@app.command("rank")
def rank(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSON: suppliers, products, needs"),
    top: int = typer.Option(0, "--top", min=0, max=100, help="Proposals per need (default: the settings' top_k)"),
    min_score: float = typer.Option(-1.0, "--min-score", max=1.0, help="Threshold (default: the settings')"),
    as_json_output: bool = typer.Option(False, "--json", help="One JSON document on standard output"),
) -> None:
    """Rank every need of the file against its catalog and print, per need, the proposed products with
    their score, rule results and reasons, or why none is proposed."""
    data = _load(path)
    defaults = Settings.model_fields
    top_k = top or int(defaults["top_k"].default)
    threshold = min_score if min_score >= 0 else float(defaults["min_score"].default)
    try:
        catalog = catalog_of(data.get("suppliers", []), data.get("products", []))
        needs = needs_of(data["needs"])
    except ValidationError as exc:
        console.print(f"[red]data tidak valid / invalid record[/red]: {exc}")
        raise typer.Exit(2) from exc
    ranked = rank_all(catalog, needs, top_k=top_k, min_score=threshold)
    if as_json_output:
        print(json.dumps({"top_k": top_k, "min_score": threshold, "needs": [as_json(item) for item in ranked]},
                         ensure_ascii=False, indent=2))  # fmt: skip
        return
    for item in ranked:
        _print(item)
    proposed = sum(1 for item in ranked if item.ranking.matches)
    console.print(f"\n{len(ranked)} kebutuhan, {proposed} dengan usulan / needs, {proposed} with proposals")


@app.command("rebuild-lists")
def rebuild_lists() -> None:
    """Fill the per-supplier, per-need and per-buyer lists the signed-in pages read (Peluang untuk Anda,
    Usulan penyedia lokal) from the matches and needs stored before the lists existed. Safe to repeat."""
    from padan.matcher.adapters.repository import MongoMatchRepository
    from padan.shared.mongo import make_mongo_client

    settings = Settings()

    async def run() -> int:
        client = make_mongo_client(settings.mongo_url.get_secret_value(), max_pool_size=1)
        try:
            return await MongoMatchRepository(client[settings.mongo_database], settings.store).rebuild_lists()
        finally:
            await client.close()

    written = asyncio.run(run())
    out.print(f"{written} daftar ditulis / lists written ({settings.mongo_database})")
