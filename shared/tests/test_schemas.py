"""Checked-in JSON Schemas are current, and no change breaks a reader of the previous schema."""

import copy
import subprocess
from pathlib import Path

from padan.shared.schemas import SCHEMA_DIR, breaking_changes, current_schemas, load_checked_in


def _committed_schemas() -> dict[str, dict]:
    """The schemas as of the last commit (falls back to the working tree outside git)."""
    import json

    result = {}
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        relative = path.relative_to(SCHEMA_DIR.parents[1])
        shown = subprocess.run(
            ["git", "show", f"HEAD:{relative}"],
            cwd=SCHEMA_DIR.parents[1],
            capture_output=True,
            text=True,
            check=False,
        )
        result[path.stem] = json.loads(shown.stdout) if shown.returncode == 0 else json.loads(path.read_text())
    return result


def test_every_topic_has_a_checked_in_schema_that_is_current() -> None:
    current = current_schemas()
    checked_in = load_checked_in()
    assert set(checked_in) == set(current), "run: uv run padan schemas generate"
    for topic, schema in current.items():
        assert schema == checked_in[topic], f"{topic} schema is stale; run: uv run padan schemas generate"


def test_current_models_are_compatible_with_the_committed_schemas() -> None:
    current = current_schemas()
    for topic, old in _committed_schemas().items():
        assert topic in current, f"topic {topic} disappeared: a breaking change needs a new topic"
        assert breaking_changes(old, current[topic]) == [], topic


def test_checker_flags_removed_retyped_and_new_required_fields() -> None:
    old = current_schemas()["registry.products.v1"]
    removed = copy.deepcopy(old)
    del removed["properties"]["price_idr"]
    assert any("price_idr: field removed" in p for p in breaking_changes(old, removed))

    retyped = copy.deepcopy(old)
    retyped["properties"]["price_idr"] = {"type": "string"}
    assert any("price_idr: type changed" in p for p in breaking_changes(old, retyped))

    new_required = copy.deepcopy(old)
    new_required["properties"]["colour"] = {"type": "string"}
    new_required["required"] = [*old["required"], "colour"]
    assert any("colour: new required field" in p for p in breaking_changes(old, new_required))


def test_checker_accepts_a_new_optional_field() -> None:
    old = current_schemas()["registry.needs.v1"]
    new = copy.deepcopy(old)
    new["properties"]["catatan"] = {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None}
    assert breaking_changes(old, new) == []


def test_schema_dir_is_in_the_shared_package() -> None:
    assert Path(__file__).resolve().parents[1] / "schemas" == SCHEMA_DIR
