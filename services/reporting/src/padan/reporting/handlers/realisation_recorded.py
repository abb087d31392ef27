from __future__ import annotations

from padan.reporting.adapters.store import Documents
from padan.reporting.adapters.tally import Tally
from padan.reporting.domain.realisation import ALL_CELL, ALL_FIELDS, ALL_REALISATIONS, all_vector, link
from padan.reporting.handlers.links import load, safe_key, set_link, take_event
from padan.reporting.handlers.settle import settle_need
from padan.shared.events import RealisationRecorded

ALL_SHARDS = 64  # a national year is a few million realisations: small shard documents


async def realisation_recorded(store: Documents, event: RealisationRecorded) -> None:
    """A purchase LKPP recorded: its value goes to its package (and so to the package's cell, see
    domain/realisation.py) and to the all-packages total."""
    realisation = await load(store, "realisations", event.realisation_id)
    previous = realisation.get("need_id") if realisation.get("version") else None
    if take_event(realisation, event):
        if previous and previous != event.need_id:  # a corrected kode RUP: it leaves the old package
            realisation["left_needs"] = sorted({*realisation.get("left_needs", []), previous} - {event.need_id})
        await store.put("realisations", realisation)
    if int(realisation["version"]) != event.version:
        return  # an older version, late (a realisation moved to another package travels under another key)
    for left in realisation.get("left_needs", []):  # again on a redelivery: repairs a crash half-way
        old = await load(store, "needs", left)
        if old.get("realisations", {}).pop(safe_key(event.realisation_id), None) is not None:
            await settle_need(store, old)
    need = await load(store, "needs", event.need_id)
    set_link(need, "realisations", event.realisation_id, event.version, link(event))
    await settle_need(store, need)
    await Tally(store, ALL_REALISATIONS, ALL_FIELDS, shards=ALL_SHARDS).assign(
        ALL_CELL, event.realisation_id, all_vector(event), {}
    )
