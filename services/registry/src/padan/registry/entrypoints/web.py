"""Server-rendered pages in Bahasa Indonesia (usable on a phone, no CDN: the CSS is inline).

- /daftar-penyedia: public supplier self-registration. It is a *claim* on the NIB (domain/claims.py): a new
  NIB becomes an unverified supplier ("menunggu verifikasi": its products are not proposed to buyers until
  an operator verifies it) and the browser gets a page session (web_sessions.py) to list its products at
  /penyedia/{nib}/produk; a NIB registered already changes nothing and the claim waits for an operator.
- /kebutuhan/baru: buyer need entry, recorded by an operator (operator API key in the form) until buyer
  accounts exist (issue 9).
- /penyedia, /produk, /pembeli, /kebutuhan: lists with search (public business facts only).
- /keluar: end this browser's page sessions. The operators' claim queue is in operator_web.py; signing in
  (/masuk, one-time links at /masuk/tautan) in signin_web.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ValidationError

from padan.registry.adapters.claims_repository import ClaimStore
from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import CERTIFICATE_KINDS, UpsertNeed, UpsertProduct, UpsertSupplier
from padan.registry.entrypoints.accounts_api import LoginThrottle
from padan.registry.entrypoints.auth import Guards, Principal, Role, acts_for
from padan.registry.entrypoints.operator_web import build_operator_web_router
from padan.registry.entrypoints.signin_web import build_signin_web_router
from padan.registry.entrypoints.web_sessions import (
    CLAIM_CLAIM,
    SUPPLIER_COOKIE,
    SUPPLIER_TTL,
    end_web_sessions,
    start_web_session,
    web_session,
)
from padan.registry.handlers.claims import claim_supplier
from padan.registry.handlers.sessions import AccountStore
from padan.registry.handlers.upsert_need import upsert_need
from padan.registry.handlers.upsert_product import upsert_product
from padan.shared.auth import check_api_key
from padan.shared.http import CSRF_FIELD, csrf_token, field_errors
from padan.shared.money import format_percent, format_rupiah
from padan.shared.pages import page_templates
from padan.shared.ratelimit import RateLimiter, client_address, too_many
from padan.shared.regions import LAMPUNG_REGENCIES, region_name
from padan.shared.security_log import security_event
from padan.shared.vocabulary import BusinessScale, ProcurementMethod, ProcurementType

TEMPLATES = page_templates(Path(__file__).parent / "templates")
TEMPLATES.env.globals["rupiah"] = format_rupiah
TEMPLATES.env.globals["percent"] = format_percent
TEMPLATES.env.globals["csrf_token"] = csrf_token
PAGE = 25
UNVERIFIED = "menunggu verifikasi"
LABELS = {
    "nib": "NIB", "name": "Nama", "kbli": "KBLI", "region_code": "Kabupaten/kota", "address": "Alamat",
    "scale": "Skala usaha", "contact_name": "Nama kontak", "email": "Email", "phone": "Telepon",
    "sku": "Kode produk", "price_idr": "Harga", "monthly_capacity": "Kapasitas per bulan", "tkdn_percent": "TKDN",
    "bmp_percent": "BMP", "kode_rup": "Kode RUP", "satker_code": "Kode satker", "package_name": "Nama paket",
    "pagu_idr": "Pagu", "fiscal_year": "Tahun anggaran", "volume": "Volume", "api_key": "Kunci API operator",
    "certificates": "Sertifikat", "password": "Kata sandi", "link": "Tautan masuk",
}  # fmt: skip
CERTIFICATES = {"tkdn": "TKDN", "halal": "Halal", "sni": "SNI"}
for _kind, _name in CERTIFICATES.items():
    LABELS[f"cert_{_kind}_number"] = f"Nomor sertifikat {_name}"
    LABELS[f"cert_{_kind}_valid_until"] = f"Sertifikat {_name} berlaku sampai"
SCALES = [(BusinessScale.MIKRO, "Mikro"), (BusinessScale.KECIL, "Kecil"), (BusinessScale.MENENGAH, "Menengah")]
REGIONS = sorted(LAMPUNG_REGENCIES.items())
SUPPLIER_FORM: dict[str, Any] = {
    "title": "Pendaftaran penyedia",
    "scales": SCALES,
    "certificates": list(CERTIFICATES.items()),
}


def _clean(form: dict[str, Any], checkboxes: tuple[str, ...] = (), lists: tuple[str, ...] = ()) -> dict[str, Any]:
    """Form strings to command input: blanks dropped, checkboxes to booleans, comma lists split."""
    data: dict[str, Any] = {
        key: value.strip()
        for key, value in form.items()
        if isinstance(value, str) and value.strip() and key != CSRF_FIELD  # checked by the middleware
    }
    for name in checkboxes:
        data[name] = name in data
    for name in lists:
        data[name] = [part.strip() for part in data.get(name, "").split(",") if part.strip()]
    return data


def _certificates(data: dict[str, Any]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The form's fixed certificate rows (cert_<kind>_number / _valid_until) to command input, with the
    checks only a self-registration makes: a date needs a number, an expired certificate is refused."""
    certificates, errors = [], []
    today = datetime.now(UTC).date().isoformat()
    for kind in CERTIFICATE_KINDS:
        number, valid_until = data.pop(f"cert_{kind}_number", ""), data.pop(f"cert_{kind}_valid_until", "")
        if valid_until and not number:
            errors.append({"field": f"cert_{kind}_number", "message_id": "wajib diisi bila tanggal berlaku diisi",
                           "message_en": "required when a validity date is given"})  # fmt: skip
        elif valid_until and valid_until < today:  # ISO dates compare as text; a malformed one fails below
            errors.append({"field": f"cert_{kind}_valid_until", "message_id": "sertifikat sudah kedaluwarsa",
                           "message_en": "certificate has expired"})  # fmt: skip
        if number:
            certificates.append(
                {"kind": kind, "number": number} | ({"valid_until": valid_until} if valid_until else {})
            )
    return certificates, errors


