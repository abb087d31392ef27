"""The outbound-URL policy (padan.shared.outbound) against real HTTP(S) servers on loopback: internal
addresses are refused before any connection is attempted, loopback is reachable only through the
allow-list, every redirect is checked again, the checked address is the one connected to (DNS rebinding),
the Host header and TLS SNI keep the name, responses are bounded, and the caller sees one generic error."""

from __future__ import annotations

import ipaddress
import ssl
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpcore
import pytest
import trustme

from padan.shared.outbound import (
    GENERIC_MESSAGE,
    OutboundClient,
    OutboundPolicy,
    OutboundRefused,
    OutboundSettings,
    OutboundTooLarge,
    OutboundUnreachable,
    parse_allow_entry,
    refusal_reason,
)

# ---------------------------------------------------------------- helpers


@dataclass
class Arrival:
    method: str
    path: str
    host: str


@dataclass
class LocalServer:
    """A real HTTP server on 127.0.0.1. Paths: /ok, /big (2 MB), /slow (headers, then the body only when
    the test releases it), /redirect?to=<url> (302)."""

    tls: ssl.SSLContext | None = None
    arrivals: list[Arrival] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    sni: list[str | None] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def url(self, path: str = "/ok", host: str = "127.0.0.1") -> str:
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}{path}"

    def start(self) -> LocalServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                owner.arrivals.append(Arrival(self.command, self.path, self.headers.get("host", "")))
                if self.path.startswith("/redirect?to="):
                    self.send_response(302)
                    self.send_header("location", self.path.removeprefix("/redirect?to="))
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                body = b"x" * (2 * 1024 * 1024) if self.path == "/big" else b'{"ok": true}'
                self.send_response(200)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                if self.path == "/slow":
                    owner.release.wait(30)
                self.wfile.write(body)

            do_GET = do_POST = _answer

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        if self.tls is not None:
            context = self.tls

            def remember_sni(sock: Any, name: str | None, _: Any) -> None:
                owner.sni.append(name)

            context.sni_callback = remember_sni
            server.socket = context.wrap_socket(server.socket, server_side=True)
        self._server = server
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    running = LocalServer().start()
    yield running
    running.stop()


@pytest.fixture
def other_server() -> Iterator[LocalServer]:
    running = LocalServer().start()
    yield running
    running.stop()


