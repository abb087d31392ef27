"""Kemendagri region codes: province "18", kabupaten/kota "18.71".

The gazetteer (`regions.tsv` beside this module) lists all 38 provinces and 514 kabupaten/kota with their
official codes and names: Kepmendagri 100.1.1-6117 Tahun 2022, as updated by Kepmendagri 300.2.2-2138
Tahun 2025 (Papua Barat Daya, 96). LKPP's datasets name regions their own way ("Bandung (Kab.)", "Kabupaten
Bandung", "Kab. Bandung", "NAD", "NTB", "Kota Adm. Jakarta Pusat") under their own ids; `find_region` turns
such a name into the Kemendagri code.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("regions.tsv")


def _load() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            table[code] = name
    return table


_ALL = _load()
PROVINCES: dict[str, str] = {code: name for code, name in _ALL.items() if "." not in code}
REGENCIES: dict[str, str] = {code: name for code, name in _ALL.items() if "." in code}
"""Every kabupaten/kota: "32.04" -> "Kabupaten Bandung", "18.71" -> "Kota Bandar Lampung"."""
LAMPUNG_REGENCIES: dict[str, str] = {code: name for code, name in REGENCIES.items() if code.startswith("18.")}

_CODE = re.compile(r"^(\d{2})(?:\.(\d{2}))?$")


def is_valid_region_code(code: str) -> bool:
    """A province code ("18") or a kab/kota code ("18.71") of the gazetteer."""
    return bool(_CODE.match(code)) and code in _ALL


def province_of(code: str) -> str:
    """The province part of a region code: "18.71" -> "18"."""
    return code.split(".", 1)[0]


def region_name(code: str) -> str:
    """Human name of a region code, falling back to the code itself when unknown."""
    if code in REGENCIES:
        return REGENCIES[code]
    if code in PROVINCES:
        return f"Provinsi {PROVINCES[code]}"
    return code


# ---- names as LKPP's datasets write them ----------------------------------------------------------------

_PROVINCE_ALIASES = {
    "nad": "11", "nanggroeacehdarussalam": "11", "daerahistimewaaceh": "11", "sumut": "12", "sumbar": "13",
    "sumsel": "16", "babel": "19", "bangkabelitung": "19", "kepbangkabelitung": "19", "kepri": "21",
    "kepriau": "21", "dkijakarta": "31", "jakarta": "31", "daerahkhususibukotajakarta": "31",
    "daerahkhususjakarta": "31", "dki": "31", "jabar": "32", "jateng": "33", "diy": "34", "yogyakarta": "34",
    "diyogyakarta": "34", "daerahistimewayogyakarta": "34", "jatim": "35", "ntb": "52", "ntt": "53",
    "kalbar": "61", "kalteng": "62", "kalsel": "63", "kaltim": "64", "kaltara": "65", "sulut": "71",
    "sulteng": "72", "sulsel": "73", "sultra": "74", "sulbar": "76", "malut": "82", "pabar": "92",
    "irianjayabarat": "92", "papuabarat": "92", "pbd": "96",
}  # fmt: skip
# Spellings of kab/kota names that differ from the Kepmendagri list beyond spaces and hyphens.
_REGENCY_ALIASES = {
    ("kab", "pangkajenekepulauan"): "73.10", ("kab", "pangkep"): "73.10", ("kab", "kepseribu"): "31.01",
    ("kab", "siautagulandangbiaro"): "71.09", ("kab", "sitaro"): "71.09", ("kab", "tobasamosir"): "12.12",
    ("kab", "mamujuutara"): "76.01", ("kab", "pontianak"): "61.02", ("kab", "malukutenggarabarat"): "81.03",
    ("kab", "selayar"): "73.01",
    # misspellings and former names in SIRUP's own master list (RUP-MasterKabKota)
    ("kota", "padangsidempuan"): "12.77", ("kab", "meranti"): "14.10", ("kab", "sungaipenuh"): "15.72",
    ("kab", "terenggalek"): "35.03", ("kota", "rotendao"): "53.14", ("kab", "penajempaserutara"): "64.09",
    ("kab", "bolaangmengondow"): "71.01", ("kab", "dongala"): "72.03", ("kab", "kendari"): "74.02",
    ("kab", "taliabu"): "82.08",
}  # fmt: skip
_KAB_PREFIX = re.compile(r"^(?:kabupaten|kab)\b\.?\s*(?:administrasi|adm)?\.?\s*")
_KOTA_PREFIX = re.compile(r"^(?:kota)\b\.?\s*(?:administrasi|adm)?\.?\s*")
_PROV_PREFIX = re.compile(r"^(?:provinsi|prov|propinsi)\b\.?\s*")
_SUFFIX = re.compile(r"\((kab|kabupaten|kota)\.?\)\s*$")
_ABBREVIATIONS = (("kep.", "kepulauan "), ("kep ", "kepulauan "))


def _fold(text: str) -> str:
    """Lower case, accents dropped, only letters and digits: 'Toli-Toli' and 'TOLI TOLI' are the same."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", text)


