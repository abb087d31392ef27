"""The signed-in pages over the in-memory repository: a supplier's "Peluang untuk Anda" (newest first, pagu,
buyer, deadline, reasons, filters, one-click responses with CSRF), a buyer's packages and proposals (with the
"belum ada penyedia lokal" finding), and who may see and do what."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.opportunities import Filters, Opportunity, deadline_soon, select
from padan.matcher.entrypoints.signed_in_web import build_signed_in_web_router
from padan.matcher.handlers.lifecycle_context import LifecycleContext
from padan.shared.auth import AuthSettings, Principal, Role, issue_token
from padan.shared.events import BuyerUpserted, MatchChanged, MatchExplanation, NeedUnmatched, NeedUpserted, RuleCheck
from padan.shared.http import install_web_security
from padan.shared.vocabulary import MatchStatus, Side
from padan.shared.web_sessions import WEB_COOKIE
from services.matcher.tests.fakes import FakeMatchRepository

NOW = datetime(2026, 12, 1, tzinfo=UTC)
TODAY = datetime.now(UTC).date()
AUTH = AuthSettings()


def need(need_id: str, buyer: str = "buy-1", ends: date | None = None, **changes: Any) -> NeedUpserted:
    return NeedUpserted.model_validate({
        "need_id": need_id, "kode_rup": f"4{need_id[-4:]}", "buyer_id": buyer, "satker_code": "1.01",
        "package_name": f"Belanja kain tapis {need_id}", "pagu_idr": 150_000_000, "procurement_method": "e_purchasing",
        "procurement_type": "barang", "fiscal_year": 2026, "region_code": "18.71", "selection_end": ends,
        "version": 1, "occurred_at": NOW, **changes,
    })  # fmt: skip


def match(match_id: str, need_id: str, supplier: str = "sup-1", region: str = "18.71", **changes: Any) -> MatchChanged:
    explanation = MatchExplanation(
        rules=[RuleCheck(rule="price_within_pagu", passed=True, detail="harga satuan tidak melebihi pagu paket")],
        matched_terms=["kain", "tapis"],
    )
    return MatchChanged.model_validate({
        "match_id": match_id, "need_id": need_id, "product_id": f"prd-{supplier}", "supplier_id": supplier,
        "buyer_id": "buy-1", "status": MatchStatus.PROPOSED, "score": 0.8, "rank": 1, "explanation": explanation,
        "package_name": f"Belanja kain tapis {need_id}", "product_name": "Kain tapis motif siger",
        "pagu_idr": 150_000_000, "region_code": region, "version": 1, "occurred_at": NOW, **changes,
    })  # fmt: skip


class Pages:
    """`meetings`: a business-matching store for the invitations (none: the pages go without them)."""

    def __init__(self, meetings: Any = None) -> None:
        self.repository = FakeMatchRepository()
        names = PartyNames()
        names.add_buyers([BuyerUpserted.model_validate({
            "buyer_id": "buy-1", "satker_code": "1.01", "kind": "perangkat_daerah",
            "name": "Dinas Perindag Kota Bandar Lampung", "region_code": "18.71", "version": 1, "occurred_at": NOW,
        })])  # fmt: skip
        context = LifecycleContext(self.repository, deals=None, catalog=Catalog())  # type: ignore[arg-type]
        app = FastAPI()
        app.include_router(
            build_signed_in_web_router(context, AUTH, names, signin_base_url="http://registry.test", meetings=meetings)
        )
        install_web_security(app, AUTH.secret())
        self.client = TestClient(app, follow_redirects=False)
        needs = [need("n-old", ends=TODAY + timedelta(days=60)), need("n-soon", ends=TODAY + timedelta(days=3)),
                 need("n-none")]  # fmt: skip
        for item in needs:
            asyncio.run(self.repository.save_need_if_current(item))
        asyncio.run(self.repository.add_matches_if_absent([match("mat-old", "n-old", region="18.72")]))
        asyncio.run(
            self.repository.add_matches_if_absent([match("mat-soon", "n-soon"), match("mat-b", "n-soon", "sup-2")])
        )
        finding = NeedUnmatched(
            need_id="n-none", need_version=1, kode_rup="40001", buyer_id="buy-1", package_name="Belanja kain tapis n-none",
            pagu_idr=1, region_code="18.71", fiscal_year=2026, outcome="no_fitting_product",
            reason="belum ada produk di katalog yang sesuai", version=1, occurred_at=NOW,
        )  # fmt: skip
        asyncio.run(self.repository.add_unmatched_if_absent([finding]))

    def sign_in(self, role: Role, organisation_id: str) -> None:
        token, _ = issue_token(AUTH, Principal("orang@example.id", role, organisation_id), kind="web")
        self.client.cookies.set(WEB_COOKIE, token)

    def csrf(self, path: str) -> str:
        found = re.search(r'name="csrf_token" value="([^"]+)"', self.client.get(path).text)
        assert found is not None
        return found.group(1)


@pytest.fixture
def pages() -> Pages:
    return Pages()


def test_whoever_is_not_signed_in_is_sent_to_sign_in_and_back(pages: Pages) -> None:
    answer = pages.client.get("/peluang?status=berminat")
    assert answer.status_code == 303
    assert answer.headers["location"] == "http://registry.test/masuk?lanjut=%2Fpeluang%3Fstatus%3Dberminat"
    access, _ = issue_token(AUTH, Principal("x", Role.SUPPLIER, "sup-1"))
    pages.client.cookies.set(WEB_COOKIE, access)  # an API token in the cookie is not a page session
    assert pages.client.get("/peluang").status_code == 303
    pages.sign_in(Role.BUYER, "buy-1")
    assert pages.client.get("/peluang").status_code == 403, "a buyer has no supplier inbox"


def test_a_supplier_sees_its_opportunities_newest_first_with_pagu_buyer_deadline_and_reasons(pages: Pages) -> None:
    pages.sign_in(Role.SUPPLIER, "sup-1")
    page = pages.client.get("/peluang")
    assert page.status_code == 200 and 'name="viewport"' in page.text
    assert re.findall(r'<article class="card opp" id="([^"]+)"', page.text) == ["mat-soon", "mat-old"]
    soon = page.text.split('id="mat-soon"')[1].split("</article>")[0]
    assert "Rp 150.000.000" in soon and "Dinas Perindag Kota Bandar Lampung" in soon
    deadline = TODAY + timedelta(days=3)
    assert f"{deadline.day} " in soon and str(deadline.year) in soon and "Batas waktu segera" in soon
    assert "Harga dalam pagu" in soon and "Kata yang cocok: kain, tapis" in soon
    assert "Saya berminat" in soon and "Tolak" in soon
    assert "mat-b" not in page.text, "another supplier's match"


def test_filters_keep_status_region_and_near_deadlines(pages: Pages) -> None:
    pages.sign_in(Role.SUPPLIER, "sup-1")

    def ids(query: str) -> list[str]:
        return re.findall(r'<article class="card opp" id="([^"]+)"', pages.client.get(f"/peluang?{query}").text)

    assert ids("segera=1") == ["mat-soon"]
    assert ids("wilayah=18.72") == ["mat-old"]
    assert ids("status=berminat") == []
    assert ids("status=tidak-ada") == ["mat-soon", "mat-old"], "an unknown filter shows everything"


def test_one_click_interest_and_decline_change_the_match_with_a_csrf_token(pages: Pages) -> None:
    pages.sign_in(Role.SUPPLIER, "sup-1")
    assert pages.client.post("/peluang/mat-soon", data={"aksi": "minat"}).status_code == 403, "no CSRF token"
    token = pages.csrf("/peluang")
    done = pages.client.post("/peluang/mat-soon", data={"csrf_token": token, "aksi": "minat", "status": "semua"})
    assert done.status_code == 303 and done.headers["location"] == "/peluang?status=semua&catatan=minat#mat-soon"
    changed = pages.repository.matches["mat-soon"]
    assert changed.status is MatchStatus.INTERESTED and changed.interested == [Side.SUPPLIER]
    after = pages.client.get(done.headers["location"]).text
    assert "Minat Anda tercatat" in after
    assert "Saya berminat" not in after.split('id="mat-soon"')[1].split("</article>")[0], "answered already"

    declined = pages.client.post("/peluang/mat-old", data={"csrf_token": token, "aksi": "tolak"})
    assert declined.status_code == 303 and pages.repository.matches["mat-old"].status is MatchStatus.DECLINED
    assert pages.client.post("/peluang/mat-b", data={"csrf_token": token, "aksi": "minat"}).status_code == 403
    assert pages.repository.matches["mat-b"].status is MatchStatus.PROPOSED, "not this supplier's match"
    assert pages.client.post("/peluang/mat-old", data={"csrf_token": token, "aksi": "hapus"}).status_code == 422


def test_a_buyer_sees_its_packages_with_proposals_and_the_ones_without_local_suppliers(pages: Pages) -> None:
    pages.sign_in(Role.BUYER, "buy-1")
    listing = pages.client.get("/usulan")
    assert listing.status_code == 200
    assert re.findall(r'<article class="card opp" id="([^"]+)"', listing.text) == ["n-none", "n-soon", "n-old"]
    counts = dict(re.findall(r'id="(n-[a-z]+)".*?class="proposed">(\d+) penyedia', listing.text, re.S))
    assert counts == {"n-none": "0", "n-soon": "2", "n-old": "1"}
    none = listing.text.split('id="n-none"')[1].split("</article>")[0]
    assert "Belum ada penyedia lokal: belum ada produk di katalog yang sesuai" in none

    package = pages.client.get("/usulan/n-soon")
    assert package.status_code == 200 and package.text.count('class="card opp"') == 2
    assert (
        "Harga dalam pagu" in package.text
        and "Saya berminat" in package.text
        and "Undang ke temu bisnis" not in package.text
    )
    token = pages.csrf("/usulan/n-soon")
    done = pages.client.post("/usulan/n-soon/mat-b", data={"csrf_token": token, "aksi": "minat"})
    assert done.status_code == 303 and pages.repository.matches["mat-b"].interested == [Side.BUYER]
    assert pages.client.post("/usulan/n-old/mat-b", data={"csrf_token": token, "aksi": "minat"}).status_code == 404
    assert 'id="none"' in pages.client.get("/usulan/n-none").text

    pages.sign_in(Role.BUYER, "buy-other")
    assert pages.client.get("/usulan/n-soon").status_code == 404, "another buyer's package"


def test_select_and_deadline_soon_are_plain_functions() -> None:
    today = date(2026, 12, 1)
    assert deadline_soon(date(2026, 12, 15), today) and not deadline_soon(date(2026, 12, 16), today)
    assert not deadline_soon(date(2026, 11, 30), today) and not deadline_soon(None, today)
    items = [
        Opportunity(match("m1", "n1", status=MatchStatus.DECLINED), None, ""),
        Opportunity(match("m2", "n2"), None, ""),
    ]
    assert [i.match.match_id for i in select(items, Filters.parse("ditolak", "", ""), today)] == ["m1"]
    assert [i.match.match_id for i in select(items, Filters.parse("terbuka", "", ""), today)] == ["m2"]
