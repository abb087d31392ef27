"""Words the two sides read on the match and deal pages (Bahasa Indonesia)."""

from __future__ import annotations

from padan.shared.vocabulary import SCORE_PART_LABELS, DealStatus, MatchStatus, Side

__all__ = ["DEAL_STATUS_LABELS", "MATCH_STATUS_LABELS", "RULE_LABELS", "SCORE_PART_LABELS", "SIDE_LABELS"]

MATCH_STATUS_LABELS = {
    MatchStatus.PROPOSED: "Diusulkan",
    MatchStatus.VIEWED: "Sudah dilihat",
    MatchStatus.INTERESTED: "Ada minat",
    MatchStatus.MEETING: "Sudah bertemu",
    MatchStatus.DEAL_AGREED: "Sepakat",
    MatchStatus.CONTRACTED: "Berkontrak",
    MatchStatus.DECLINED: "Ditolak",
    MatchStatus.CANCELLED: "Dibatalkan",
}
DEAL_STATUS_LABELS = {
    DealStatus.AGREED: "Disepakati, menunggu kontrak",
    DealStatus.CONTRACTED: "Kontrak tercatat",
    DealStatus.CANCELLED: "Dibatalkan",
}
SIDE_LABELS = {Side.SUPPLIER: "Penyedia", Side.BUYER: "Pembeli"}
RULE_LABELS = {
    "procurement_type": "Jenis pengadaan",
    "product_active": "Produk aktif",
    "price_within_pagu": "Harga dalam pagu",
    "capacity_covers_volume": "Kapasitas mencukupi volume",
    "region_requirement": "Syarat wilayah",
    "small_business_reservation": "Pencadangan untuk usaha kecil",
    "domestic_content": "Tingkat komponen dalam negeri (TKDN)",
}
