"""JSON Schemas of the events, generated from the models and checked into `shared/schemas/`.

`breaking_changes(old, new)` is what the compatibility test runs: a topic's data is read both by readers of
the previous schema (live consumers not yet upgraded) and by new readers replaying old data (compacted
topics, reporting rebuilds), so a change is compatible only when it is additive and optional.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from padan.shared.events import EVENT_MODELS

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "schemas"


def current_schemas() -> dict[str, dict[str, Any]]:
    """topic -> JSON Schema of the event it carries, with the CloudEvents type recorded."""
    result = {}
    for model in EVENT_MODELS:
        schema = model.model_json_schema(mode="validation")
        schema["x-cloudevents-type"] = model.event_type
        schema["x-kafka-topic"] = model.topic
        result[model.topic] = schema
    return result


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for topic, schema in current_schemas().items():
        path = directory / f"{topic}.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
        written.append(path)
    return written


def load_checked_in(directory: Path = SCHEMA_DIR) -> dict[str, dict[str, Any]]:
    return {path.name.removesuffix(".json"): json.loads(path.read_text()) for path in sorted(directory.glob("*.json"))}


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return _resolve(root["$defs"][ref.removeprefix("#/$defs/")], root)
    return schema


def _types(schema: dict[str, Any], root: dict[str, Any]) -> set[str]:
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        return set().union(*(_types(option, root) for option in schema["anyOf"]))
    if "enum" in schema:
        return {f"enum:{value}" for value in schema["enum"]}
    if "const" in schema:
        return {f"enum:{schema['const']}"}
    kind = schema.get("type", "any")
    fmt = schema.get("format")
    return {f"{kind}:{fmt}" if fmt else str(kind)}


def breaking_changes(
    old: dict[str, Any],
    new: dict[str, Any],
    path: str = "",
    old_root: dict[str, Any] | None = None,
    new_root: dict[str, Any] | None = None,
) -> list[str]:
    """Why `new` would break a reader of `old` or a new reader of old data; empty when compatible."""
    old_root = old_root or old
    new_root = new_root or new
    old = _resolve(old, old_root)
    new = _resolve(new, new_root)
    problems: list[str] = []
    old_props: dict[str, Any] = old.get("properties", {})
    new_props: dict[str, Any] = new.get("properties", {})
    old_required = set(old.get("required", []))
    new_required = set(new.get("required", []))
    for name, old_prop in old_props.items():
        where = f"{path}.{name}".lstrip(".")
        if name not in new_props:
            problems.append(f"{where}: field removed")
            continue
        if name in old_required and name not in new_required:
            problems.append(f"{where}: was required, now optional (old readers expect it)")
        old_types = _types(old_prop, old_root)
        new_types = _types(new_props[name], new_root)
        if old_types != new_types:
            added = sorted(new_types - old_types)
            removed = sorted(old_types - new_types)
            problems.append(f"{where}: type changed (added {added}, removed {removed})")
        old_child = _resolve(old_prop, old_root)
        new_child = _resolve(new_props[name], new_root)
        if old_child.get("properties") or new_child.get("properties"):
            problems += breaking_changes(old_child, new_child, where, old_root, new_root)
        if "items" in old_child and "items" in new_child:
            problems += breaking_changes(old_child["items"], new_child["items"], f"{where}[]", old_root, new_root)
    for name in new_required - old_required:
        if name not in old_props:
            problems.append(f"{path}.{name}".lstrip(".") + ": new required field (old data lacks it)")
    return problems
