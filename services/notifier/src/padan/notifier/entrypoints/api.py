"""Notifier JSON API: the delivery log and re-drive, webhook subscriptions, recipient preferences, digests.

Operators (`X-API-Key`) see and change everything; a supplier or buyer (Bearer token) sees its own
deliveries, manages its own preferences, and may see and delete the subscriptions about it. Webhook
subscriptions are made and changed only by operators and by downstream systems with an integration key
(their own subscriptions), and a subscription's URL must pass the outbound-URL policy (padan.shared.outbound)
when it is made or changed, and again at every delivery.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, field_validator

from padan.notifier.channels import webhook
from padan.notifier.domain.deliveries import Status
from padan.notifier.domain.preferences import Preference
from padan.notifier.domain.subscriptions import ALL_TYPES, EVENT_TYPES, masked, new_secret
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.redrive import NotRedrivable, redrive
from padan.notifier.handlers.send_digests import send_digests
from padan.shared.auth import AuthSettings, Principal, Role, forbidden, requires
from padan.shared.http import query_filters
from padan.shared.logging import get_logger
from padan.shared.outbound import OutboundError, OutboundPolicy, loggable_url

log = get_logger(__name__)

_LOG_FIELDS = (
    "event_id", "event_type", "match_id", "party", "party_id", "address", "channel", "status", "reason",
    "subject", "attempt_count", "attempts", "created_at", "sent_at", "next_attempt_at", "last_error",
    "dead_at", "dlq_published_at", "digest_id", "items", "correlation_id",
)  # fmt: skip


def _http_url(value: str) -> str:
    try:
        OutboundPolicy.check_url(value)
    except OutboundError:
        raise ValueError(
            "URL harus http:// atau https://, dengan nama host dan tanpa nama pengguna/kata sandi / "
            "URL must be http(s), with a host and no user info"
        ) from None
    return value


async def _allowed_destination(ctx: NotifierContext, url: str) -> None:
    """The URL's host, resolved now, must be a destination the policy allows (422 otherwise, one message
    whatever the reason; the reason goes to the operator log)."""
    try:
        await ctx.outbound.check(url)
    except OutboundError as exc:
        log.warning("subscription_url_refused", url=loggable_url(url), detail=exc.detail)
        message = "alamat webhook tidak diizinkan atau tidak dapat dihubungi / webhook URL not allowed or unreachable"
        raise RequestValidationError([{"loc": ("body", "url"), "msg": message, "type": "value_error"}]) from None


def _known_types(value: list[str]) -> list[str]:
    unknown = sorted(set(value) - {*EVENT_TYPES, ALL_TYPES})
    if unknown:
        raise ValueError(
            f"jenis event tidak dikenal: {', '.join(unknown)} (pilih dari {', '.join(EVENT_TYPES)} atau *) / "
            "unknown event types"
        )
    return sorted(set(value))


class SubscriptionIn(BaseModel):
    url: str = Field(min_length=8, max_length=2000)
    event_types: list[str] = Field(min_length=1)
    secret: str | None = Field(default=None, description="whsec_<base64>; generated when omitted")
    description: str = Field(default="", max_length=300)
    party_id: str | None = Field(default=None, description="Owner: only events about this supplier/buyer")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _http_url(value)

    @field_validator("event_types")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        return _known_types(value)

    @field_validator("secret")
    @classmethod
    def _whsec(cls, value: str | None) -> str | None:
        if value is not None and (not value.startswith("whsec_") or len(value) < 30):
            raise ValueError("secret harus berbentuk whsec_<base64, min. 24 bita> / secret must be whsec_<base64>")
        return value


class SubscriptionPatch(BaseModel):
    url: str | None = None
    event_types: list[str] | None = None
    active: bool | None = None
    description: str | None = None
    rotate_secret: bool = False

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value)

    @field_validator("event_types")
    @classmethod
    def _types(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _known_types(value)


class PreferenceIn(BaseModel):
    email: Preference


def build_router(ctx: NotifierContext, auth: AuthSettings) -> APIRouter:
    router = APIRouter(prefix="/api/v1")
    router.include_router(_deliveries_router(ctx, auth))
    router.include_router(_subscriptions_router(ctx, auth))
    router.include_router(_preferences_router(ctx, auth))
    return router


def _deliveries_router(ctx: NotifierContext, auth: AuthSettings) -> APIRouter:
    router = APIRouter(tags=["deliveries"])
    anyone = requires(auth, Role.SUPPLIER, Role.BUYER)
    operator = requires(auth, Role.OPERATOR)
    repository = ctx.repository

    @router.get("/deliveries")
    async def list_deliveries(
        *,
        principal: Principal = anyone,
        event_id: str | None = None,
        match_id: str | None = None,
        party_id: str | None = None,
        channel: str | None = None,
        delivery_status: Status | None = Query(None, alias="status"),
        limit: int = Query(50, ge=1, le=500),
    ) -> dict[str, Any]:
        """The delivery log: every delivery with every attempt and its result, newest first."""
        if principal.role is not Role.OPERATOR:
            party_id = principal.organisation_id  # an owner sees only its own
        filters = query_filters(
            event_id=event_id, match_id=match_id, party_id=party_id, channel=channel, status=delivery_status
        )
        items = await repository.find(filters, limit)
        return {"items": [_log_entry(ctx, item) for item in items]}

    @router.get("/deliveries/{delivery_id}")
    async def get_delivery(delivery_id: str, principal: Principal = anyone) -> dict[str, Any]:
        delivery = await repository.delivery_with_bodies(delivery_id)
        if delivery is None or (
            principal.role is not Role.OPERATOR and delivery["party_id"] != principal.organisation_id
        ):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Pengiriman tidak ditemukan / delivery not found")
        return {**_log_entry(ctx, delivery), **ctx.channels.parts(delivery)}

    @router.post("/deliveries/{delivery_id}/redrive")
    async def redrive_one(delivery_id: str, principal: Principal = operator) -> dict[str, Any]:
        """Send a dead delivery again (after the receiver is fixed)."""
        try:
            return _log_entry(ctx, await redrive(ctx, delivery_id, principal.subject))
        except KeyError:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Pengiriman tidak ditemukan / delivery not found") from None
        except NotRedrivable as exc:
            raise HTTPException(
                status.HTTP_409_CONFLICT,
                f"Hanya pengiriman berstatus dead yang bisa dikirim ulang (status: {exc}) / only dead deliveries",
            ) from None

    @router.post("/deliveries/redrive")
    async def redrive_dead(
        principal: Principal = operator, party_id: str | None = None, limit: int = Query(500, ge=1, le=5000)
    ) -> dict[str, Any]:
        """Re-drive every dead delivery (of one subscription or recipient, when `party_id` is given)."""
        filters = {"status": Status.DEAD.value, **({"party_id": party_id} if party_id else {})}
        dead = await repository.find(filters, limit)
        for delivery in dead:
            await redrive(ctx, delivery["_id"], principal.subject)
        return {"redriven": [d["_id"] for d in dead]}

    @router.post("/digests/run")
    async def run_digests(_: Principal = operator) -> dict[str, int]:
        """Send the waiting digests now (they also go out daily at PADAN_NOTIFIER_DIGEST_HOUR_WIB)."""
        return {"digests": await send_digests(ctx)}

    return router


def _subscriptions_router(ctx: NotifierContext, auth: AuthSettings) -> APIRouter:
    router = APIRouter(tags=["subscriptions"])
    makers = requires(auth, Role.INTEGRATION)  # and operators
    readers = requires(auth, Role.SUPPLIER, Role.BUYER, Role.INTEGRATION)
    repository = ctx.repository

    @router.post("/subscriptions", status_code=status.HTTP_201_CREATED)
    async def create_subscription(body: SubscriptionIn, principal: Principal = makers) -> dict[str, Any]:
        """Register a webhook (operators, and downstream systems with an integration key). The response is
        the only time the secret is shown in full."""
        await _allowed_destination(ctx, body.url)
        document = {
            "_id": f"sub_{uuid.uuid4().hex}",
            "url": body.url,
            "event_types": body.event_types,
            "secret": body.secret or new_secret(),
            "description": body.description,
            "party_id": body.party_id,
            "active": True,
            "created_at": ctx.clock(),
            "created_by": principal.subject,
        }
        await repository.save_subscription(document)
        await ctx.subscriptions.reload()
        return {**_subscription_view(document), "secret": document["secret"]}

    @router.get("/subscriptions")
    async def list_subscriptions(principal: Principal = readers) -> dict[str, Any]:
        documents = [await repository.subscription(s.subscription_id) for s in ctx.subscriptions.current()]
        return {"items": [_subscription_view(d) for d in documents if d and _may_see(principal, d)]}

    async def _visible(subscription_id: str, principal: Principal) -> dict[str, Any]:
        document = await repository.subscription(subscription_id)
        if document is None or not _may_see(principal, document):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Langganan tidak ditemukan / subscription not found")
        return document

    @router.get("/subscriptions/{subscription_id}")
    async def get_subscription(subscription_id: str, principal: Principal = readers) -> dict[str, Any]:
        return _subscription_view(await _visible(subscription_id, principal))

    @router.patch("/subscriptions/{subscription_id}")
    async def update_subscription(
        subscription_id: str, body: SubscriptionPatch, principal: Principal = makers
    ) -> dict[str, Any]:
        document = await _visible(subscription_id, principal)
        if body.url is not None:
            await _allowed_destination(ctx, body.url)
        changes = body.model_dump(exclude_none=True, exclude={"rotate_secret"})
        document.update(changes)
        if body.rotate_secret:
            document["secret"] = new_secret()
        await repository.save_subscription(document)
        await ctx.subscriptions.reload()
        view = _subscription_view(document)
        return {**view, "secret": document["secret"]} if body.rotate_secret else view

    @router.delete("/subscriptions/{subscription_id}", status_code=204)
    async def delete_subscription(subscription_id: str, principal: Principal = readers) -> None:
        """Also ends its deliveries still to be tried: they are cancelled, not retried."""
        await _visible(subscription_id, principal)
        await repository.delete_subscription(subscription_id)
        await ctx.subscriptions.reload()
        cancelled = await repository.cancel_open(
            webhook.NAME, subscription_id, ctx.clock(), "langganan dihapus / subscription deleted"
        )
        log.info("subscription_deleted", subscription_id=subscription_id, cancelled_deliveries=len(cancelled))

    return router


def _preferences_router(ctx: NotifierContext, auth: AuthSettings) -> APIRouter:
    router = APIRouter(tags=["preferences"])
    anyone = requires(auth, Role.SUPPLIER, Role.BUYER)
    repository = ctx.repository

    @router.get("/preferences/{party}/{party_id}")
    async def get_preference(party: str, party_id: str, principal: Principal = anyone) -> dict[str, str]:
        key = _preference_key(principal, party, party_id)
        return {"recipient": key, "email": (await repository.preference(key)).value}

    @router.put("/preferences/{party}/{party_id}")
    async def put_preference(
        party: str, party_id: str, body: PreferenceIn, principal: Principal = anyone
    ) -> dict[str, str]:
        """immediate (every email at once), digest (one email a day) or off."""
        key = _preference_key(principal, party, party_id)
        await repository.set_preference(key, body.email, ctx.clock())
        return {"recipient": key, "email": body.email.value}

    return router


def _preference_key(principal: Principal, party: str, party_id: str) -> str:
    if party not in ("supplier", "buyer", "operator"):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Jenis penerima tidak dikenal / unknown recipient kind")
    if principal.role is not Role.OPERATOR and not (party != "operator" and principal.owns(Role(party), party_id)):
        raise forbidden()
    return f"{party}:{party_id}"


def _may_see(principal: Principal, subscription: dict[str, Any]) -> bool:
    """Operators see every subscription; a downstream system those it made; a supplier or buyer those
    about itself."""
    if principal.role is Role.OPERATOR:
        return True
    if principal.role is Role.INTEGRATION:
        return bool(subscription.get("created_by") == principal.subject)
    owner = subscription.get("party_id")
    return owner is not None and owner == principal.organisation_id


def _log_entry(ctx: NotifierContext, delivery: dict[str, Any]) -> dict[str, Any]:
    """The common fields, and its channel's (an e-mail's `message_id`, a webhook's `webhook_id`)."""
    entry = {"delivery_id": delivery["_id"], **{k: delivery[k] for k in _LOG_FIELDS if k in delivery}}
    return {**entry, **ctx.channels.log_fields(delivery)}


def _subscription_view(document: dict[str, Any]) -> dict[str, Any]:
    return {
        "subscription_id": document["_id"],
        "url": document["url"],
        "event_types": document.get("event_types", []),
        "party_id": document.get("party_id"),
        "description": document.get("description", ""),
        "active": document.get("active", True),
        "secret": masked(document["secret"]),
        "created_at": document.get("created_at"),
    }
