"""Import from a URL (HttpFetcher) under the outbound-URL policy, against real HTTP servers on loopback: an
internal destination is refused before anything connects, loopback only through the allow-list, redirects
are checked again, and whatever fails, the message an operator sees is the same (no port scanner)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

import httpcore
import pytest

from padan.registry.adapters.feed_sources import FeedUnavailable, HttpFetcher
from padan.shared.outbound import GENERIC_MESSAGE, OutboundPolicy

FEED = b'[{"kd_produk": "EK1", "nama_produk": "Traktor tangan"}]'


class Feeds(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        Feeds.requests.append(self.path)
        if self.path.startswith("/pindah?ke="):
            self.send_response(302)
            self.send_header("location", self.path.removeprefix("/pindah?ke="))
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("content-length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)


@pytest.fixture
def server() -> Iterator[str]:
    Feeds.requests = []
    running = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Feeds)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{running.server_address[1]}"
    running.shutdown()
    running.server_close()


class NoConnections(httpcore.AsyncNetworkBackend):
    async def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        pytest.fail(f"connected to {host}:{port}; the policy must refuse first")


async def _metadata(host: str, port: int) -> Sequence[str]:
    return ["169.254.169.254"]


async def test_a_feed_url_that_resolves_to_the_metadata_service_is_refused_before_connecting(tmp_path: Path) -> None:
    fetcher = HttpFetcher(OutboundPolicy(resolver=_metadata), network_backend=NoConnections())
    with pytest.raises(FeedUnavailable) as refused:
        await fetcher.fetch("http://katalog.example.id/latest/meta-data.json", tmp_path / "feed.json")
    assert str(refused.value) == GENERIC_MESSAGE


async def test_loopback_feeds_only_through_the_allow_list(server: str, tmp_path: Path) -> None:
    port = int(server.rsplit(":", 1)[1])
    with pytest.raises(FeedUnavailable):
        await HttpFetcher(OutboundPolicy()).fetch(f"{server}/katalog.json", tmp_path / "a.json")
    assert Feeds.requests == []
    await HttpFetcher(OutboundPolicy([f"127.0.0.1:{port}"])).fetch(f"{server}/katalog.json", tmp_path / "b.json")
    assert (tmp_path / "b.json").read_bytes() == FEED


async def test_a_redirect_into_the_internal_network_is_refused(server: str, tmp_path: Path) -> None:
    port = int(server.rsplit(":", 1)[1])
    fetcher = HttpFetcher(OutboundPolicy([f"127.0.0.1:{port}"]))
    for target in ("http://127.0.0.1:8101/api/v1/suppliers", "http://10.0.0.1/feed.json", "file:///etc/passwd"):
        with pytest.raises(FeedUnavailable) as refused:
            await fetcher.fetch(f"{server}/pindah?ke={target}", tmp_path / "c.json")
        assert str(refused.value) == GENERIC_MESSAGE
    # Followed to an allowed place, the feed arrives.
    await fetcher.fetch(f"{server}/pindah?ke=/katalog.json", tmp_path / "d.json")
    assert (tmp_path / "d.json").read_bytes() == FEED


async def test_closed_ports_refused_addresses_and_oversized_feeds_are_all_reported_without_detail(
    server: str, tmp_path: Path
) -> None:
    closed = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Feeds)
    closed_port = closed.server_address[1]
    closed.server_close()
    fetcher = HttpFetcher(OutboundPolicy(["127.0.0.0/8"]))
    messages = set()
    for url in (f"http://127.0.0.1:{closed_port}/a.json", "http://169.254.169.254/a.json", "http://[::1]:22/a.json"):
        with pytest.raises(FeedUnavailable) as failed:
            await fetcher.fetch(url, tmp_path / "e.json")
        messages.add(str(failed.value))
    assert messages == {GENERIC_MESSAGE}
    with pytest.raises(FeedUnavailable, match="terlalu besar"):
        await HttpFetcher(OutboundPolicy(["127.0.0.0/8"]), max_bytes=10).fetch(f"{server}/k.json", tmp_path / "f.json")
