"""Every request Padan makes to an address somebody else chose (webhook deliveries, feed imports from a URL)
goes through this one policy, so that no user of Padan can make it call into the network it runs in (SSRF).

- Only `http` and `https`, no user info (`user:password@`) in the URL, a host, a port in 1..65535.
- The host is resolved here, and every address it resolves to is checked: loopback, private, link-local,
  multicast, unspecified, reserved, shared (CGNAT) and documentation addresses are refused, in IPv4 and IPv6,
  including the IPv6 forms that carry an IPv4 address (IPv4-mapped and -compatible, 6to4, NAT64, Teredo),
  unless an operator put the address on the allow-list (`PADAN_OUTBOUND_ALLOW`: CIDRs, `address:port` or
  `name:port`).
- The connection goes to the address that was checked (the network backend under httpx does the check
  and the connect in one step), so a name that resolves differently a moment later (DNS rebinding) changes
  nothing; the request keeps the name in its Host header and TLS SNI, and the certificate is verified
  against the name.
- Redirects are followed by hand, a bounded number of times, each target checked like the first.
- Responses are bounded in size and time; environment proxies are ignored (a proxy would connect for us).
- The caller sees one generic error, whatever went wrong (refused, refused connection, timeout, no such
  name): per-port or per-address messages would make Padan a port scanner of its own network. The detail
  is in `OutboundError.detail`, for the operator log only.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import httpcore
import httpx
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
#: `resolver(host, port)` -> the addresses (text) the host resolves to; raises OSError when it does not.
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

GENERIC_MESSAGE = "Alamat tujuan tidak diizinkan atau tidak dapat dihubungi / destination not allowed or unreachable"
TOO_LARGE_MESSAGE = "Respons dari alamat tujuan terlalu besar / the destination's response is too large"
_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052 well-known prefix: the last 32 bits are IPv4
#: IPv6 ranges Python's `is_global` does not (on every version) count as non-global.
_IPV6_SPECIAL = (
    (ipaddress.IPv6Network("64:ff9b:1::/48"), "local-use NAT64 (RFC 8215)"),
    (ipaddress.IPv6Network("::/96"), "IPv4-compatible (deprecated)"),
    (ipaddress.IPv6Network("2001::/32"), "Teredo"),
    (ipaddress.IPv6Network("fec0::/10"), "site-local"),
)


class OutboundError(Exception):
    """`str(error)` is the generic message a caller may see; `detail` says what happened, for logs."""

    public_message = GENERIC_MESSAGE

    def __init__(self, detail: str) -> None:
        super().__init__(self.public_message)
        self.detail = detail


class OutboundRefused(OutboundError):
    """The policy refused the URL or every address of its host; nothing was connected to."""


class OutboundUnreachable(OutboundError):
    """No answer: the name did not resolve, the connection failed or timed out, the response broke off."""


class OutboundTooLarge(OutboundError):
    public_message = TOO_LARGE_MESSAGE


# ---------------------------------------------------------------- addresses


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal_reason(address: IPAddress) -> str | None:
    """Why Padan must not connect to this address by itself (None: it may, it is a public address)."""
    if isinstance(address, ipaddress.IPv6Address) and (embedded := _embedded_ipv4(address)) is not None:
        reason = refusal_reason(embedded)
        return None if reason is None else f"IPv6 form of {embedded}: {reason}"
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        # Neither private nor global: shared address space (100.64.0.0/10, carrier-grade NAT) and the like.
        ("not globally routable", not address.is_global),
    )
    reasons = [reason for reason, applies in checks if applies]
    if isinstance(address, ipaddress.IPv6Address):
        reasons += [reason for network, reason in _IPV6_SPECIAL if address in network]
        if address.scope_id:
            reasons.append("zoned (link-local)")
    return reasons[0] if reasons else None


def _plain(address: IPAddress) -> IPAddress:
    """An IPv4-mapped IPv6 address as the IPv4 address it is (the allow-list names IPv4 networks)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


# ---------------------------------------------------------------- the allow-list


@dataclass(frozen=True)
class AllowEntry:
    """One operator exception: a network (any port, or one port) or a host name (any port, or one port)."""

    network: IPNetwork | None = None
    name: str | None = None
    port: int | None = None

    def admits_address(self, address: IPAddress, port: int) -> bool:
        return self.network is not None and _plain(address) in self.network and self.port in (None, port)

    def admits_name(self, name: str, port: int) -> bool:
        return self.name is not None and self.name == name and self.port in (None, port)


