"""The dashboard's realisation section: realised spend from LKPP's feeds next to what Padan matched
(domain/realisation.py), summed over the same cells and filters as the rest of the dashboard."""

from __future__ import annotations

from pydantic import BaseModel, Field

from padan.reporting.adapters.store import Store
from padan.reporting.adapters.tally import cell_total
from padan.reporting.domain.funnel import ratio, summed
from padan.reporting.domain.realisation import ALL_CELL, ALL_FIELDS, ALL_REALISATIONS, REALISATION_FIELDS
from padan.reporting.handlers.settle import NEED_CELLS
from padan.reporting.views.dashboard import buyer_directory, in_view
from padan.reporting.views.models import Filters


class RealisationFigures(BaseModel):
    """Sums over the packages (RUP) in view. Money in Rupiah; shares 0..1."""

    realised_needs: int = Field(description="Paket dengan realisasi (pesanan, kontrak, pencatatan)")
    realisations: int = Field(description="Realisasi yang berlaku (tidak dibatalkan)")
    realised_value: int = Field(description="Nilai realisasi (Rp)")
    realised_matched_needs: int = Field(description="Paket yang dicocokkan Padan dan sudah terealisasi")
    realised_matched_value: int = Field(description="Nilai realisasi pada paket yang dicocokkan Padan (Rp)")
    realised_by_matched_value: int = Field(description="... dimenangkan penyedia yang dicocokkan Padan (Rp)")
    realised_by_matched_umk_value: int = Field(description="... oleh penyedia IKM/UMK atau koperasi (Rp)")
    bought_elsewhere_needs: int = Field(description="Paket yang dicocokkan tetapi dibeli dari penyedia lain")
    bought_elsewhere_value: int = Field(description="Nilai realisasi dari penyedia lain pada paket itu (Rp)")
    matched_share: float | None = Field(default=None, description="Bagian realisasi pada paket yang dicocokkan")
    won_by_matched_share: float | None = Field(
        default=None, description="Bagian realisasi paket yang dicocokkan yang dimenangkan penyedia Padan"
    )
    umk_matched_share: float | None = Field(
        default=None, description="Bagian realisasi paket yang dicocokkan yang dimenangkan IKM/UMK Padan"
    )
    all_realisations: int | None = Field(default=None, description="Semua realisasi diterima (tanpa filter)")
    all_realised_value: int | None = None
    outside_realisations: int | None = Field(default=None, description="Realisasi paket yang belum ada di Padan")
    outside_value: int | None = None


async def realisation_section(store: Store, filters: Filters) -> RealisationFigures:
    buyers = await buyer_directory(store)
    cells = [cell_total(c, REALISATION_FIELDS) for c in await store.find(NEED_CELLS) if in_view(c, filters, buyers)]
    total = summed(cells, REALISATION_FIELDS)
    figures = RealisationFigures.model_validate(
        {
            **total,
            "matched_share": ratio(total["realised_matched_value"], total["realised_value"]),
            "won_by_matched_share": ratio(total["realised_by_matched_value"], total["realised_matched_value"]),
            "umk_matched_share": ratio(total["realised_by_matched_umk_value"], total["realised_matched_value"]),
        }
    )
    if filters != Filters():
        return figures  # realisations of unknown packages have no year, region or buyer to filter by
    everything = cell_total(await store.get(ALL_REALISATIONS, ALL_CELL) or {}, ALL_FIELDS)
    return figures.model_copy(
        update={
            "all_realisations": everything["realisations"],
            "all_realised_value": everything["realised_value"],
            "outside_realisations": max(0, everything["realisations"] - total["realisations"]),
            "outside_value": max(0, everything["realised_value"] - total["realised_value"]),
        }
    )
