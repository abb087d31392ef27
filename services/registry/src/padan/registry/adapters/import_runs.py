"""One record per import run: source, counts, rejected rows, and the checkpoint a resume starts from."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from padan.registry.domain.feeds import RowError

MAX_STORED_ERRORS = 1000  # the importer stops storing row errors past this; counts stay exact


class MongoImportRuns:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._runs = db.import_runs

    async def start(self, run_id: str, dataset: str, source: str) -> dict[str, Any]:
        """A new run of `dataset` (its LKPP name), or the existing record of a run that resumes."""
        existing = await self._runs.find_one({"_id": run_id})
        if existing is not None:
            update: dict[str, Any] = {"status": "running"}
            if existing.get("checkpoint", 0) > 0:  # a run continuing after rows were applied
                update["resumed_at"] = datetime.now(UTC)
            await self._runs.update_one({"_id": run_id}, {"$set": update})
            return existing
        record = {
            "_id": run_id, "dataset": dataset, "kind": dataset, "source": source, "status": "running",
            "started_at": datetime.now(UTC), "rows_read": 0, "accepted": 0, "unchanged": 0, "rejected": 0,
            "checkpoint": 0, "errors": [],
        }  # fmt: skip
        await self._runs.insert_one(record)
        return record

    async def set_dataset(self, run_id: str, dataset: str) -> None:
        """A URL run learns its dataset once the feed is downloaded (named or recognised from its rows)."""
        await self._runs.update_one({"_id": run_id}, {"$set": {"dataset": dataset, "kind": dataset}})

    async def checkpoint(self, run_id: str, row: int, counts: dict[str, int], errors: list[RowError]) -> None:
        update: dict[str, Any] = {"$set": {"checkpoint": row}, "$inc": counts}
        if errors:
            update["$push"] = {"errors": {"$each": [asdict(e) for e in errors]}}
        await self._runs.update_one({"_id": run_id}, update)

    async def finish(self, run_id: str, status: str, message: str = "") -> None:
        await self._runs.update_one(
            {"_id": run_id}, {"$set": {"status": status, "message": message, "finished_at": datetime.now(UTC)}}
        )

    async def unfinished(self) -> list[dict[str, Any]]:
        """Runs a stopped process left `running` (a scan, but of the small run collection, once at start)."""
        return await self._runs.find({"status": "running"}, {"errors": 0}).to_list(None)

    async def get(self, run_id: str) -> dict[str, Any] | None:
        return await self._runs.find_one({"_id": run_id})

    async def recent(self, limit: int) -> list[dict[str, Any]]:
        return await self._runs.find({}, {"errors": 0}).sort("started_at", -1).limit(limit).to_list(limit)
