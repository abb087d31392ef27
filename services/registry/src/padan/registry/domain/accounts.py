"""Accounts of suppliers and buyers: who a login speaks for, and what a password must be."""

from __future__ import annotations

from dataclasses import dataclass

from padan.shared.auth import Role

MIN_PASSWORD_LENGTH = 10
PARTY_ROLES = (Role.SUPPLIER, Role.BUYER)


class AccountError(ValueError):
    """A request about an account that cannot be granted; the message is bilingual."""


@dataclass(frozen=True)
class Account:
    email: str
    password_hash: str
    role: Role
    organisation_id: str  # the registry id of the supplier or buyer the account acts for
    disabled: bool = False


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_password(password: str, email: str) -> None:
    """NIST SP 800-63B style: long enough, not trivially guessable; no composition rules."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(
            f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter / password needs {MIN_PASSWORD_LENGTH}+ characters"
        )
    if len(set(password)) < 4 or normalise_email(email).split("@")[0] in password.lower():
        raise AccountError("Kata sandi terlalu mudah ditebak / password is too easy to guess")
