"""Email bodies from Jinja2 templates (Bahasa Indonesia), plain text and HTML, rendered once when the
delivery is recorded so every retry sends the same message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from padan.shared.money import format_number, format_percent, format_rupiah, format_rupiah_short
from padan.shared.vocabulary import SCORE_PART_LABELS

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
WIB = timezone(timedelta(hours=7), "WIB")

_STATUS_LABELS = {
    "requested": "diminta",
    "accepted": "diterima",
    "declined": "ditolak",
    "scheduled": "terjadwal",
    "cancelled": "dibatalkan",
    "held": "terlaksana",
    "no_show": "tidak hadir",
    "agreed": "disepakati",
    "contracted": "dikontrakkan",
}


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def _wib(value: str | datetime | None) -> str:
    if value is None:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(WIB).strftime("%d-%m-%Y %H:%M WIB")


class EmailRenderer:
    def __init__(self) -> None:
        self._env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=False,
        )
        self._env.filters.update(
            rupiah=format_rupiah, rupiah_short=format_rupiah_short, wib=_wib, angka=format_number, persen=format_percent
        )

    def render(self, template: str, context: dict[str, Any]) -> RenderedEmail:
        event = context.get("e", {})
        context = {
            "status_label": _STATUS_LABELS.get(str(event.get("status")), str(event.get("status", ""))),
            **context,
        }
        context.setdefault("reasons", _reasons(event))
        page = self._env.get_template(f"{template}.j2")
        blocks = {name: "".join(page.blocks[name](page.new_context(context))).strip() for name in page.blocks}
        subject = " ".join(blocks["subject"].split())
        text = blocks["text"] + "\n" + self._env.get_template("_footer.txt.j2").render(context)
        html = self._env.get_template("_layout.html.j2").render(
            {**context, "subject": subject, "body": Markup(blocks["html"])}  # noqa: S704 - our own autoescaped output
        )
        return RenderedEmail(subject=subject, text=text, html=html)


def _reasons(event: dict[str, Any]) -> list[str]:
    """Why a match fits: the passed rules in the matcher's own words, then the score parts."""
    explanation = event.get("explanation") or {}
    reasons = [r.get("detail") or r.get("rule", "") for r in explanation.get("rules", []) if r.get("passed")]
    components = explanation.get("components") or {}
    reasons += [f"{SCORE_PART_LABELS.get(name, name)}: {format_number(value, 2)}" for name, value in components.items()]
    return reasons
