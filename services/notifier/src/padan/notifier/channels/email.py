"""The e-mail channel: suppliers, buyers and the operators (Tim P3DN) by SMTP, in Bahasa Indonesia, each
e-mail rendered once from its template, honouring the recipient's preference (immediate, daily digest,
off), paced per address."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from padan.notifier.adapters.senders import Sender
from padan.notifier.adapters.smtp import SmtpSender
from padan.notifier.adapters.templates import EmailRenderer
from padan.notifier.channels.spec import ChannelDeps, ChannelSpec, Composed, Draft, retry_policy
from padan.notifier.domain.deliveries import Notice, Status
from padan.notifier.domain.planning import Contact, EventFacts, email_notices
from padan.notifier.domain.preferences import Preference
from padan.notifier.domain.ratelimit import TokenBuckets
from padan.notifier.domain.signin import match_signin_link, meeting_page, signin_link_to
from padan.notifier.domain.tokens import unsubscribe_token
from padan.shared.events import Event

NAME = "email"
SKIP_NO_ADDRESS = "tidak ada alamat email / no email address"
SKIP_CHANNEL_OFF = "email belum diatur (PADAN_NOTIFIER_SMTP_HOST kosong) / email channel not configured"
SKIP_PREFERENCE_OFF = "penerima berhenti berlangganan / recipient opted out"


def email_channel(deps: ChannelDeps, sender: Sender | None = None) -> ChannelSpec:
    """`sender`: instead of SMTP (tests)."""
    settings = deps.settings
    email = _Email(deps)
    return ChannelSpec(
        name=NAME,
        sender=sender or SmtpSender(settings),
        plan=email.plan,
        compose=email.compose,
        rate_limit=TokenBuckets(settings.email_rate_per_minute / 60.0, settings.email_burst),
        limit_key=lambda delivery: str(delivery["address"]),
        retry=retry_policy(settings),
        log_fields={"message_id": "message_id"},
        dead_letter_fields=lambda part: {"email_subject": part.get("subject")},
        compose_digest=email.digest,
    )


class _Email:
    def __init__(self, deps: ChannelDeps) -> None:
        self._settings = deps.settings
        self._repository = deps.repository
        self._unsubscribe_secret = deps.unsubscribe_secret
        self._auth = deps.auth
        self._renderer = EmailRenderer()

    def plan(self, event: Event, facts: EventFacts, contacts: Mapping[str, Contact]) -> list[Notice]:
        return email_notices(event, contacts, self._settings.operator_emails)

    async def compose(self, draft: Draft) -> Composed:
        recipient = draft.notice.recipient
        if not recipient.address:
            return Composed.skipped(SKIP_NO_ADDRESS)
        if not self._settings.smtp_host:
            return Composed.skipped(SKIP_CHANNEL_OFF)
        preference = await self._repository.preference(draft.recipient_key)
        if preference is Preference.OFF:
            return Composed.skipped(SKIP_PREFERENCE_OFF)
        link = self._link(draft.facts, draft.event, draft.notice)
        unsubscribe = self._unsubscribe_url(draft.recipient_key)
        rendered = self._renderer.render(
            draft.notice.template,
            {
                "e": draft.event.model_dump(mode="json"),
                "name": recipient.name,
                "party": recipient.party,
                "link": link,
                "unsubscribe_url": unsubscribe,
            },
        )
        # Waiting for the digest, it is rendered all the same: the digest lists its subject and link.
        return Composed(
            status=Status.DIGEST_WAITING if preference is Preference.DIGEST else Status.PENDING,
            subject=rendered.subject,
            fields=self._fields(rendered.subject, link, unsubscribe, draft.delivery_id),
            bodies={"text": rendered.text, "html": rendered.html},
        )

    def digest(self, recipient_key: str, delivery_id: str, waiting: list[dict[str, Any]]) -> Composed:
        """One e-mail listing every waiting item, to the newest item's name and address."""
        unsubscribe = self._unsubscribe_url(recipient_key)
        entries = [{"subject": d["subject"], "link": d[NAME]["link"]} for d in waiting]
        rendered = self._renderer.render(
            "digest",
            {"e": {}, "items": entries, "name": waiting[-1].get("name", ""), "unsubscribe_url": unsubscribe},
        )
        return Composed(
            subject=rendered.subject,
            fields=self._fields(rendered.subject, self._settings.web_base_url, unsubscribe, delivery_id),
            bodies={"text": rendered.text, "html": rendered.html},
        )

    def _fields(self, subject: str, link: str, unsubscribe: str, delivery_id: str) -> dict[str, Any]:
        return {
            "subject": subject,
            "link": link,
            "unsubscribe_url": unsubscribe,
            # The same on every resend, so mail clients that de-duplicate by Message-ID show one.
            "message_id": f"<{delivery_id}@{self._settings.message_id_domain}>",
        }

    def _unsubscribe_url(self, recipient_key: str) -> str:
        base = self._settings.base_url().rstrip("/")
        return f"{base}/berhenti-langganan?token={unsubscribe_token(self._unsubscribe_secret, recipient_key)}"

    def _link(self, facts: EventFacts, event: Event, notice: Notice) -> str:
        """Back to the page of what the email is about: the matcher serves matches, meetings and deals
        (PADAN_NOTIFIER_MATCHER_WEB_BASE_URL), the registry everything else (PADAN_NOTIFIER_WEB_BASE_URL). A
        match e-mail to its supplier or buyer carries a one-time sign-in link to their own page
        (domain/signin.py), and so does a meeting e-mail about a match (a buyer's invitation, its answer)."""
        payload = event.model_dump()
        if facts.event_type == "match.changed" and self._auth is not None:
            signed = match_signin_link(
                self._auth,
                self._settings.web_base_url,
                notice.recipient,
                str(payload["match_id"]),
                str(payload["need_id"]),
            )
            if signed is not None:
                return signed
        if facts.event_type == "meeting.changed" and payload.get("match_id") and self._auth is not None:
            page = meeting_page(notice.recipient.party, str(payload["match_id"]))
            signed = signin_link_to(self._auth, self._settings.web_base_url, notice.recipient, page)
            if signed is not None:
                return signed
        paths = {
            "match.changed": f"/kecocokan/{payload.get('match_id')}",
            "meeting.changed": f"/temu-bisnis/{payload.get('meeting_id')}",
            "deal.changed": f"/kesepakatan/{payload.get('deal_id')}",
        }
        if facts.event_type in paths:
            return self._settings.matcher_web_base_url.rstrip("/") + paths[facts.event_type]
        return self._settings.web_base_url.rstrip("/") + "/"
