"""What a recipient asked for: every email at once, one daily digest, or nothing."""

from __future__ import annotations

from enum import StrEnum


class Preference(StrEnum):
    IMMEDIATE = "immediate"
    DIGEST = "digest"
    OFF = "off"


DEFAULT_PREFERENCE = Preference.IMMEDIATE