def _certificate_field(error: dict[str, str], certificates: list[dict[str, str]]) -> dict[str, str]:
    """`certificates.1.number` -> `cert_halal_number`, so the message sits next to its input."""
    parts = error["field"].split(".")
    if len(parts) == 3 and parts[0] == "certificates" and parts[1].isdigit() and int(parts[1]) < len(certificates):
        return error | {"field": f"cert_{certificates[int(parts[1])]['kind']}_{parts[2]}"}
    return error


def _validate(model: type[BaseModel], data: dict[str, Any]) -> tuple[Any, list[dict[str, str]]]:
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, field_errors(exc.errors())


OnChange = Callable[[str, Sequence[str]], None]


def build_web_router(
    repository: RegistryRepository,
    guards: Guards,
    on_change: OnChange,
    *,
    claims: ClaimStore,
    sessions: AccountStore,
    registration_limit: str = "10/hour",
    login_throttle: LoginThrottle | None = None,
    pages_base_url: str = "http://127.0.0.1:8102",
) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    auth = guards.settings
    registrations = RateLimiter(registration_limit)

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("errors", [])
        context.setdefault("form", {})
        return TEMPLATES.TemplateResponse(
            request, template, {"labels": LABELS, "regions": REGIONS, **context}, status_code=status_code
        )

    async def editable_supplier(request: Request, nib: str) -> dict[str, Any] | None:
        """The supplier, if this browser's session may edit it: a session for this supplier whose claim
        still owns it (an operator's later decision for another claim ends this one's rights)."""
        session = web_session(auth, request, SUPPLIER_COOKIE)
        if session is None or not acts_for(session[0], Kind.SUPPLIER, nib):
            return None
        supplier = await repository.get(Kind.SUPPLIER, aggregate_id(Kind.SUPPLIER, nib))
        if supplier is None or not supplier.get("claim_id") or supplier["claim_id"] != session[1].get(CLAIM_CLAIM):
            return None
        return supplier

    @router.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> HTMLResponse:
        counts = {kind.collection: len(await repository.list_page(kind, 0, 500)) for kind in Kind}
        return page(request, "index.html", title="Beranda", counts=counts)

    @router.get("/daftar-penyedia", response_class=HTMLResponse)
    async def supplier_form(request: Request) -> HTMLResponse:
        return page(request, "supplier_form.html", **SUPPLIER_FORM)

    @router.post("/daftar-penyedia", response_class=HTMLResponse)
    async def supplier_submit(request: Request) -> Response:
        raw = dict(await request.form())
        data = _clean(raw, checkboxes=("is_cooperative",), lists=("kbli",))
        certificates, certificate_errors = _certificates(data)
        command, errors = _validate(UpsertSupplier, data | {"certificates": certificates})
        errors = [_certificate_field(error, certificates) for error in errors] + certificate_errors
        if errors:
            return page(request, "supplier_form.html", 422, form=raw, errors=errors, **SUPPLIER_FORM)
        address = client_address(request)
        if not registrations.hit("registration", address):  # each claim lands in an operator's queue
            return too_many(registrations.retry_after("registration", address))
        result = await claim_supplier(repository, claims, command, address=address, on_change=on_change)
        if not result.owns_supplier:
            return page(request, "claim_received.html", 202, title="Klaim menunggu verifikasi", claim=result.claim)
        response = RedirectResponse(f"/penyedia/{command.nib}/produk?baru=1", status_code=303)
        owner = Principal(command.nib, Role.SUPPLIER, aggregate_id(Kind.SUPPLIER, command.nib))
        await start_web_session(
            sessions, auth, response, cookie=SUPPLIER_COOKIE, principal=owner, ttl=SUPPLIER_TTL,
            extra={CLAIM_CLAIM: result.claim.claim_id},
        )  # fmt: skip
        return response

    async def product_page(
        request: Request, supplier: dict[str, Any], status_code: int = 200, **context: Any
    ) -> HTMLResponse:
        products = await repository.list_page(Kind.PRODUCT, 0, 200, equals={"supplier_nib": supplier["nib"]})
        return page(request, "product_form.html", status_code, title=f"Produk {supplier['name']}",
                    supplier=supplier, products=products, **context)  # fmt: skip

    @router.get("/penyedia/{nib}/produk", response_class=HTMLResponse)
    async def product_form(request: Request, nib: str, baru: int = 0) -> HTMLResponse:
        supplier = await editable_supplier(request, nib)
        if supplier is None:
            return _forbidden(request, page)
        return await product_page(request, supplier, registered=bool(baru))

    @router.post("/penyedia/{nib}/produk", response_class=HTMLResponse)
    async def product_submit(request: Request, nib: str) -> HTMLResponse:
        supplier = await editable_supplier(request, nib)
        if supplier is None:
            return _forbidden(request, page)
        raw = dict(await request.form())
        command, errors = _validate(UpsertProduct, {**_clean(raw), "supplier_nib": nib})
        if errors:
            return await product_page(request, supplier, 422, form=raw, errors=errors)
        result = await upsert_product(repository, command)
        if result.changed:
            on_change(Kind.PRODUCT.collection, [result.aggregate_id])
        return await product_page(request, supplier, saved=command.name)

    @router.post("/keluar", response_class=HTMLResponse)
    async def sign_out(request: Request) -> Response:
        response = RedirectResponse("/masuk?keluar=1", status_code=303)
        await end_web_sessions(sessions, auth, request, response)
        return response

    router.include_router(
        build_signin_web_router(
            sessions, repository, guards=guards, throttle=login_throttle, page=page, pages_base_url=pages_base_url
        )
    )
    _add_need_routes(router, repository, guards, on_change, page)
    _add_lists(router, repository, page)
    router.include_router(
        build_operator_web_router(repository, claims, sessions, guards=guards, on_change=on_change, page=page)
    )
    return router