def parse_allow_entry(text: str) -> AllowEntry:
    """`10.20.0.0/16`, `127.0.0.1`, `127.0.0.1:8080`, `[::1]:8080`, `::1`, `erp.internal:8443`, `erp.internal`."""
    value = text.strip()
    if not value:
        raise ValueError("entri daftar izin kosong / empty allow-list entry")
    with contextlib.suppress(ValueError):
        return AllowEntry(network=ipaddress.ip_network(value, strict=False))
    host, port = value, None
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        if rest:
            if not rest.startswith(":"):
                raise ValueError(f"entri daftar izin tidak valid / invalid allow-list entry: {text!r}")
            port = _port(rest[1:], text)
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
        port = _port(port_text, text)
    with contextlib.suppress(ValueError):
        return AllowEntry(network=ipaddress.ip_network(host), port=port)
    name = _normal_name(host)
    if not name or any(not (c.isalnum() or c in "-.") for c in name):
        raise ValueError(f"entri daftar izin tidak valid / invalid allow-list entry: {text!r}")
    return AllowEntry(name=name, port=port)


def _port(text: str, entry: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"port tidak valid di daftar izin / invalid port in allow-list entry: {entry!r}")
    return int(text)


def _normal_name(host: str) -> str:
    """Lower case, IDNA (what goes on the wire), without the root's trailing dot."""
    try:
        return httpx.URL(f"http://{host}/").raw_host.decode("ascii").lower().rstrip(".")
    except (httpx.InvalidURL, UnicodeError):
        return ""


# ---------------------------------------------------------------- settings and policy


class OutboundSettings(BaseSettings):
    """Shared by every service that calls out (env prefix PADAN_OUTBOUND_)."""

    model_config = SettingsConfigDict(env_prefix="PADAN_OUTBOUND_", extra="ignore")

    allow: list[str] = Field(
        default_factory=list,
        description='Internal destinations Padan may call anyway (JSON list): "10.20.0.0/16", '
        '"127.0.0.1:9000", "[::1]:9000", "erp.internal:8443"',
    )
    allow_public: bool = Field(
        default=True, description="False: only the allow-list is reachable, and other names are not even resolved"
    )
    max_redirects: int = Field(default=5, ge=0, le=20)

    @field_validator("allow")
    @classmethod
    def _entries(cls, value: list[str]) -> list[str]:
        for entry in value:
            parse_allow_entry(entry)
        return value


