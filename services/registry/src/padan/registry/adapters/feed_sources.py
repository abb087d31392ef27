"""Reading feeds in constant memory: CSV and JSON files row by row, and URLs through a pluggable fetcher."""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import httpcore
import ijson

from padan.registry.domain.datasets import Dataset, UnknownDataset, dataset_named, guess_from_filename, recognise
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
            yield from csv_rows(handle)
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


class _Lines:
    """The file's physical lines, remembering those the csv reader took for its current record."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self.taken: list[str] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line


_BROKEN = "baris CSV rusak (tanda kutip tidak tertutup?) / broken CSV line (unclosed quote?)"


def csv_rows(lines: Iterable[str]) -> Iterator[dict[str, Any] | UnreadableRow]:
    """CSV records with a header line, as dicts. A record whose field count differs from the header's (an
    unterminated quote swallows the lines after it into one record, or a line has a stray delimiter) is
    read again line by line: each of its lines that is a whole record on its own is a row, each other
    one is an UnreadableRow. So broken lines are reported one by one and the lines they would have
    swallowed still import; a quoted field that legitimately spans lines stays one row."""
    source = _Lines(lines)
    reader = csv.reader(source)
    header: list[str] | None = None
    while True:
        source.taken = []
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a field over the csv module's limit: its lines, read one by one
            if header is None:
                yield UnreadableRow(f"baris CSV tidak terbaca / unreadable CSV record: {exc}")
                continue
            yield from _line_by_line(source.taken, header, f"baris CSV tidak terbaca / unreadable CSV record: {exc}")
            continue
        if header is None:
            header = [name.strip() for name in record]
            continue
        if not record:  # a blank line
            continue
        if len(record) == len(header):
            yield dict(zip(header, record, strict=True))
        else:
            yield from _line_by_line(source.taken, header, _BROKEN)


def _line_by_line(lines: list[str], header: list[str], reason: str) -> Iterator[dict[str, Any] | UnreadableRow]:
    for line in lines:
        if not line.strip():
            continue
        try:
            fields = next(csv.reader([line]), [])
        except csv.Error:
            fields = []
        yield dict(zip(header, fields, strict=True)) if len(fields) == len(header) else UnreadableRow(reason)


def _json_line(line: str) -> dict[str, Any] | UnreadableRow:
    try:
        row: dict[str, Any] = json.loads(line)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
        return UnreadableRow(f"bukan JSON / not JSON: {exc}")
    return row


def choose_dataset(path: Path, file_format: str, name: str | None = None, filename: str | None = None) -> Dataset:
    """The dataset a feed file holds: the one named; else the one its file name says (ISB exports are named
    "21_1018_RUP-PaketPenyedia-Terumumkan.json"); else the one its first readable row's fields recognise.
    Raises UnknownDataset."""
    if name:
        return dataset_named(name)
    if filename and (guessed := guess_from_filename(filename)) is not None:
        return guessed
    try:
        for row in iter_rows(path, file_format):
            if isinstance(row, dict):
                return recognise(row)
    except (ijson.JSONError, UnicodeDecodeError) as exc:
        raise UnknownDataset(f"berkas tidak terbaca / unreadable file: {exc}") from exc
    raise UnknownDataset("berkas tidak berisi baris yang terbaca / the file has no readable row")


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