def _add_need_routes(
    router: APIRouter,
    repository: RegistryRepository,
    guards: Guards,
    on_change: OnChange,
    page: Callable[..., HTMLResponse],
) -> None:
    auth = guards.settings

    def need_page(request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
        return page(request, "need_form.html", status_code, title="Kebutuhan pengadaan",
                    methods=list(ProcurementMethod), types=list(ProcurementType), year=datetime.now(UTC).year,
                    **context)  # fmt: skip

    @router.get("/kebutuhan/baru", response_class=HTMLResponse)
    async def need_form(request: Request) -> HTMLResponse:
        return need_page(request)

    @router.post("/kebutuhan/baru", response_class=HTMLResponse)
    async def need_submit(request: Request) -> HTMLResponse:
        raw = dict(await request.form())
        data = _clean(raw, checkboxes=("is_pdn", "is_umk"))
        api_key = str(data.pop("api_key", ""))
        command, errors = _validate(UpsertNeed, data)
        try:
            operator = check_api_key(auth, client_address(request), api_key)
        except HTTPException as exc:  # too many wrong keys from this address
            refused = {"field": "api_key", "message_id": str(exc.detail), "message_en": ""}
            return need_page(request, 429, form={k: v for k, v in raw.items() if k != "api_key"}, errors=[refused])
        if operator is None:
            errors.append({"field": "api_key", "message_id": "kunci API tidak dikenal", "message_en": "unknown key"})
        form = {key: value for key, value in raw.items() if key != "api_key"}
        if errors or operator is None:
            return need_page(request, 422, form=form, errors=errors)
        result = await upsert_need(repository, command)
        if result.changed:
            on_change(Kind.NEED.collection, [result.aggregate_id])
        security_event("operator_write", actor=operator.subject, method="POST", path="/kebutuhan/baru",
                       need_id=result.aggregate_id, address=client_address(request))  # fmt: skip
        return need_page(request, saved=f"{command.kode_rup} {command.package_name}")


def _forbidden(request: Request, page: Callable[..., HTMLResponse]) -> HTMLResponse:
    return page(request, "list.html", 403, title="Silakan daftar atau masuk sebagai penyedia ini", items=[],
                columns=[], offset=0, limit=PAGE)  # fmt: skip


COLUMNS: dict[Kind, tuple[str, list[tuple[str, Callable[[dict[str, Any]], Any]]]]] = {
    Kind.SUPPLIER: ("Penyedia", [
        ("Nama", lambda d: d.get("name")), ("NIB", lambda d: d.get("nib")), ("Skala", lambda d: d.get("scale")),
        ("Wilayah", lambda d: region_name(d.get("region_code", ""))),
        ("Sertifikat", lambda d: ", ".join(CERTIFICATES[c["kind"]] for c in d.get("certificates", [])) or "-"),
        ("Status", lambda d: "Terverifikasi" if d.get("verified", True) else UNVERIFIED.capitalize()),
    ]),
    Kind.PRODUCT: ("Produk", [
        ("Nama", lambda d: d.get("name")), ("Kategori", lambda d: d.get("category")),
        ("Harga", lambda d: format_rupiah(int(d.get("price_idr", 0)))),
        ("TKDN %", lambda d: d.get("tkdn_percent") if d.get("tkdn_percent") is not None else "-"),
        ("Penyedia", lambda d: "Terverifikasi" if d.get("supplier_verified", True) else UNVERIFIED.capitalize()),
    ]),
    Kind.BUYER: ("Pembeli", [
        ("Nama", lambda d: d.get("name")), ("Jenis", lambda d: str(d.get("kind", "")).replace("_", " ")),
        ("Satker", lambda d: d.get("satker_code")), ("Wilayah", lambda d: region_name(d.get("region_code", ""))),
    ]),
    Kind.NEED: ("Kebutuhan (paket RUP)", [
        ("Kode RUP", lambda d: d.get("kode_rup")), ("Paket", lambda d: d.get("package_name")),
        ("Pagu", lambda d: format_rupiah(int(d.get("pagu_idr", 0)))),
        ("Metode", lambda d: str(d.get("procurement_method", "")).replace("_", " ")),
        ("Lokasi", lambda d: region_name(d.get("region_code", ""))),
    ]),
}  # fmt: skip
PATHS = {Kind.SUPPLIER: "/penyedia", Kind.PRODUCT: "/produk", Kind.BUYER: "/pembeli", Kind.NEED: "/kebutuhan"}


def _add_lists(router: APIRouter, repository: RegistryRepository, page: Callable[..., HTMLResponse]) -> None:
    for kind, path in PATHS.items():
        router.add_api_route(
            path, _listing(repository, page, kind), methods=["GET"], response_class=HTMLResponse, name=f"web_{kind}"
        )


def _listing(repository: RegistryRepository, page: Callable[..., HTMLResponse], kind: Kind) -> Callable[..., Any]:
    title, columns = COLUMNS[kind]

    async def listing(request: Request, q: str = "", offset: int = 0) -> HTMLResponse:
        query, start = q.strip()[:100], max(0, offset)
        items = await repository.list_page(kind, start, PAGE, text=query or None)
        if kind is Kind.PRODUCT:
            items = await _with_supplier_state(repository, items)
        return page(request, "list.html", title=title, items=items, columns=columns, q=query, offset=start, limit=PAGE)

    return listing


async def _with_supplier_state(repository: RegistryRepository, products: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Products with `supplier_verified`: a product of an unverified supplier is shown as waiting."""
    verified: dict[str, bool] = {}
    for supplier_id in {str(product.get("supplier_id", "")) for product in products}:
        supplier = await repository.get(Kind.SUPPLIER, supplier_id) if supplier_id else None
        verified[supplier_id] = bool(supplier.get("verified", True)) if supplier else False
    return [product | {"supplier_verified": verified[str(product.get("supplier_id", ""))]} for product in products]
