"""Reading feeds in constant memory: CSV and JSON files row by row, and URLs through a pluggable fetcher."""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import httpcore
import ijson

from padan.registry.domain.feeds import UnreadableRow
from padan.shared.logging import get_logger
from padan.shared.outbound import OutboundClient, OutboundError, OutboundPolicy, loggable_url

log = get_logger(__name__)


class FeedFormatError(ValueError):
    """The file is not CSV or JSON in a shape the importer reads."""


def detect_format(name: str) -> str:
    lowered = name.lower()
    if lowered.endswith(".csv"):
        return "csv"
    if lowered.endswith((".json", ".jsonl", ".ndjson")):
        return "jsonl" if lowered.endswith(("l", ".ndjson")) else "json"
    raise FeedFormatError(f"format berkas tidak dikenal (pakai .csv/.json/.jsonl) / unknown file format: {name}")


def iter_rows(path: Path, file_format: str) -> Iterator[dict[str, Any] | UnreadableRow]:
    """Rows as dicts, streamed: CSV with a header line, a JSON array of objects (or {"data": [...]}), or
    JSON Lines. A CSV record or JSON line that cannot be read comes as an UnreadableRow, in its place, so
    one bad row neither stops the import nor shifts the row numbers after it; a JSON array that breaks
    off cannot be resynchronised and fails the run."""
    if file_format == "csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            yield from _csv_rows(csv.DictReader(handle))
        return
    if file_format == "jsonl":
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield _json_line(line)
        return
    with path.open("rb") as handle:
        first = handle.read(1)
        while first.isspace():
            first = handle.read(1)
        handle.seek(0)
        prefix = "item" if first == b"[" else "data.item"
        yield from ijson.items(handle, prefix, use_float=True)


def _csv_rows(reader: csv.DictReader[str]) -> Iterator[dict[str, Any] | UnreadableRow]:
    # Every call of the reader consumes input, so a bad record is skipped, never read again.
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield UnreadableRow(f"baris CSV tidak terbaca / unreadable CSV record: {exc}")


def _json_line(line: str) -> dict[str, Any] | UnreadableRow:
    try:
        row: dict[str, Any] = json.loads(line)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
        return UnreadableRow(f"bukan JSON / not JSON: {exc}")
    return row


class Fetcher(Protocol):
    """Brings a remote feed to a local file, in constant memory."""

    async def fetch(self, url: str, destination: Path) -> None: ...


class FeedUnavailable(Exception):
    """The feed could not be downloaded. The message is safe to show (generic for anything network- or
    policy-related, so an import cannot probe the network Padan runs in); the detail went to the log."""


class HttpFetcher:
    """Downloads through the outbound-URL policy (padan.shared.outbound): internal addresses are refused
    unless allow-listed (PADAN_OUTBOUND_ALLOW), each redirect is checked, the checked address is the one
    connected to, and the download is bounded in size and time."""

    def __init__(
        self,
        policy: OutboundPolicy | None = None,
        *,
        timeout: float = 60.0,
        max_bytes: int = 2 * 1024**3,
        deadline_seconds: float = 3600.0,
        max_redirects: int = 5,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.policy = policy or OutboundPolicy.from_settings()
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._deadline = deadline_seconds
        self._max_redirects = max_redirects
        self._backend = network_backend

    async def fetch(self, url: str, destination: Path) -> None:
        client = OutboundClient(
            self.policy,
            timeout=self._timeout,
            max_response_bytes=self._max_bytes,
            max_redirects=self._max_redirects,
            deadline_seconds=self._deadline,
            user_agent="padan-registry/1",
            network_backend=self._backend,
        )
        try:
            async with client.stream("GET", url) as response:
                if not response.is_success:
                    raise FeedUnavailable(f"sumber menjawab HTTP {response.status_code} / source answered HTTP "
                                          f"{response.status_code}")  # fmt: skip
                with destination.open("wb") as handle:
                    async for chunk in client.iter_limited(response):
                        handle.write(chunk)
        except OutboundError as exc:
            log.warning("feed_download_failed", url=loggable_url(url), detail=exc.detail)
            raise FeedUnavailable(str(exc)) from None
        finally:
            await client.aclose()


def temporary_feed_path(suffix: str) -> Path:
    handle = tempfile.NamedTemporaryFile(prefix="padan-feed-", suffix=suffix, delete=False)  # noqa: SIM115
    handle.close()
    return Path(handle.name)
