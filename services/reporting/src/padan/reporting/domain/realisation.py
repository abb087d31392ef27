"""Realised spend: what LKPP recorded as bought on a RUP package (registry.realisations.v1), next to what
Padan matched. Pure functions of the package document, as the funnel's (domain/funnel.py), so the figures
come out the same whatever order the realisations, needs and matches arrive in.

Per package (need), over its live realisations (a cancelled order or contract counts for nothing):
- realised: how many realisations and their value; a package with at least one is realised;
- on matched packages: the same when Padan proposed at least one match for the package (whatever became
  of the match);
- won by a matched supplier: a realisation whose winner (the registry's supplier id) is a supplier of one
  of the package's matches, and of those, the value won by UMK suppliers (mikro or kecil, or cooperatives:
  the dashboard's UMK, Inpres 2/2022) as the registry knew them;
- bought elsewhere: on a matched package, a realisation whose named winner is none of the matched
  suppliers (the matcher closes those matches with outcome `bought_elsewhere`); counted per package once.
A realisation of a package reporting has not received is kept on a placeholder and counts once the package
arrives; until then it shows only in the all-packages total (`ALL_REALISATIONS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from padan.shared.events import RealisationRecorded
from padan.shared.vocabulary import BusinessScale

REALISATION_FIELDS = (
    "realised_needs", "realisations", "realised_value",
    "realised_matched_needs", "realised_matched_value",
    "realised_by_matched_value", "realised_by_matched_umk_value",
    "bought_elsewhere_needs", "bought_elsewhere_value",
)  # fmt: skip
ALL_FIELDS = ("realisations", "realised_value")
ALL_REALISATIONS = "realisation_totals"
"""Tally of every realisation received (one cell, `ALL_CELL`), placed on a known package or not."""
ALL_CELL = "all"
_UMK = frozenset({BusinessScale.MIKRO.value, BusinessScale.KECIL.value})


def link(event: RealisationRecorded) -> dict[str, Any]:
    """What a package keeps of one realisation (under `realisations`, by realisation id)."""
    named = bool(
        event.supplier_id
        or event.supplier_name.strip()
        or event.supplier_npwp
        or event.supplier_kd_penyedia
        or event.supplier_vendor_v6
    )
    return {
        "value_idr": event.value_idr,
        "cancelled": event.cancelled,
        "supplier_id": event.supplier_id,
        "winner_named": named,
        "umk": event.supplier_is_cooperative or (event.supplier_scale is not None and event.supplier_scale in _UMK),
        "method": event.method,
        "stage": event.stage,
    }


def all_vector(event: RealisationRecorded) -> dict[str, int] | None:
    """What one realisation adds to the all-packages total (None: a cancelled one adds nothing)."""
    return None if event.cancelled else {"realisations": 1, "realised_value": event.value_idr}


def realisation_vector(need: Mapping[str, Any]) -> dict[str, int]:
    vector = dict.fromkeys(REALISATION_FIELDS, 0)
    live = [r for r in need.get("realisations", {}).values() if not r.get("cancelled")]
    if not live:
        return vector
    matched_suppliers = {m.get("supplier_id") for m in need.get("matches", {}).values()} - {None}
    value = sum(int(r["value_idr"]) for r in live)
    vector.update(realised_needs=1, realisations=len(live), realised_value=value)
    if not matched_suppliers:
        return vector
    vector.update(realised_matched_needs=1, realised_matched_value=value)
    elsewhere = False
    for realisation in live:
        if realisation.get("supplier_id") in matched_suppliers:
            vector["realised_by_matched_value"] += int(realisation["value_idr"])
            if realisation.get("umk"):
                vector["realised_by_matched_umk_value"] += int(realisation["value_idr"])
        elif realisation.get("winner_named"):
            elsewhere = True
            vector["bought_elsewhere_value"] += int(realisation["value_idr"])
    vector["bought_elsewhere_needs"] = int(elsewhere)
    return vector
