"""One small, hand-computed scenario: 5 packages, 4 suppliers, 2 buyers, 5 matches, 4 deals, 3 meetings.

Every expected figure below is worked out by hand in the comments (Rupiah):

packages (year Y, kab/kota R)                       stage reached             deals
  N1 souvenir   "cenderamata kain tapis"  100 jt  B1  contracted (M1, D1)   D1 contracted 95 jt, TKDN 60, S1 menengah
  N2 machinery  "traktor tangan"          300 jt  B1  agreed (M3, D2)       D2 agreed 280 jt, S2 kecil
  N3 tapis      "hiasan dinding tapis"     50 jt  B2  contracted (M4, D3)   D3 contracted 48 jt, TKDN 30, S3 mikro koperasi
  N4 lainnya    "alat tulis kantor"        20 jt  B2  none (moved from R2 to R by its version 2)
  N5 machinery  "pompa air irigasi"  80 -> 90 jt  B1  matched (M5 viewed)   D4 agreed 85 jt then cancelled
  M2 (N1, S2) declined: counts for nothing.

totals: 5 packages, pagu 100+300+50+20+90 = 560 jt
  matched     N1 N2 N3 N5   = 540 jt (4)     negotiation  N1 N2 N3 = 450 jt (3)
  agreed      N1 N2 N3      = 450 jt (3)     contracted   N1 N3    = 150 jt (2)
  live matches M1 M3 M4 M5 = 4; agreed deals D2 = 280 jt; contracts D1 + D3 = 143 jt
  UMK & koperasi: D3 = 48 jt -> 48/143 = 33,57 %; koperasi 48 jt
  TKDN: domestic 95 jt x 60% + 48 jt x 30% = 57 + 14,4 = 71,4 jt -> 71,4/143 = 49,93 %; TKDN >= 40: D1 = 95 jt
buyer kind bumn (B2 = N3, N4): pagu 70 jt, contracted 48 jt.
suppliers (kab/kota R): S1 menengah, S2 kecil, S3 mikro koperasi, S4 kecil
  4 registered, 3 UMK (S2 S3 S4), reached S1 S2 S3 = 3, never reached S4 = 1, negotiating 3, with a live deal 3
  (S1 D1, S2 D2, S3 D3), contracted S1 S3 = 2 worth 143 jt.
business-matching event E: MT1 (M1) held, MT2 (M3) scheduled, MT3 (no match, S4 and B2) no_show
  3 meetings, suppliers S1 S2 S4 = 3, buyers B1 B2 = 2, deals of its matches: D2 agreed 280 jt, D1 contract 95 jt.
"""

from __future__ import annotations

from dataclasses import dataclass

from events import buyer, deal, match, meeting, need, supplier

from padan.shared.events import Event

JT = 1_000_000


@dataclass(frozen=True)
class Names:
    prefix: str
    year: int
    region: str
    region2: str
    matching_event: str

    def __call__(self, local: str) -> str:
        return f"{self.prefix}-{local}"


