"""A buyer's invitation to a business-matching meeting (a MeetingChanged requested by the buyer, about a
match): only the supplier is told, in Bahasa Indonesia, with a one-time sign-in link to its "Peluang untuk
Anda" where it accepts or declines; the answer is news for both, with links to their own pages."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import unquote

from padan.notifier.adapters.subscription_cache import SubscriptionCache
from padan.notifier.channels.email import email_channel
from padan.notifier.channels.spec import ChannelDeps, Draft
from padan.notifier.domain.planning import Contact, email_notices, facts
from padan.notifier.settings import Settings
from padan.shared.auth import AuthSettings
from padan.shared.envelope import Envelope
from padan.shared.events import MeetingChanged
from padan.shared.outbound import OutboundPolicy
from padan.shared.vocabulary import MeetingStatus, Side
from padan.shared.web_sessions import read_signin_link
from services.notifier.tests.fakes import InMemoryNotifierRepository

NOW = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)
CONTACTS = {
    "s1": Contact("supplier", "s1", "rahma@ikm.example.id", "Ibu Rahma"),
    "b1": Contact("buyer", "b1", "pbj@dinas.example.id", "Disperindag"),
}
AUTH = AuthSettings()


def _meeting(
    status: MeetingStatus, requested_by: Side | None = Side.BUYER, match_id: str | None = "m1"
) -> MeetingChanged:
    return MeetingChanged(
        version=1, occurred_at=NOW, meeting_id="mtg-1", matching_event_id="lampung-2026-12-20", match_id=match_id,
        supplier_id="s1", buyer_id="b1", status=status, requested_by=requested_by,
    )  # fmt: skip


def test_an_invitation_is_told_to_the_invited_side_and_later_changes_to_both() -> None:
    def told(event: MeetingChanged) -> list[str]:
        return [notice.recipient.party for notice in email_notices(event, CONTACTS, ["ops@example.id"])]

    assert told(_meeting(MeetingStatus.REQUESTED)) == ["supplier"]
    assert told(_meeting(MeetingStatus.REQUESTED, Side.SUPPLIER)) == ["buyer"]
    assert told(_meeting(MeetingStatus.REQUESTED, None)) == ["supplier", "buyer"], "Padan's proposal: both"
    assert told(_meeting(MeetingStatus.ACCEPTED)) == ["supplier", "buyer"]


async def _composed(event: MeetingChanged, party: str) -> tuple[str, str, str]:
    settings = Settings(smtp_host="127.0.0.1", web_base_url="http://registry.test")
    repository = InMemoryNotifierRepository()
    deps = ChannelDeps(settings, repository, SubscriptionCache(repository), "unsub", OutboundPolicy(), AUTH)
    channel = email_channel(deps)
    known = facts(event)
    assert known is not None
    (notice,) = [n for n in email_notices(event, CONTACTS, []) if n.recipient.party == party]
    envelope = Envelope.new(event_type=MeetingChanged.event_type, source="/matcher", event_id="evt-1", time=NOW)
    composed = await channel.compose(Draft(notice, event, envelope, known, "d1", f"{party}:x"))
    return composed.fields["subject"], composed.bodies["text"], composed.fields["link"]


async def test_the_invitation_email_signs_the_supplier_in_to_its_opportunity() -> None:
    subject, text, link = await _composed(_meeting(MeetingStatus.REQUESTED), "supplier")
    assert subject == "Undangan temu bisnis dari pembeli"
    assert "mengundang Anda ke temu bisnis" in text and f"Terima atau tolak undangan: {link}" in text
    assert link.startswith("http://registry.test/masuk/tautan?t=")
    signed = read_signin_link(AUTH, unquote(link.split("t=", 1)[1]))
    assert (signed.email, signed.next_path) == ("rahma@ikm.example.id", "/peluang#m1")

    subject, text, link = await _composed(_meeting(MeetingStatus.ACCEPTED), "buyer")
    assert subject == "Temu bisnis: diterima" and "Lihat jadwal" in text
    assert read_signin_link(AUTH, unquote(link.split("t=", 1)[1])).next_path == "/usulan"

    _, _, link = await _composed(_meeting(MeetingStatus.ACCEPTED, match_id=None), "buyer")
    assert link.endswith("/temu-bisnis/mtg-1"), "a meeting without a match links to its public page"
