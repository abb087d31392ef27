"""The documentation holds together: README stays a front door, and every relative link in README, docs/ and
the services' READMEs points at a file that exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README_MAX_BYTES = 12 * 1024
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _documents() -> list[Path]:
    # A guide is a fragment included into its generated topic page, and its links are relative to that page.
    guides = ROOT / "docs" / "events" / "guides"
    found = [ROOT / "README.md", *sorted(p for p in (ROOT / "docs").rglob("*.md") if guides not in p.parents)]
    found += sorted(ROOT.glob("services/*/README.md"))
    return found


def test_readme_is_a_front_door_of_at_most_12_kb() -> None:
    assert (ROOT / "README.md").stat().st_size <= README_MAX_BYTES, "move details into docs/ or a service README"


def test_every_relative_link_points_at_an_existing_file() -> None:
    broken = []
    for document in _documents():
        text = re.sub(r"```.*?```", "", document.read_text(encoding="utf-8"), flags=re.DOTALL)
        for target in _LINK.findall(text):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            path = (document.parent / target.split("#", 1)[0]).resolve()
            if not path.exists():
                broken.append(f"{document.relative_to(ROOT)} -> {target}")
    assert broken == []


def test_docs_do_not_send_readers_outside_the_repository() -> None:
    for document in _documents():
        for target in _LINK.findall(document.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            path = (document.parent / target.split("#", 1)[0]).resolve()
            assert path.is_relative_to(ROOT), f"{document.relative_to(ROOT)} links outside the repository: {target}"