def scenario_events(n: Names) -> list[Event]:
    b1, b2 = n("B1"), n("B2")
    s1, s2, s3, s4 = n("S1"), n("S2"), n("S3"), n("S4")
    y, r = n.year, n.region
    events: list[Event] = [
        buyer(b1, "perangkat_daerah", r), buyer(b2, "bumn", r),
        supplier(s1, r, "menengah"), supplier(s2, r, "kecil"), supplier(s3, r, "mikro", coop=True),
        supplier(s4, r, "kecil"),
        need(n("N1"), b1, "Belanja cenderamata kain tapis untuk tamu daerah", 100 * JT, y, r),
        need(n("N2"), b1, "Pengadaan traktor tangan untuk kelompok tani", 300 * JT, y, r),
        need(n("N3"), b2, "Belanja hiasan dinding tapis untuk ruang kantor", 50 * JT, y, r),
        need(n("N4"), b2, "Belanja alat tulis kantor", 20 * JT, y, n.region2),
        need(n("N4"), b2, "Belanja alat tulis kantor", 20 * JT, y, r, version=2),
        need(n("N5"), b1, "Pengadaan pompa air irigasi untuk petani", 80 * JT, y, r),
        need(n("N5"), b1, "Pengadaan pompa air irigasi untuk petani", 90 * JT, y, r, version=2),
    ]  # fmt: skip
    m1, m2, m3, m4, m5 = n("M1"), n("M2"), n("M3"), n("M4"), n("M5")
    for version, status in enumerate(["proposed", "interested", "meeting", "deal_agreed", "contracted"], start=1):
        events.append(match(m1, n("N1"), s1, b1, status, version))
    events += [
        match(m2, n("N1"), s2, b1, "proposed", 1), match(m2, n("N1"), s2, b1, "declined", 2),
        match(m3, n("N2"), s2, b1, "proposed", 1), match(m3, n("N2"), s2, b1, "interested", 2),
        match(m3, n("N2"), s2, b1, "deal_agreed", 3),
        match(m4, n("N3"), s3, b2, "proposed", 1), match(m4, n("N3"), s3, b2, "contracted", 2),
        match(m5, n("N5"), s1, b1, "proposed", 1), match(m5, n("N5"), s1, b1, "viewed", 2),
        deal(n("D1"), m1, n("N1"), s1, b1, "agreed", 95 * JT, 1, scale="menengah"),
        deal(n("D1"), m1, n("N1"), s1, b1, "contracted", 95 * JT, 2, tkdn=60.0, scale="menengah"),
        deal(n("D2"), m3, n("N2"), s2, b1, "agreed", 280 * JT, 1, tkdn=45.5, scale="kecil"),
        deal(n("D3"), m4, n("N3"), s3, b2, "contracted", 48 * JT, 1, tkdn=30.0, scale="mikro", coop=True),
        deal(n("D4"), m5, n("N5"), s1, b1, "agreed", 85 * JT, 1, scale="menengah"),
        deal(n("D4"), m5, n("N5"), s1, b1, "cancelled", 85 * JT, 2, scale="menengah"),
        meeting(n("MT1"), n.matching_event, m1, s1, b1, "requested", 1),
        meeting(n("MT1"), n.matching_event, m1, s1, b1, "held", 2),
        meeting(n("MT2"), n.matching_event, m3, s2, b1, "scheduled", 1),
        meeting(n("MT3"), n.matching_event, None, s4, b2, "no_show", 1),
    ]  # fmt: skip
    return events


EXPECTED_TOTALS = {
    "needs": 5, "pagu": 560 * JT,
    "matched_needs": 4, "matched_pagu": 540 * JT, "negotiation_needs": 3, "negotiation_pagu": 450 * JT,
    "agreed_needs": 3, "agreed_pagu": 450 * JT, "contracted_needs": 2, "contracted_pagu": 150 * JT,
    "matches": 4, "agreed_deals": 1, "agreed_value": 280 * JT, "contracted_deals": 2, "contracted_value": 143 * JT,
    "umk_value": 48 * JT, "cooperative_value": 48 * JT, "tkdn_known_value": 143 * JT,
    "domestic_value": 71_400_000, "tkdn40_value": 95 * JT,
}  # fmt: skip
EXPECTED_UMK_SHARE = 48 / 143
EXPECTED_TKDN_AVERAGE = 100 * 71.4 / 143
EXPECTED_BY_GROUP = {  # group: (packages, pagu, contracted value)
    "tapis": (1, 50 * JT, 48 * JT),
    "souvenir_seminar_kit": (1, 100 * JT, 95 * JT),
    "mesin_alat_pertanian": (2, 390 * JT, 0),
    "lainnya": (1, 20 * JT, 0),
}
EXPECTED_BUMN = {"needs": 2, "pagu": 70 * JT, "contracted_value": 48 * JT}
EXPECTED_SUPPLIERS = {
    "suppliers": 4, "umk_suppliers": 3, "reached": 3, "never_reached": 1, "negotiating": 3, "with_deal": 3,
    "contracted": 2, "contracted_value": 143 * JT,
}  # fmt: skip
EXPECTED_EVENT = {
    "meetings": 3, "by_status": {"held": 1, "no_show": 1, "scheduled": 1}, "suppliers": 3, "buyers": 2,
    "agreed_deals": 1, "agreed_value": 280 * JT, "contracted_deals": 1, "contracted_value": 95 * JT,
}  # fmt: skip
