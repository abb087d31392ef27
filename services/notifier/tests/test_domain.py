"""Pure logic of the notifier: identities, who hears what, backoff, rate limits, tokens, signatures."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from padan.notifier.adapters.webhooks import signed_headers
from padan.notifier.domain.deliveries import Notice, delivery_id, digest_id
from padan.notifier.domain.planning import Contact, email_notices, facts, webhook_notices
from padan.notifier.domain.ratelimit import TokenBuckets
from padan.notifier.domain.retry import backoff_seconds
from padan.notifier.domain.subscriptions import Subscription, masked, new_secret
from padan.notifier.domain.tokens import read_unsubscribe_token, unsubscribe_token
from padan.shared.events import DealChanged, Event, MatchChanged, MatchExplanation, SupplierUpserted
from padan.shared.vocabulary import BusinessScale, DealStatus, MatchStatus

NOW = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)


def _match(status: MatchStatus = MatchStatus.PROPOSED) -> MatchChanged:
    return MatchChanged(
        version=1,
        occurred_at=NOW,
        match_id="m1",
        need_id="n1",
        product_id="p1",
        supplier_id="s1",
        buyer_id="b1",
        status=status,
        score=0.8,
        explanation=MatchExplanation(),
        package_name="Seminar kit tapis",
        product_name="Tas tapis",
        pagu_idr=150_000_000,
        region_code="18.71",
    )


def _supplier(version: int) -> SupplierUpserted:
    return SupplierUpserted(
        version=version, occurred_at=NOW, supplier_id="s1", nib="1", name="Tapis", region_code="18.71",
        scale=BusinessScale.MIKRO, email="s@example.id",
    )  # fmt: skip


CONTACTS = {"s1": Contact("supplier", "s1", "s@example.id", "Rahma"), "b1": Contact("buyer", "b1", None, "Dinas")}


def test_delivery_id_is_deterministic_and_distinct_per_recipient_and_channel() -> None:
    assert delivery_id("e1", "supplier:s1", "email") == delivery_id("e1", "supplier:s1", "email")
    ids = {delivery_id("e1", r, c) for r in ("supplier:s1", "buyer:s1") for c in ("email", "webhook")}
    assert len(ids) == 4
    assert digest_id("supplier:s1", ["a", "b"]) == digest_id("supplier:s1", ["b", "a"])


def _emails(event: Event, operators: list[str]) -> list[Notice]:
    return email_notices(event, CONTACTS, operators)


def _webhooks(event: Event, subscriptions: list[Subscription]) -> list[Notice]:
    known = facts(event)
    assert known is not None
    return webhook_notices(known, subscriptions)


def test_a_new_match_is_for_both_sides_and_matching_subscriptions() -> None:
    subscriptions = [
        Subscription("all", "https://erp.example/hook", ("*",), new_secret()),
        Subscription("deals-only", "https://x.example/hook", ("deal.changed",), new_secret()),
        Subscription("other-supplier", "https://y.example/hook", ("*",), new_secret(), party_id="s9"),
        Subscription("mine", "https://z.example/hook", ("match.changed",), new_secret(), party_id="s1"),
        Subscription("paused", "https://p.example/hook", ("*",), new_secret(), active=False),
    ]
    emails = [(n.recipient.party, n.recipient.address, n.template) for n in _emails(_match(), ["ops@example.id"])]
    assert emails == [("supplier", "s@example.id", "match_supplier"), ("buyer", None, "match_buyer")]
    assert {n.recipient.party_id for n in _webhooks(_match(), subscriptions)} == {"all", "mine"}


def test_later_match_steps_send_no_email_but_still_reach_webhooks() -> None:
    subscriptions = [Subscription("all", "https://erp.example/hook", ("*",), new_secret())]
    assert _emails(_match(MatchStatus.VIEWED), []) == []
    assert [n.recipient.party_id for n in _webhooks(_match(MatchStatus.VIEWED), subscriptions)] == ["all"]


def test_deals_reach_the_operators_and_registrations_only_on_first_version() -> None:
    deal = DealChanged(
        version=1, occurred_at=NOW, deal_id="d1", match_id="m1", need_id="n1", product_id="p1", supplier_id="s1",
        buyer_id="b1", status=DealStatus.CONTRACTED, value_idr=1_000_000,
    )  # fmt: skip
    parties = [n.recipient.party for n in _emails(deal, ["ops@example.id"])]
    assert parties == ["supplier", "buyer", "operator"]
    first = _emails(_supplier(1), ["ops@example.id"])
    assert [(n.recipient.party, n.template) for n in first] == [
        ("supplier", "welcome"),
        ("operator", "registration_operator"),
    ]
    assert facts(_supplier(2)) is None  # nobody is told of a later version


@given(st.integers(min_value=1, max_value=60), st.integers(min_value=0, max_value=2**32))
def test_backoff_grows_exponentially_within_the_cap(failures: int, seed: int) -> None:
    delay = backoff_seconds(failures, base=30.0, cap=3600.0, rng=random.Random(seed))
    assert 15.0 <= delay <= min(3600.0, 30.0 * 2 ** (failures - 1))


def test_backoff_is_jittered() -> None:
    rng = random.Random(7)
    assert len({round(backoff_seconds(5, 30.0, 3600.0, rng), 6) for _ in range(20)}) > 15


def test_token_bucket_allows_a_burst_then_the_rate_per_recipient() -> None:
    buckets = TokenBuckets(rate_per_second=2.0, burst=3)
    assert [buckets.take("a", 0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("a", 0.0) == pytest.approx(0.5)
    assert buckets.take("b", 0.0) == 0.0  # another recipient has its own bucket
    assert buckets.take("a", 0.5) == 0.0


def test_unsubscribe_token_round_trip_and_forgery() -> None:
    token = unsubscribe_token("secret-1", "supplier:s1")
    assert read_unsubscribe_token("secret-1", token) == "supplier:s1"
    assert read_unsubscribe_token("secret-2", token) is None
    forged = unsubscribe_token("secret-1", "supplier:s2").split(".")[0] + "." + token.split(".")[1]
    assert read_unsubscribe_token("secret-1", forged) is None
    assert read_unsubscribe_token("secret-1", "%%%.x") is None


def test_signature_matches_the_standard_webhooks_test_vector() -> None:
    # The published example vector of Standard Webhooks (msg_p5jXN8AQM9LWM0D4loKWxJek).
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    at = datetime.fromtimestamp(1614265330, tz=UTC)
    headers = signed_headers(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", '{"test": 2432232314}', at)
    assert headers["webhook-signature"] == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    assert headers["webhook-timestamp"] == "1614265330"


def test_receivers_verify_our_signature_and_reject_tampering() -> None:
    secret = new_secret()
    body = '{"type":"deal.changed","data":{"value_idr":1000000}}'
    headers = signed_headers(secret, "evt-1", body, datetime.now(UTC))
    assert Webhook(secret).verify(body, headers)["type"] == "deal.changed"
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body.replace("1000000", "9000000"), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(body, headers)


def test_secrets_are_masked_when_shown_again() -> None:
    secret = new_secret()
    assert secret.startswith("whsec_") and secret[6:] not in masked(secret)
