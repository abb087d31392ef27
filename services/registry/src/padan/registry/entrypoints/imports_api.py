"""Feed imports over HTTP (/api/v1/imports): upload a file or give a URL; the run goes on in the background
and its record (counts, rejected rows, checkpoint) is polled at /api/v1/imports/{run_id}.

The feed stays in the spool directory until its run completes, so a run cut short (the process stopped,
the store went away) resumes from its checkpoint: by itself when the service starts again, or on
request (POST /api/v1/imports/{run_id}/resume)."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fastapi import APIRouter, File, HTTPException, Query, UploadFile, status
from pydantic import BaseModel, Field

from padan.registry.adapters.feed_sources import FeedFormatError, Fetcher, detect_format, iter_rows
from padan.registry.adapters.import_runs import MongoImportRuns
from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.feeds import FeedKind
from padan.registry.entrypoints.auth import Guards, Principal
from padan.registry.handlers.import_feed import import_feed
from padan.shared.logging import get_logger

log = get_logger(__name__)


class UrlImport(BaseModel):
    kind: FeedKind
    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://")


class ImportAccepted(BaseModel):
    run_id: str
    status: str = "running"


class ImportRunner:
    """Keeps background imports alive (and cancellable on shutdown)."""

    def __init__(
        self,
        repository: RegistryRepository,
        runs: MongoImportRuns,
        fetcher: Fetcher,
        spool: Path,
        on_change: Callable[[str, Sequence[str]], None],
    ) -> None:
        self.repository, self.runs, self.fetcher, self.spool, self.on_change = (
            repository,
            runs,
            fetcher,
            spool,
            on_change,
        )
        self._tasks: set[asyncio.Task[None]] = set()
        self._active: set[str] = set()

    def spooled(self, run_id: str) -> Path | None:
        """The run's complete feed file, if still spooled (downloads land under a `.part` name first)."""
        for path in sorted(self.spool.glob(f"{run_id}.*")):
            if path.suffix in {".csv", ".json", ".jsonl", ".ndjson"}:
                return path
        return None

    def is_active(self, run_id: str) -> bool:
        return run_id in self._active

    async def resume(self, run: dict[str, Any]) -> bool:
        """Continue `run` from its checkpoint if its feed is still spooled; else record it as failed."""
        path = self.spooled(run["_id"])
        if path is None:
            await self.runs.finish(run["_id"], "failed", "berkas impor tidak ada lagi; unggah ulang / feed file gone")
            return False
        self.submit(FeedKind(run["kind"]), path, detect_format(path.name), run["_id"], run.get("source", ""))
        return True

    async def resume_unfinished(self) -> int:
        """At start: every run a previous process left running goes on where it stopped."""
        resumed = 0
        for run in await self.runs.unfinished():
            if not self.is_active(run["_id"]):
                resumed += await self.resume(run)
        if resumed:
            log.info("imports_resumed", runs=resumed)
        return resumed

    def submit(self, kind: FeedKind, path: Path, file_format: str, run_id: str, source: str) -> None:
        task = asyncio.create_task(self._run(kind, path, file_format, run_id, source), name=f"import-{run_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, kind: FeedKind, path: Path, file_format: str, run_id: str, source: str) -> None:
        self._active.add(run_id)
        try:
            rows = iter_rows(path, file_format)
            await import_feed(
                self.repository, self.runs, rows, kind, run_id=run_id, source=source, on_change=self.on_change
            )
            path.unlink(missing_ok=True)
        except Exception:
            log.exception("import_failed", run_id=run_id)
        finally:
            self._active.discard(run_id)

    async def fetch_and_submit(self, kind: FeedKind, url: str, run_id: str) -> None:
        path = self.spool / f"{run_id}.{detect_format(url.split('?', maxsplit=1)[0])}"
        partial = path.with_name(path.name + ".part")
        try:
            await self.fetcher.fetch(url, partial)
            partial.rename(path)  # only a complete download is ever resumed
        except Exception as exc:
            partial.unlink(missing_ok=True)
            await self.runs.start(run_id, kind.value, url)
            await self.runs.finish(run_id, "failed", f"unduhan gagal / download failed: {exc}")
            return
        self.submit(kind, path, detect_format(path.name), run_id, url)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


def build_imports_router(runner: ImportRunner, guards: Guards) -> APIRouter:
    router = APIRouter(prefix="/api/v1/imports", tags=["imports"])
    operator = guards.operator

    @router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=ImportAccepted)
    async def upload(
        kind: FeedKind = Query(..., description="rup (SIRUP packages) or ekatalog (products)"),
        file: UploadFile = File(...),
        _: Principal = operator,
    ) -> ImportAccepted:
        try:
            file_format = detect_format(file.filename or "")
        except FeedFormatError as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, detail=str(exc)) from exc
        run_id = f"imp-{uuid.uuid4().hex[:16]}"
        runner.spool.mkdir(parents=True, exist_ok=True)
        path = runner.spool / f"{run_id}.{file_format}"
        with path.open("wb") as handle:
            await asyncio.to_thread(shutil.copyfileobj, file.file, handle, 1 << 20)
        await runner.runs.start(run_id, kind.value, file.filename or "upload")  # pollable at once
        runner.submit(kind, path, file_format, run_id, file.filename or "upload")
        return ImportAccepted(run_id=run_id)

    @router.post("/url", status_code=status.HTTP_202_ACCEPTED, response_model=ImportAccepted)
    async def from_url(body: UrlImport, _: Principal = operator) -> ImportAccepted:
        try:
            detect_format(body.url.split("?")[0])
        except FeedFormatError as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, detail=str(exc)) from exc
        run_id = f"imp-{uuid.uuid4().hex[:16]}"
        runner.spool.mkdir(parents=True, exist_ok=True)
        await runner.runs.start(run_id, body.kind.value, body.url)
        task = asyncio.create_task(runner.fetch_and_submit(body.kind, body.url, run_id))
        runner._tasks.add(task)
        task.add_done_callback(runner._tasks.discard)
        return ImportAccepted(run_id=run_id)

    @router.post("/{run_id}/resume", status_code=status.HTTP_202_ACCEPTED, response_model=ImportAccepted)
    async def resume(run_id: str, _: Principal = operator) -> ImportAccepted:
        run = await runner.runs.get(run_id)
        if run is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Impor tidak ditemukan / import run not found")
        if run["status"] == "completed" or runner.is_active(run_id):
            raise HTTPException(
                status.HTTP_409_CONFLICT, detail=f"Impor sedang berjalan atau selesai / run is {run['status']}"
            )
        if runner.spooled(run_id) is None:
            raise HTTPException(status.HTTP_410_GONE, detail="Berkas impor tidak ada lagi / feed file gone")
        await runner.runs.start(run_id, run["kind"], run.get("source", ""))  # running again, visible at once
        await runner.resume(run)
        return ImportAccepted(run_id=run_id)

    # Runs name their sources (URLs, file names) and rejected rows: for operators only.
    @router.get("")
    async def recent(limit: int = Query(20, ge=1, le=200), _: Principal = operator) -> dict[str, Any]:
        return {"items": [_public(run) for run in await runner.runs.recent(limit)]}

    @router.get("/{run_id}")
    async def get_run(run_id: str, _: Principal = operator) -> dict[str, Any]:
        run = await runner.runs.get(run_id)
        if run is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Impor tidak ditemukan / import run not found")
        return _public(run)

    return router


def _public(run: dict[str, Any]) -> dict[str, Any]:
    return {"run_id": run.pop("_id"), **run}