@cache
def _regency_keys() -> dict[tuple[str, str], list[str]]:
    keys: dict[tuple[str, str], list[str]] = {}
    for code, name in REGENCIES.items():
        kind, _, rest = name.partition(" ")
        kind = "kab" if kind == "Kabupaten" else "kota"
        rest = re.sub(r"^Administrasi ", "", rest)
        for folded in {_fold(rest), _fold(_expand(rest.lower()))}:
            keys.setdefault((kind, folded), []).append(code)
    for alias, code in _REGENCY_ALIASES.items():
        keys.setdefault(alias, [code])
    return keys


@cache
def _province_keys() -> dict[str, str]:
    keys = {_fold(name): code for code, name in PROVINCES.items()}
    keys |= {_fold("Kepulauan Bangka Belitung"): "19", _fold("Kepulauan Riau"): "21"}
    return keys | _PROVINCE_ALIASES


def _expand(text: str) -> str:
    for short, long in _ABBREVIATIONS:
        text = text.replace(short, long)
    return text


def find_province(name: str) -> str | None:
    """The province code of a province name as LKPP writes it ("Jawa Barat", "NAD", "NTB", "Kep. Bangka
    Belitung", "Provinsi Lampung", "DI Yogyakarta"), or None."""
    text = _PROV_PREFIX.sub("", " ".join(str(name).lower().split()))
    return _province_keys().get(_fold(_expand(text))) or _province_keys().get(_fold(text))


def find_region(name: str, province: str | None = None, kind: str | None = None) -> str | None:
    """The Kemendagri code of a kab/kota (or province) name as LKPP's datasets write it, or None when the
    name is unknown or ambiguous ("Bandung" alone is both a kabupaten and a kota).

    Accepted: "Bandung (Kab.)" and "Pariaman (Kota)" (SIRUP), "Kabupaten Bandung" / "Kota Bandung"
    (e-katalog), "Kab. Bandung", "KAB BANDUNG", "Kota Adm. Jakarta Pusat", "Kep. Seribu"; a province name
    gives the province code. `province` (a code) narrows a name found in several provinces; `kind`
    ("kab" or "kota") says which when the name carries no prefix."""
    text = " ".join(str(name).strip().lower().split())
    if not text:
        return None
    suffix = _SUFFIX.search(text)
    if suffix:
        kind = "kota" if suffix.group(1) == "kota" else "kab"
        text = text[: suffix.start()].strip()
    elif _KAB_PREFIX.match(text):
        kind, text = "kab", _KAB_PREFIX.sub("", text)
    elif _KOTA_PREFIX.match(text):
        kind, text = "kota", _KOTA_PREFIX.sub("", text)
    elif kind is None and (code := find_province(text)) is not None:
        return code
    text = re.sub(r"^(?:administrasi|adm)\b\.?\s*", "", text)
    keys = _regency_keys()
    candidates: list[str] = []
    for wanted in (kind,) if kind else ("kab", "kota"):
        for key in dict.fromkeys((_fold(text), _fold(_expand(text)))):
            candidates += keys.get((wanted, key), [])
    candidates = list(dict.fromkeys(candidates))
    if province is not None:
        candidates = [code for code in candidates if province_of(code) == province]
    return candidates[0] if len(candidates) == 1 else None


_IN_TEXT = re.compile(
    r"\b(kabupaten|kab\.?|kota)\s+((?:adm\.?\s+|administrasi\s+)?[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){0,3})"
)


def find_region_in_text(text: str) -> str | None:
    """A kab/kota named in free text such as an address ("Jl. Raya Soreang No. 1, Kab. Bandung, Jawa
    Barat"): the first "Kab./Kabupaten/Kota <name>" the gazetteer knows, trying the longest name first."""
    for match in _IN_TEXT.finditer(" ".join(str(text).lower().replace(",", " , ").split())):
        prefix, words = match.group(1), match.group(2).split()
        for size in range(len(words), 0, -1):
            code = find_region(f"{prefix} {' '.join(words[:size])}")
            if code is not None:
                return code
    return None