class StubResolver:
    """Answers from a table (no DNS query leaves the machine); each call is recorded. A list of answers
    per name is used in turn (the last one repeats): a name that changes its answer, as in DNS rebinding."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> Sequence[str]:
        self.calls.append(host)
        if host not in self.answers:
            raise OSError(f"no such name: {host}")
        turns = self.answers[host]
        return turns[min(self.calls.count(host) - 1, len(turns) - 1)]


class RecordingBackend(httpcore.AsyncNetworkBackend):
    """The real network backend, recording where each connection goes; `forbid` fails the test instead."""

    def __init__(self, *, forbid: bool = False) -> None:
        self.forbid = forbid
        self.connects: list[tuple[str, int]] = []
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        self.connects.append((host, port))
        if self.forbid:
            pytest.fail(f"a connection to {host}:{port} was attempted; the policy must refuse before connecting")
        return await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _client(
    policy: OutboundPolicy, backend: httpcore.AsyncNetworkBackend | None = None, **kwargs: Any
) -> OutboundClient:
    options: dict[str, Any] = {"timeout": 5.0, "max_response_bytes": 1024 * 1024, **kwargs}
    return OutboundClient(policy, network_backend=backend, **options)


# ---------------------------------------------------------------- addresses

REFUSED = [
    "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
    "100.64.0.1", "224.0.0.251", "239.255.255.250", "240.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "2001:db8::1",
    "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1", "::10.0.0.1",
    "2002:7f00:1::1", "2002:a9fe:a9fe::1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::808:808",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
]  # fmt: skip
PUBLIC = ["8.8.8.8", "1.1.1.1", "36.86.63.182", "2606:4700:4700::1111",
          "::ffff:8.8.8.8", "2002:808:808::1", "64:ff9b::808:808"]  # fmt: skip


@pytest.mark.parametrize("address", REFUSED)
def test_internal_addresses_in_every_form_are_refused(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://127.0.0.1:25/",
        "ftp://example.id/feed.csv",
        "http://user:pass@example.id/",
        "http://operator@example.id/",
        "http:///nohost",
        "http://example.id:0/",
        "javascript:alert(1)",
        "not a url",
    ],
)
def test_urls_of_the_wrong_form_are_refused_without_dns(url: str) -> None:
    with pytest.raises(OutboundRefused) as refused:
        OutboundPolicy.check_url(url)
    assert str(refused.value) == GENERIC_MESSAGE


def test_allow_list_entries_parse_and_bad_ones_are_rejected() -> None:
    assert parse_allow_entry("10.20.0.0/16").network == ipaddress.ip_network("10.20.0.0/16")
    assert parse_allow_entry("127.0.0.1:8080").port == 8080
    entry = parse_allow_entry("[::1]:9000")
    assert (entry.network, entry.port) == (ipaddress.ip_network("::1/128"), 9000)
    assert parse_allow_entry("ERP.Internal.:8443").name == "erp.internal"
    assert parse_allow_entry("erp.internal").port is None
    for bad in ("", "127.0.0.1:0", "127.0.0.1:99999", "erp internal:80", "[::1]x", "a:b"):
        with pytest.raises(ValueError):
            parse_allow_entry(bad)


def test_allow_list_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PADAN_OUTBOUND_ALLOW", '["127.0.0.1:9000", "10.0.0.0/8"]')
    monkeypatch.setenv("PADAN_OUTBOUND_MAX_REDIRECTS", "2")
    settings = OutboundSettings()
    assert settings.allow == ["127.0.0.1:9000", "10.0.0.0/8"] and settings.max_redirects == 2
    monkeypatch.setenv("PADAN_OUTBOUND_ALLOW", '["not a destination"]')
    with pytest.raises(ValueError, match="allow-list"):
        OutboundSettings()


# ---------------------------------------------------------------- refused before connecting


@pytest.mark.parametrize(
    "address", ["169.254.169.254", "10.0.0.5", "127.0.0.1", "::1", "::ffff:127.0.0.1", "2002:7f00:1::", "fd00::1"]
)
async def test_a_name_resolving_to_an_internal_address_is_refused_before_any_connection(address: str) -> None:
    resolver = StubResolver({"hooks.example.id": [[address]]})
    backend = RecordingBackend(forbid=True)
    client = _client(OutboundPolicy(resolver=resolver), backend)
    try:
        with pytest.raises(OutboundRefused) as refused:
            await client.request("POST", "http://hooks.example.id/padan", content=b"{}")
    finally:
        await client.aclose()
    assert backend.connects == [] and resolver.calls == ["hooks.example.id"]
    assert str(refused.value) == GENERIC_MESSAGE and str(ipaddress.ip_address(address)) in refused.value.detail


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8101/api/v1/suppliers",
        "http://[::1]:27027/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://0.0.0.0:8103/",
        "http://10.0.0.1/",
    ],
)
async def test_internal_address_literals_are_refused_without_resolving_or_connecting(url: str) -> None:
    resolver = StubResolver({})
    backend = RecordingBackend(forbid=True)
    client = _client(OutboundPolicy(resolver=resolver), backend)
    try:
        with pytest.raises(OutboundRefused):
            await client.request("GET", url)
    finally:
        await client.aclose()
    assert backend.connects == [] and resolver.calls == []


async def test_decimal_and_short_ipv4_names_are_judged_by_what_they_resolve_to() -> None:
    # "2130706433" and "127.1" are names to a URL parser, but the C resolver reads them as 127.0.0.1.
    policy = OutboundPolicy()
    for host in ("2130706433", "127.1", "0x7f.0.0.1"):
        with pytest.raises(OutboundRefused):
            await policy.check(f"http://{host}/")


async def test_public_destinations_off_means_names_are_not_even_resolved() -> None:
    resolver = StubResolver({"erp.example.id": [["36.86.63.182"]]})
    policy = OutboundPolicy(allow_public=False, resolver=resolver)
    with pytest.raises(OutboundRefused):
        await policy.check("https://erp.example.id/hooks")
    assert resolver.calls == []


# ---------------------------------------------------------------- loopback only through the allow-list


async def test_loopback_is_refused_unless_allow_listed_and_then_only_on_its_port(
    server: LocalServer, other_server: LocalServer
) -> None:
    refused = _client(OutboundPolicy())
    try:
        with pytest.raises(OutboundRefused):
            await refused.request("POST", server.url(), content=b"{}")
    finally:
        await refused.aclose()
    assert server.arrivals == []

    allowed = _client(OutboundPolicy([f"127.0.0.1:{server.port}"]))
    try:
        response, body = await allowed.request("POST", server.url(), content=b"{}")
        assert (response.status_code, body) == (200, b'{"ok": true}')
        with pytest.raises(OutboundRefused):  # the same address on another port is not on the list
            await allowed.request("POST", other_server.url(), content=b"{}")
    finally:
        await allowed.aclose()
    assert [a.method for a in server.arrivals] == ["POST"] and other_server.arrivals == []


async def test_allow_listed_network_admits_any_port_in_it(server: LocalServer) -> None:
    client = _client(OutboundPolicy(["127.0.0.0/8"]))
    try:
        response, _ = await client.request("GET", server.url())
    finally:
        await client.aclose()
    assert response.status_code == 200


# ---------------------------------------------------------------- redirects


async def test_a_redirect_to_an_internal_address_is_refused_before_connecting_there(
    server: LocalServer, other_server: LocalServer
) -> None:
    # Only the first server is allowed; it redirects to the second (loopback, another port) and to metadata.
    client = _client(OutboundPolicy([f"127.0.0.1:{server.port}"]), max_redirects=5)
    try:
        for target in (other_server.url(), "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"):
            with pytest.raises(OutboundRefused):
                await client.request("GET", server.url(f"/redirect?to={target}"))
    finally:
        await client.aclose()
    assert other_server.arrivals == []
    assert len(server.arrivals) == 3


async def test_allowed_redirects_are_followed_up_to_the_bound(server: LocalServer) -> None:
    client = _client(OutboundPolicy([f"127.0.0.1:{server.port}"]), max_redirects=2)
    try:
        response, body = await client.request("GET", server.url(f"/redirect?to={server.url('/ok')}"))
        assert (response.status_code, body) == (200, b'{"ok": true}')
        chain = server.url("/redirect?to=" + server.url("/redirect?to=" + server.url("/redirect?to=/ok")))
        with pytest.raises(OutboundRefused, match=GENERIC_MESSAGE.split(" / ")[0]) as refused:
            await client.request("GET", chain)
    finally:
        await client.aclose()
    assert "redirects" in refused.value.detail


async def test_without_redirects_a_3xx_is_the_answer(server: LocalServer) -> None:
    client = _client(OutboundPolicy([f"127.0.0.1:{server.port}"]), max_redirects=0)
    try:
        response, _ = await client.request("POST", server.url("/redirect?to=http://169.254.169.254/"), content=b"{}")
    finally:
        await client.aclose()
    assert response.status_code == 302 and len(server.arrivals) == 1


# ---------------------------------------------------------------- DNS rebinding: the checked address is used


async def test_the_connection_goes_to_the_checked_address_and_keeps_the_name_in_host(server: LocalServer) -> None:
    # The name first resolves to the allowed receiver, then (rebinding) to the metadata address.
    resolver = StubResolver({"hooks.example.id": [["127.0.0.1"], ["169.254.169.254"]]})
    backend = RecordingBackend()
    policy = OutboundPolicy([f"127.0.0.1:{server.port}"], resolver=resolver)
    client = _client(policy, backend)
    url = f"http://hooks.example.id:{server.port}/ok"
    try:
        response, _ = await client.request("POST", url, content=b"{}", headers={"connection": "close"})
        assert response.status_code == 200
        # Connected to the address that was checked, never to the name (which would be resolved again).
        assert backend.connects == [("127.0.0.1", server.port)]
        assert server.arrivals[0].host == f"hooks.example.id:{server.port}"
        # The next connection resolves again, gets the rebinding answer and is refused before connecting.
        with pytest.raises(OutboundRefused) as refused:
            await client.request("POST", url, content=b"{}")
    finally:
        await client.aclose()
    assert backend.connects == [("127.0.0.1", server.port)] and len(server.arrivals) == 1
    assert resolver.calls == ["hooks.example.id", "hooks.example.id"] and "169.254.169.254" in refused.value.detail


async def test_of_mixed_answers_only_the_permitted_addresses_are_connected_to(server: LocalServer) -> None:
    resolver = StubResolver({"hooks.example.id": [["10.0.0.7", "127.0.0.1"]]})
    backend = RecordingBackend()
    client = _client(OutboundPolicy([f"127.0.0.1:{server.port}"], resolver=resolver), backend)
    try:
        response, _ = await client.request("GET", f"http://hooks.example.id:{server.port}/ok")
    finally:
        await client.aclose()
    assert response.status_code == 200 and backend.connects == [("127.0.0.1", server.port)]


async def test_tls_keeps_the_name_for_sni_and_certificate_while_connecting_to_the_checked_address() -> None:
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("hooks.example.id").configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    server = LocalServer(tls=server_context).start()
    resolver = StubResolver({"hooks.example.id": [["127.0.0.1"]], "other.example.id": [["127.0.0.1"]]})
    backend = RecordingBackend()
    policy = OutboundPolicy([f"127.0.0.1:{server.port}"], resolver=resolver)
    client = _client(policy, backend, verify=client_context)
    try:
        response, _ = await client.request("GET", f"https://hooks.example.id:{server.port}/ok")
        assert response.status_code == 200
        assert server.sni == ["hooks.example.id"] and backend.connects == [("127.0.0.1", server.port)]
        # A name the certificate does not carry fails verification although the address is the same.
        with pytest.raises(OutboundUnreachable) as failed:
            await client.request("GET", f"https://other.example.id:{server.port}/ok")
    finally:
        await client.aclose()
        server.stop()
    assert str(failed.value) == GENERIC_MESSAGE and "certificate" in failed.value.detail.lower()


# ---------------------------------------------------------------- bounds and the one generic error


async def test_a_response_larger_than_the_limit_is_cut_off(server: LocalServer) -> None:
    client = _client(OutboundPolicy([f"127.0.0.1:{server.port}"]), max_response_bytes=1024 * 1024)
    try:
        with pytest.raises(OutboundTooLarge):
            await client.request("GET", server.url("/big"))
    finally:
        await client.aclose()


async def test_a_response_slower_than_the_deadline_is_abandoned(server: LocalServer) -> None:
    client = _client(OutboundPolicy([f"127.0.0.1:{server.port}"]), timeout=30.0, deadline_seconds=0.5)
    try:
        with pytest.raises(OutboundUnreachable) as failed:
            await client.request("GET", server.url("/slow"))
    finally:
        server.release.set()
        await client.aclose()
    assert str(failed.value) == GENERIC_MESSAGE and "0.5s" in failed.value.detail


async def test_refused_closed_and_unresolvable_destinations_all_say_the_same(server: LocalServer) -> None:
    closed = LocalServer().start()
    closed_port = closed.port
    closed.stop()  # nothing listens there now: connection refused
    resolver = StubResolver({})
    client = _client(OutboundPolicy([f"127.0.0.1:{closed_port}"], resolver=resolver))
    errors: list[Exception] = []
    try:
        for url in (f"http://127.0.0.1:{closed_port}/", "http://127.0.0.1:22/", "http://no-such-name.example.id/"):
            with pytest.raises((OutboundRefused, OutboundUnreachable)) as failed:
                await client.request("GET", url)
            errors.append(failed.value)
    finally:
        await client.aclose()
    assert {str(e) for e in errors} == {GENERIC_MESSAGE}
    details = [getattr(e, "detail", "") for e in errors]
    assert len(set(details)) == 3  # the operator log tells them apart
