"""Indonesian procurement text to comparable terms."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset(
    [
        "dan",
        "atau",
        "yang",
        "untuk",
        "dengan",
        "di",
        "ke",
        "dari",
        "pada",
        "dalam",
        "oleh",
        "ini",
        "itu",
        "sebagai",
        "serta",
        "belanja",
        "pengadaan",
        "paket",
        "kegiatan",
        "tahun",
        "anggaran",
        "jasa",
        "barang",
        "lainnya",
        "berupa",
        "berbagai",
        "jenis",
        "bahan",
    ]
)


def terms(text: str) -> set[str]:
    """Lower-cased words without stop words and without one- or two-letter noise."""
    return {word for word in _WORD.findall(text.lower()) if len(word) > 2 and word not in STOP_WORDS}
