"""Common procurement vocabulary, named after LKPP / SIRUP terms where they exist."""

from __future__ import annotations

from enum import StrEnum


class ProcurementType(StrEnum):
    """Jenis pengadaan (Perpres 16/2018 jo. 12/2021, Pasal 3)."""

    BARANG = "barang"
    JASA_LAINNYA = "jasa_lainnya"
    KONSTRUKSI = "konstruksi"
    KONSULTANSI = "konsultansi"


class ProcurementMethod(StrEnum):
    """Metode pemilihan as SIRUP lists it."""

    E_PURCHASING = "e_purchasing"
    PENGADAAN_LANGSUNG = "pengadaan_langsung"
    PENUNJUKAN_LANGSUNG = "penunjukan_langsung"
    TENDER = "tender"
    TENDER_CEPAT = "tender_cepat"
    SELEKSI = "seleksi"
    DIKECUALIKAN = "dikecualikan"


class BusinessScale(StrEnum):
    """Skala usaha (PP 7/2021)."""

    MIKRO = "mikro"
    KECIL = "kecil"
    MENENGAH = "menengah"
    BESAR = "besar"


class BuyerKind(StrEnum):
    PERANGKAT_DAERAH = "perangkat_daerah"
    INSTANSI_VERTIKAL = "instansi_vertikal"
    BUMN = "bumn"
    BUMD = "bumd"


class MatchStatus(StrEnum):
    PROPOSED = "proposed"
    VIEWED = "viewed"
    INTERESTED = "interested"
    MEETING = "meeting"
    DEAL_AGREED = "deal_agreed"
    CONTRACTED = "contracted"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class DealStatus(StrEnum):
    AGREED = "agreed"
    CONTRACTED = "contracted"
    CANCELLED = "cancelled"


class MeetingStatus(StrEnum):
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    HELD = "held"
    NO_SHOW = "no_show"


class Side(StrEnum):
    SUPPLIER = "supplier"
    BUYER = "buyer"


SCORE_PART_LABELS = {
    "relevance": "Relevansi dengan paket",
    "fit": "Kesesuaian jenis barang",
    "text": "Kesesuaian teks",
    "locality": "Kedekatan lokasi",
    "kbki": "Kesesuaian kode KBKI",
    "budget": "Kesesuaian harga dengan pagu",
    "tkdn": "Nilai TKDN",
    "track_record": "Rekam jejak",
    "exposure": "Pemerataan kesempatan",
}
"""The parts of a match's score (MatchExplanation.components), as the supplier and the buyer read them on the
match page and in the e-mail."""
