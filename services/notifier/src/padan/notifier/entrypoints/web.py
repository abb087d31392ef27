"""The unsubscribe page (link in every email, and RFC 8058 one-click POST from mail clients).

GET only shows the choice (mail scanners follow links); POST changes the preference.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Form, Query
from fastapi.responses import HTMLResponse

from padan.notifier.domain.preferences import Preference
from padan.notifier.domain.tokens import read_unsubscribe_token
from padan.notifier.handlers.context import NotifierContext

_PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Padan — notifikasi</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body style="font-family: Arial, sans-serif; max-width: 560px; margin: 40px auto;">{body}</body></html>"""


def build_web_router(ctx: NotifierContext) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/berhenti-langganan", response_class=HTMLResponse)
    async def unsubscribe_page(token: str = Query("")) -> HTMLResponse:
        # A link cut short by a mail client (no token) gets the same page as a damaged one, not an error.
        key = read_unsubscribe_token(ctx.unsubscribe_secret, token) if token else None
        if key is None:
            return _invalid()
        current = await ctx.repository.preference(key)
        form = (
            f'<form method="post" action="/berhenti-langganan?token={escape(token)}">'
            '<p><button name="choice" value="off">Berhenti menerima email</button></p>'
            '<p><button name="choice" value="digest">Ganti ke ringkasan harian</button></p>'
            '<p><button name="choice" value="immediate">Tetap terima setiap kabar</button></p></form>'
        )
        body = f"<h1>Pengaturan email Padan</h1><p>Pilihan saat ini: <strong>{_label(current)}</strong>.</p>{form}"
        return HTMLResponse(_PAGE.format(body=body))

    @router.post("/berhenti-langganan", response_class=HTMLResponse)
    async def unsubscribe(token: str = Query(""), choice: str = Form("off")) -> HTMLResponse:
        """A one-click POST (body `List-Unsubscribe=One-Click`) carries no `choice`: it means off."""
        key = read_unsubscribe_token(ctx.unsubscribe_secret, token) if token else None
        if key is None:
            return _invalid()
        preference = Preference(choice) if choice in Preference.__members__.values() else Preference.OFF
        await ctx.repository.set_preference(key, preference, ctx.clock())
        body = f"<h1>Tersimpan</h1><p>Pilihan email Anda sekarang: <strong>{_label(preference)}</strong>.</p>"
        return HTMLResponse(_PAGE.format(body=body))

    return router


def _label(preference: Preference) -> str:
    return {
        Preference.IMMEDIATE: "setiap kabar langsung",
        Preference.DIGEST: "ringkasan harian",
        Preference.OFF: "tidak menerima email",
    }[preference]


def _invalid() -> HTMLResponse:
    body = (
        "<h1>Tautan tidak valid</h1><p>Tautan berhenti berlangganan ini tidak lengkap, tidak dikenal atau rusak. "
        "Buka lagi tautan <em>Berhenti berlangganan</em> di bagian bawah e-mail Padan yang terakhir Anda terima.</p>"
    )
    return HTMLResponse(_PAGE.format(body=body), status_code=400)
