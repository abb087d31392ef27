"""Reading feeds in constant memory: CSV and JSON files row by row, and URLs through a pluggable fetcher."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import httpx
import ijson


class FeedFormatError(ValueError):
    """The file is not CSV or JSON in a shape the importer reads."""


def detect_format(name: str) -> str:
    lowered = name.lower()
    if lowered.endswith(".csv"):
        return "csv"
    if lowered.endswith((".json", ".jsonl", ".ndjson")):
        return "jsonl" if lowered.endswith(("l", ".ndjson")) else "json"
    raise FeedFormatError(f"format berkas tidak dikenal (pakai .csv/.json/.jsonl) / unknown file format: {name}")


def iter_rows(path: Path, file_format: str) -> Iterator[dict[str, Any]]:
    """Rows as dicts, streamed: CSV with a header line, a JSON array of objects (or {"data": [...]}), or
    JSON Lines."""
    if file_format == "csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            yield from csv.DictReader(handle)
        return
    if file_format == "jsonl":
        import json

        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
        return
    with path.open("rb") as handle:
        first = handle.read(1)
        while first.isspace():
            first = handle.read(1)
        handle.seek(0)
        prefix = "item" if first == b"[" else "data.item"
        yield from ijson.items(handle, prefix, use_float=True)


class Fetcher(Protocol):
    """Brings a remote feed to a local file, in constant memory."""

    async def fetch(self, url: str, destination: Path) -> None: ...


class HttpFetcher:
    def __init__(self, timeout: float = 60.0, max_bytes: int = 2 * 1024**3) -> None:
        self._timeout = timeout
        self._max_bytes = max_bytes

    async def fetch(self, url: str, destination: Path) -> None:
        if not url.startswith(("http://", "https://")):
            raise FeedFormatError("URL harus http(s) / URL must be http(s)")
        received = 0
        async with httpx.AsyncClient(timeout=self._timeout, follow_redirects=True) as client:  # noqa: SIM117
            async with client.stream("GET", url) as response:
                response.raise_for_status()
                with destination.open("wb") as handle:
                    async for chunk in response.aiter_bytes(1 << 16):
                        received += len(chunk)
                        if received > self._max_bytes:
                            raise FeedFormatError("berkas terlalu besar / feed too large")
                        handle.write(chunk)


def temporary_feed_path(suffix: str) -> Path:
    handle = tempfile.NamedTemporaryFile(prefix="padan-feed-", suffix=suffix, delete=False)  # noqa: SIM115
    handle.close()
    return Path(handle.name)
