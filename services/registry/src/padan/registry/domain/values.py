"""Values as LKPP's datasets write them, read into plain Python values (pure functions, no I/O).

Real exports carry money as integers, floats ("1661440000.0") or Indonesian-formatted text ("1.250.000",
"Rp 1.250.000,00"); flags as booleans, 1/0, "PDN"/"Non PDN", "ya"/"tidak"; volumes as free text
("6133 Lembar", "30 Orang / Kali"); "" or null for a missing value; regional prices as JSON inside a
string. Each reader returns the value, or None when nothing is there, and leaves what it cannot read as
it is, so the command's validation reports it with the field's name.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

_TRUE = {"1", "true", "ya", "y", "yes", "pdn", "ukm", "umk", "umkm", "aktif", "tayang", "t"}
_FALSE = {"0", "false", "tidak", "f", "no", "n", "non pdn", "non ukm", "non umk", "tidak aktif", "tidak_tayang"}


def present(value: Any) -> bool:
    """A value is there: not None, not "" (LKPP writes "" for a missing number), not NaN."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return False
    return not (isinstance(value, float) and math.isnan(value))


def amount(value: Any) -> Any:
    """Money or a count: 1250000, 1250000.0, "1250000", "1.250.000", "1.250.000,00", "Rp 1.250.000", "1250000.00".
    An integral value comes back as int; anything unreadable comes back unchanged (validation reports it)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if not isinstance(value, str):
        return value
    text = value.replace("Rp", "").replace("IDR", "").replace(" ", "").strip()
    if "," in text:  # a decimal comma: any dots group thousands
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1 or (text.count(".") == 1 and len(text.split(".")[1]) == 3):
        text = text.replace(".", "")
    try:
        number = float(text)
    except ValueError:
        return value
    if not math.isfinite(number):
        return value
    return int(number) if number.is_integer() else number


def percent(value: Any) -> Any:
    """TKDN / BMP: 43.5, "43,5", "43.50", "43,5%"; "" is no value."""
    if isinstance(value, str):
        value = value.replace("%", "").strip()
        if not value:
            return None
    return amount(value)


def flag(value: Any) -> bool | None:
    """True/False from the ways LKPP writes a yes/no; None when absent or unreadable."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().lower().replace("-", " ")
    if text in _TRUE:
        return True
    if text in _FALSE or text.startswith(("non ", "tidak", "bukan")):
        return False
    return None


def text(value: Any) -> str | None:
    """A string field: stripped, "" and null as None; numbers as their digits (kd_satker 152339 -> "152339")."""
    if not present(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def code(value: Any) -> str | None:
    """An identifier (kd_rup, kd_satker, kd_produk): digits of an integer or a float, stripped text."""
    return text(value)


def day(value: Any) -> Any:
    """A date: "2025-01-01", "2025-01-04 22:31:51", "2024-08-19T00:00:00.000000Z" -> "2025-01-01"."""
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()[:10]
    return value if present(value) else None


@dataclass(frozen=True)
class Volume:
    quantity: int | None
    unit: str | None


_VOLUME = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(.*?)\s*$")


def volume(value: Any) -> Volume:
    """A volume as SIRUP writes it: "6133 Lembar" -> 6133 lembar; "30 Orang / Kali" -> 30 orang/kali;
    "1 Paket" -> 1 paket; "1.500 Eksemplar" -> 1500 eksemplar; a bare number -> that many, no unit. Text
    without a leading whole number ("Sesuai kebutuhan", "2,5 Ton") keeps no quantity (the raw text is
    kept beside it by the caller)."""
    if not present(value):
        return Volume(None, None)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Volume(int(value), None) if float(value).is_integer() and value >= 0 else Volume(None, None)
    match = _VOLUME.match(str(value))
    if match is None or match.group(2):
        return Volume(None, None)
    quantity = int(match.group(1).replace(".", ""))
    unit = " ".join(re.sub(r"\s*/\s*", "/", match.group(3).strip().lower()).split())[:30]
    return Volume(quantity, unit or None)


def json_list(value: Any) -> list[Any] | None:
    """A list given as JSON text (e-katalog's `harga`), or as a list already; None when it is not one."""
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return None
        return parsed if isinstance(parsed, list) else None
    return None


_LEGAL_FORMS = ("pt", "cv", "ud", "pd", "koperasi", "kop", "fa", "firma", "tbk", "persero")


def company_key(name: str) -> str:
    """A company name for matching records that name the same supplier differently:
    "PT.INET GLOBAL INDO", "PT Inet Global Indo" and "INET GLOBAL INDO, PT" give the same key."""
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).split()
    # "P.T." and "C.V." written with dots become single letters: join them back.
    joined: list[str] = []
    for word in words:
        if len(word) == 1 and joined and len(joined[-1]) == 1 and joined[-1] + word in ("pt", "cv", "ud", "pd"):
            joined[-1] += word
        else:
            joined.append(word)
    forms = sorted({w for w in joined if w in _LEGAL_FORMS})
    rest = [w for w in joined if w not in _LEGAL_FORMS]
    return " ".join(forms + rest)


def digits(value: Any) -> str | None:
    """Only the digits of an identifier such as an NPWP ("94.350.086.8-445.000" -> "943500868445000")."""
    if not present(value):
        return None
    found = re.sub(r"\D", "", str(int(value) if isinstance(value, float) else value))
    return found or None
