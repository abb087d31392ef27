"""Kemendagri region codes (Permendagri 100.1.1-6117/2022): province "18", kabupaten/kota "18.71".

Only the provinces and Lampung's kabupaten/kota are listed here; other kab/kota codes are accepted when
they have the right shape and a known province, so national feeds import without a full gazetteer.
"""

from __future__ import annotations

import re

PROVINCES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur", "61": "Kalimantan Barat", "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan", "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo",
    "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara", "91": "Papua Barat", "92": "Papua Barat Daya",
    "94": "Papua", "95": "Papua Selatan", "96": "Papua Tengah", "97": "Papua Pegunungan",
}  # fmt: skip

LAMPUNG_REGENCIES: dict[str, str] = {
    "18.01": "Kabupaten Lampung Barat", "18.02": "Kabupaten Tanggamus", "18.03": "Kabupaten Lampung Selatan",
    "18.04": "Kabupaten Lampung Timur", "18.05": "Kabupaten Lampung Tengah", "18.06": "Kabupaten Lampung Utara",
    "18.07": "Kabupaten Way Kanan", "18.08": "Kabupaten Tulang Bawang", "18.09": "Kabupaten Pesawaran",
    "18.10": "Kabupaten Pringsewu", "18.11": "Kabupaten Mesuji", "18.12": "Kabupaten Tulang Bawang Barat",
    "18.13": "Kabupaten Pesisir Barat", "18.71": "Kota Bandar Lampung", "18.72": "Kota Metro",
}  # fmt: skip

_CODE = re.compile(r"^(\d{2})(?:\.(\d{2}))?$")


def is_valid_region_code(code: str) -> bool:
    """A province code ("18") or a kab/kota code ("18.71") under a known province."""
    match = _CODE.match(code)
    return bool(match) and match.group(1) in PROVINCES  # type: ignore[union-attr]


def province_of(code: str) -> str:
    """The province part of a region code: "18.71" -> "18"."""
    return code.split(".", 1)[0]


def region_name(code: str) -> str:
    """Human name of a region code, falling back to the code itself when unknown."""
    if code in LAMPUNG_REGENCIES:
        return LAMPUNG_REGENCIES[code]
    if code in PROVINCES:
        return f"Provinsi {PROVINCES[code]}"
    return code
