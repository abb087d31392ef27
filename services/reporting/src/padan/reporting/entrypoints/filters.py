"""Query parameters shared by the API, the pages and the exports, validated at the edge (a bad value is a
422 with the field named, in Indonesian and English)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from padan.reporting.handlers.ocds_releases import PAGE
from padan.reporting.views.models import Filters
from padan.reporting.views.tables import DRILL_LIMIT, Drill
from padan.shared.regions import is_valid_region_code


def filters(
    fiscal_year: Annotated[str | None, Query(description="Tahun anggaran, mis. 2023")] = None,
    region_code: Annotated[str | None, Query(description="Kode kab/kota Kemendagri, mis. 18.71")] = None,
    buyer_kind: Annotated[str | None, Query(description="perangkat_daerah | instansi_vertikal | bumn | bumd")] = None,
    group: Annotated[
        str | None, Query(description="tapis | souvenir_seminar_kit | mesin_alat_pertanian | lainnya")
    ] = None,
) -> Filters:
    """Empty values (a form's "Semua" choice) mean no filter."""
    raw = {"fiscal_year": fiscal_year, "region_code": region_code, "buyer_kind": buyer_kind, "group": group}
    values = {name: value for name, value in raw.items() if value not in (None, "")}
    try:
        parsed = Filters.model_validate(values)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("query", *e["loc"])} for e in exc.errors()]) from exc
    if parsed.region_code is not None and not is_valid_region_code(parsed.region_code):
        raise RequestValidationError(
            [
                {
                    "loc": ("query", "region_code"),
                    "type": "value_error",
                    "msg": "kode wilayah Kemendagri tidak dikenal (contoh: 18.71) / unknown region code",
                }
            ]
        )
    return parsed


class OcdsPage(BaseModel):
    after: str | None = None
    limit: int = PAGE


def ocds_page(
    after: Annotated[str | None, Query(description="Rilis setelah id kesepakatan ini (links.next)")] = None,
    limit: Annotated[int, Query(ge=1, le=1_000_000, description="Rilis per halaman / releases per page")] = PAGE,
) -> OcdsPage:
    return OcdsPage(after=after or None, limit=limit)


def drill(
    *,
    buyer_id: Annotated[str | None, Query(description="Satu pembeli")] = None,
    min_stage: Annotated[int | None, Query(ge=0, le=4, description="Tahap minimal: 1 cocok .. 4 kontrak")] = None,
    stage: Annotated[int | None, Query(ge=0, le=4, description="Tepat tahap terjauh ini: 0 belum cocok .. 4")] = None,
    reached: Annotated[bool | None, Query(description="Penyedia sudah (true) / belum (false) terjangkau")] = None,
    limit: Annotated[int, Query(ge=1, le=1_000_000)] = DRILL_LIMIT,
    offset: Annotated[int, Query(ge=0, le=100_000_000, description="Lewati sekian baris pertama")] = 0,
) -> Drill:
    return Drill(
        buyer_id=buyer_id or None, min_stage=min_stage, stage=stage, reached=reached, limit=limit, offset=offset
    )