async def system_resolver(host: str, port: int) -> Sequence[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class OutboundPolicy:
    """Which URLs and addresses Padan may call. `resolver` is replaceable (tests answer without DNS)."""

    def __init__(
        self,
        allow: Iterable[str | AllowEntry] = (),
        *,
        allow_public: bool = True,
        resolver: Resolver = system_resolver,
        resolve_timeout: float = 10.0,
    ) -> None:
        self._allow = [entry if isinstance(entry, AllowEntry) else parse_allow_entry(entry) for entry in allow]
        self._allow_public = allow_public
        self._resolver = resolver
        self._resolve_timeout = resolve_timeout

    @classmethod
    def from_settings(cls, settings: OutboundSettings | None = None, **kwargs: typing.Any) -> OutboundPolicy:
        settings = settings or OutboundSettings()
        return cls(settings.allow, allow_public=settings.allow_public, **kwargs)

    @staticmethod
    def check_url(url: str | httpx.URL) -> httpx.URL:
        """The URL's form alone (no DNS): http(s), a host, a valid port, no user info."""
        try:
            parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        except (httpx.InvalidURL, TypeError, UnicodeError) as exc:
            raise OutboundRefused(f"unparseable URL: {exc}") from None
        if parsed.scheme not in _SCHEMES:
            raise OutboundRefused(f"scheme {parsed.scheme!r} is not http(s)")
        if parsed.userinfo:
            raise OutboundRefused("user info in the URL")
        if not parsed.raw_host:
            raise OutboundRefused("no host in the URL")
        if parsed.port is not None and not 0 < parsed.port < 65536:
            raise OutboundRefused(f"port {parsed.port} out of range")
        return parsed

    async def check(self, url: str | httpx.URL) -> None:
        """The URL's form and where its host resolves now (for a URL given to be called later)."""
        parsed = self.check_url(url)
        await self.addresses(parsed.raw_host.decode("ascii"), parsed.port or _DEFAULT_PORTS[parsed.scheme])

    async def addresses(self, host: str, port: int) -> list[str]:
        """The addresses of `host` that may be connected to on `port`, in the resolver's order; raises
        OutboundRefused when there is none (before anything was connected to)."""
        name = host.strip("[]").lower().rstrip(".")
        literal = _literal(name)
        named = literal is None and any(entry.admits_name(name, port) for entry in self._allow)
        if literal is None and not named and not self._allow_public:
            raise OutboundRefused(f"{name}:{port} is not on the allow-list (public destinations are off)")
        candidates = [literal] if literal is not None else await self._resolve(name, port)
        permitted: list[str] = []
        refused: list[str] = []
        for address in candidates:
            if named or any(entry.admits_address(address, port) for entry in self._allow):
                permitted.append(str(address))
                continue
            reason = refusal_reason(address) if self._allow_public else "not on the allow-list"
            if reason is None:
                permitted.append(str(address))
            else:
                refused.append(f"{address} ({reason})")
        if not permitted:
            raise OutboundRefused(f"{name}:{port} refused: {', '.join(refused) or 'no address'}")
        return permitted

    async def _resolve(self, name: str, port: int) -> list[IPAddress]:
        try:
            async with asyncio.timeout(self._resolve_timeout):
                found = await self._resolver(name, port)
        except (OSError, TimeoutError) as exc:
            raise OutboundUnreachable(f"{name} did not resolve: {type(exc).__name__} {exc}") from None
        addresses = [address for text in found if (address := _literal(text)) is not None]
        if not addresses:
            raise OutboundUnreachable(f"{name} resolved to no usable address: {list(found)}")
        return addresses


def _literal(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


# ---------------------------------------------------------------- the client


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore asks it for a TCP connection to the URL's host: it resolves and checks the host through the
    policy and connects to a checked address, never to the name (so nothing resolves it again). TLS is
    started afterwards by httpcore with the URL's name as SNI and for certificate verification."""

    def __init__(self, policy: OutboundPolicy, inner: httpcore.AsyncNetworkBackend) -> None:
        self._policy = policy
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._policy.addresses(host, port)
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise OutboundRefused("unix sockets are never outbound destinations")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (request and error mapping) over a connection pool on the pinning backend."""

    def __init__(
        self, policy: OutboundPolicy, backend: httpcore.AsyncNetworkBackend | None, verify: typing.Any
    ) -> None:
        # Not super().__init__: it only builds the pool, and would build it on the default backend.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=_PinnedBackend(policy, backend or httpcore.AnyIOBackend()),
        )


class OutboundClient:
    """An httpx client held to the policy: `stream()` (and `request()`) follow at most `max_redirects`
    redirects, each checked; the whole exchange is bounded by `deadline_seconds`, the body by
    `max_response_bytes` (see `read_limited` / `iter_limited`). Every failure is an OutboundError."""

    def __init__(
        self,
        policy: OutboundPolicy,
        *,
        timeout: float,
        max_response_bytes: int,
        max_redirects: int = 0,
        deadline_seconds: float | None = None,
        user_agent: str = "padan/1",
        network_backend: httpcore.AsyncNetworkBackend | None = None,
        verify: typing.Any = True,
    ) -> None:
        self.policy = policy
        self.max_response_bytes = max_response_bytes
        self._max_redirects = max_redirects
        self._deadline = deadline_seconds if deadline_seconds is not None else timeout * 3
        self._client = httpx.AsyncClient(
            transport=_PinnedTransport(policy, network_backend, verify),
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={"user-agent": user_agent},
        )

    @contextlib.asynccontextmanager
    async def stream(
        self,
        method: str,
        url: str,
        *,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """The final response (after redirects), its body not read yet."""
        try:
            async with asyncio.timeout(self._deadline):
                response = await self._send(method, url, content, headers)
                try:
                    yield response
                finally:
                    await response.aclose()
        except OutboundError:
            raise
        except TimeoutError:
            raise OutboundUnreachable(
                f"{method} {loggable_url(url)}: no complete answer in {self._deadline}s"
            ) from None
        except httpx.HTTPError as exc:
            raise OutboundUnreachable(f"{method} {loggable_url(url)}: {type(exc).__name__} {exc}") from None

    async def request(
        self,
        method: str,
        url: str,
        *,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[httpx.Response, bytes]:
        """The response and its body (at most `max_response_bytes`, else OutboundTooLarge)."""
        async with self.stream(method, url, content=content, headers=headers) as response:
            return response, await self.read_limited(response)

    async def read_limited(self, response: httpx.Response) -> bytes:
        return b"".join([chunk async for chunk in self.iter_limited(response)])

    async def iter_limited(self, response: httpx.Response, chunk_size: int = 1 << 16) -> AsyncIterator[bytes]:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_response_bytes:
            raise OutboundTooLarge(f"declared {declared} bytes, limit {self.max_response_bytes}")
        received = 0
        async for chunk in response.aiter_bytes(chunk_size):
            received += len(chunk)
            if received > self.max_response_bytes:
                raise OutboundTooLarge(f"more than {self.max_response_bytes} bytes")
            yield chunk

    async def _send(
        self, method: str, url: str, content: bytes | None, headers: Mapping[str, str] | None
    ) -> httpx.Response:
        request = self._client.build_request(method, self.policy.check_url(url), content=content, headers=headers)
        for hop in range(self._max_redirects + 1):
            self.policy.check_url(request.url)
            response = await self._client.send(request, stream=True)
            if self._max_redirects == 0 or response.next_request is None:
                return response
            await response.aclose()
            if hop == self._max_redirects:
                break
            request = response.next_request
        raise OutboundRefused(f"more than {self._max_redirects} redirects from {loggable_url(url)}")

    async def aclose(self) -> None:
        await self._client.aclose()


def loggable_url(url: str | httpx.URL) -> str:
    """No user info and no query in logs (webhook URLs sometimes carry tokens there)."""
    try:
        parsed = httpx.URL(str(url))
    except httpx.InvalidURL:
        return "(invalid URL)"
    host = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{host}{port}{parsed.path}"
