"""The link a match e-mail (and a meeting e-mail about a match) carries: a one-time sign-in link
(padan.shared.web_sessions) for the supplier or buyer it was sent to, opening their page for the match
("Peluang untuk Anda" for a supplier, the package's "Usulan penyedia lokal" for a buyer). The registry
redeems it once, and only while the address is still the party's contact."""

from __future__ import annotations

from padan.notifier.domain.deliveries import Recipient
from padan.shared.auth import AuthSettings, Role
from padan.shared.web_sessions import signin_link

ROLES = {"supplier": Role.SUPPLIER, "buyer": Role.BUYER}


def match_page(party: str, match_id: str, need_id: str) -> str:
    """The recipient's own page about the match (a path on the pages' host)."""
    return f"/usulan/{need_id}#{match_id}" if party == "buyer" else f"/peluang#{match_id}"


def meeting_page(party: str, match_id: str) -> str:
    """Where the recipient answers or follows a meeting born of a match: the supplier's opportunity (with
    the buyer's invitation to accept or decline), the buyer's list of packages."""
    return "/usulan" if party == "buyer" else f"/peluang#{match_id}"


def match_signin_link(
    auth: AuthSettings, signin_base_url: str, recipient: Recipient, match_id: str, need_id: str
) -> str | None:
    """The one-time link for this recipient, or None when there is none to make (an operator, no address,
    no signing secret): the e-mail then links to the public match page."""
    return signin_link_to(auth, signin_base_url, recipient, match_page(recipient.party, match_id, need_id))


def signin_link_to(auth: AuthSettings, signin_base_url: str, recipient: Recipient, next_path: str) -> str | None:
    """A one-time link signing the recipient in and opening `next_path`; None as for match_signin_link."""
    role = ROLES.get(recipient.party)
    if role is None or not recipient.address or not recipient.party_id:
        return None
    try:
        return signin_link(
            auth,
            signin_base_url,
            email=recipient.address,
            role=role,
            organisation_id=recipient.party_id,
            next_path=next_path,
        )
    except RuntimeError:
        return None
