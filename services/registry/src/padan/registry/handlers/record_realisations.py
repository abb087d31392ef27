"""Import realisation rows (domain/realisations.py): each purchase becomes a realisation aggregate of its RUP
package with its winner resolved to a registry supplier when the registry knows it, and one
RealisationRecorded event through the outbox per change; SPSE package links are kept for the contract rows
that need them.

- A contract row gets its kode RUP from the link of its tender or non-tender (rows of SPSE-TenderSelesai,
  -TenderPengumuman, -TenderSelesaiNilai, -NonTenderSelesai, -NonTenderPengumuman); without one it is
  refused with the datasets to import first (a re-import of the file then finds it).
- A purchase known at a later stage is not taken back by an earlier one: an award row read after its
  tender's contract is unchanged (`STAGE_RANK`).
- The winner: the supplier the directory knows by e-katalog vendor id, NPWP or company name
  (`winner_aliases`); its scale and cooperative flag go on the event, as the registry knows them.
- Re-importing the same rows changes nothing and emits nothing (the content hash, as every import);
  a supplier registered since, a corrected value or a new status is a change: the next version.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id, content_hash
from padan.registry.domain.realisations import (
    STAGE_RANK,
    RealisationRow,
    RecordRealisation,
    unknown_package_error,
    winner_aliases,
)
from padan.registry.domain.references import PartsRun
from padan.registry.handlers.upsert import Prepared, apply_upsert_batch
from padan.shared.events import RealisationRecorded

if TYPE_CHECKING:  # import_feed imports this module
    from padan.registry.handlers.import_feed import ImportTotals, OnChange


def prepare_realisation(
    realisation: RecordRealisation, kode_rup: str, winner: dict[str, Any] | None, winner_id: str | None
) -> Prepared:
    """The realisation aggregate of one purchase: its fields as the event carries them."""
    realisation_id = aggregate_id(Kind.REALISATION, realisation.purchase_key)
    scale = winner.get("scale") if winner and winner.get("scale_known", True) else None
    fields = {
        **realisation.model_dump(mode="json", exclude={"package"}),
        "kode_rup": kode_rup,
        "need_id": aggregate_id(Kind.NEED, kode_rup),
        "supplier_id": winner_id,
        "supplier_scale": scale,
        "supplier_is_cooperative": bool(winner and winner.get("is_cooperative")),
    }

    def build(state: dict[str, Any], version: int, now: datetime) -> RealisationRecorded:
        payload = {**state, "realisation_id": realisation_id, "version": version, "occurred_at": now}
        return RealisationRecorded.model_validate(payload)

    return Prepared(Kind.REALISATION, realisation_id, fields, build)


async def apply_realisations(
    repository: RegistryRepository,
    batch: list[tuple[int, RealisationRow]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    """The import's applier for Target.REALISATIONS (`run` is for package parts: not used here)."""
    links = await repository.package_links()
    fresh = {
        row.link.package: row.link.kode_rup
        for _, row in batch
        if row.link is not None and links.get(row.link.package) != row.link.kode_rup
    }
    await repository.save_package_links(fresh)  # first: a contract later in this batch may need them
    directory = await repository.supplier_directory()
    wanted: list[tuple[int, RecordRealisation, str, str | None]] = []
    for number, row in batch:
        realisation = row.realisation
        if realisation is None:  # a package link alone
            if row.link is not None and row.link.package in fresh:
                totals.accepted += 1
            else:
                totals.unchanged += 1
            continue
        kode_rup = realisation.kode_rup or links.get(realisation.package or "")
        if kode_rup is None:
            totals.rejected += 1
            totals.errors.append(unknown_package_error(number, realisation))
            continue
        winner_id = next((found for alias in winner_aliases(realisation) if (found := directory.get(alias))), None)
        wanted.append((number, realisation, kode_rup, winner_id))
    winners = await repository.get_many(Kind.SUPPLIER, sorted({w for *_, w in wanted if w}))
    prepared = [prepare_realisation(r, kode, winners.get(w) if w else None, w) for _, r, kode, w in wanted]
    prepared = await _not_taken_back(repository, prepared, totals)
    distinct = list({item.aggregate_id: item for item in prepared}.values())  # the later row of one purchase wins
    results = await apply_upsert_batch(repository, distinct, await repository.version_index(Kind.REALISATION))
    written = [result.aggregate_id for result in results if result.changed]
    if written:
        on_change(Kind.REALISATION.collection, written)
    totals.accepted += len(written)
    totals.unchanged += len(prepared) - len(written)


async def _not_taken_back(
    repository: RegistryRepository, prepared: list[Prepared], totals: ImportTotals
) -> list[Prepared]:
    """Drop (as unchanged) the rows that would take a purchase back to an earlier stage. Only a realisation
    stored with other content is read (by `_id`), so a re-import reads nothing."""
    index = await repository.version_index(Kind.REALISATION)
    changed = [
        item.aggregate_id
        for item in prepared
        if (known := index.get(item.aggregate_id)) is not None and known[0] != content_hash(item.fields)
    ]
    stored = await repository.get_many(Kind.REALISATION, changed) if changed else {}
    kept = []
    for item in prepared:
        before = stored.get(item.aggregate_id)
        if before is not None and STAGE_RANK.get(str(before.get("stage")), 0) > STAGE_RANK[item.fields["stage"]]:
            totals.unchanged += 1
            continue
        kept.append(item)
    return kept
