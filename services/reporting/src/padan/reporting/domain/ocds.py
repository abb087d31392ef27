"""Deals as an OCDS 1.1 release package (awards and contracts), for open-data portals.

One release per deal, describing the RUP package (tender), the award to the supplier and, once signed,
the contract. Release ids carry the deal's version so each change is its own release; the ocid is
"<prefix>-<kode RUP>" (register a real prefix with OCP before publishing; the default is a placeholder).
Amounts are Rupiah integers with currency IDR.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from padan.shared.vocabulary import DealStatus

OCDS_VERSION = "1.1"
AWARD_STATUS = {DealStatus.AGREED: "pending", DealStatus.CONTRACTED: "active", DealStatus.CANCELLED: "cancelled"}
CONTRACT_STATUS = {DealStatus.AGREED: "pending", DealStatus.CONTRACTED: "active", DealStatus.CANCELLED: "cancelled"}


def _value(amount: int | None) -> dict[str, Any] | None:
    return None if amount is None else {"amount": amount, "currency": "IDR"}


def deal_release(
    deal: Mapping[str, Any],
    need: Mapping[str, Any] | None,
    buyer: Mapping[str, Any] | None,
    supplier: Mapping[str, Any] | None,
    prefix: str,
) -> dict[str, Any]:
    status = DealStatus(deal["status"])
    kode_rup = deal.get("kode_rup") or (need or {}).get("kode_rup") or deal["need_id"]
    buyer_party = {"id": deal["buyer_id"], "name": (buyer or {}).get("name", deal["buyer_id"]), "roles": ["buyer"]}
    supplier_party = {
        "id": deal["supplier_id"],
        "name": (supplier or {}).get("name", deal["supplier_id"]),
        "roles": ["supplier"],
        "details": {"scale": deal.get("supplier_scale"), "cooperative": bool(deal.get("supplier_is_cooperative"))},
    }
    if supplier and supplier.get("nib"):
        supplier_party["identifier"] = {"scheme": "ID-NIB", "id": supplier["nib"]}
    award_id = f"{deal['deal_id']}-award"
    release: dict[str, Any] = {
        "ocid": f"{prefix}-{kode_rup}",
        "id": f"{deal['deal_id']}-v{deal['version']}",
        "date": deal["occurred_at"],
        "tag": ["award", "contract"] if status is not DealStatus.AGREED else ["award"],
        "initiationType": "tender",
        "language": "id",
        "parties": [buyer_party, supplier_party],
        "buyer": {"id": buyer_party["id"], "name": buyer_party["name"]},
        "tender": {
            "id": str(kode_rup),
            "title": (need or {}).get("package_name", ""),
            "value": _value((need or {}).get("pagu_idr")),
            "procurementMethodDetails": (need or {}).get("procurement_method"),
        },
        "awards": [
            {
                "id": award_id,
                "status": AWARD_STATUS[status],
                "date": deal["occurred_at"],
                "value": _value(int(deal["value_idr"])),
                "suppliers": [{"id": supplier_party["id"], "name": supplier_party["name"]}],
            }
        ],
    }
    if status is not DealStatus.AGREED:
        contract: dict[str, Any] = {
            "id": deal.get("contract_number") or deal.get("order_number") or deal["deal_id"],
            "awardID": award_id,
            "status": CONTRACT_STATUS[status],
            "value": _value(int(deal["value_idr"])),
        }
        if deal.get("contract_date"):
            contract["dateSigned"] = deal["contract_date"]
        if deal.get("tkdn_percent") is not None:
            contract["localContent"] = {"tkdnPercent": deal["tkdn_percent"]}  # extension field: TKDN
        release["contracts"] = [contract]
    return release


def release_package(
    releases: Iterable[dict[str, Any]], uri: str, published: datetime, following: str | None = None
) -> dict[str, Any]:
    """A release package; `following` is the URL of the next page (OCDS `links.next`), None on the last."""
    package = {
        "uri": uri,
        "version": OCDS_VERSION,
        "publishedDate": published.isoformat(),
        "publisher": {"name": "Padan (P3DN business matching)"},
        "releases": list(releases),
    }
    if following is not None:
        package["links"] = {"next": following}
    return package
