"""The JSON schemas kubeconform reads, made offline from what the package registries ship.

`crd OUT CRD.yaml...`: CustomResourceDefinitions (KEDA's, from its Go module) to <OUT>/<group>/<kind>_<version>.json,
strict like the Kubernetes schemas: an object that lists its properties accepts no others (unless the CRD says
`x-kubernetes-preserve-unknown-fields`), so a misspelt field in a ScaledObject fails validation.

`k8s OUT SRC RENDERED.yaml...`: the Kubernetes schemas of the kinds the rendered manifests use, from the
`kubernetes-validate` package (SRC, one version's "-local-strict" folder). Its files point into a shared
`/api/_definitions.json`; each is written standalone (the definitions it reaches copied into its own `$defs`),
named as kubeconform looks them up: <OUT>/<kind>[-<group>]-<version>.json.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml


def strict(schema: Any) -> Any:
    if isinstance(schema, dict):
        schema = {key: strict(value) for key, value in schema.items()}
        if (
            "properties" in schema
            and "additionalProperties" not in schema
            and not schema.get("x-kubernetes-preserve-unknown-fields")
        ):
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [strict(item) for item in schema]
    return schema


def convert(crd: dict[str, Any], out: Path) -> list[Path]:
    group = crd["spec"]["group"]
    kind = crd["spec"]["names"]["kind"]
    written = []
    for version in crd["spec"]["versions"]:
        schema = strict(version["schema"]["openAPIV3Schema"])
        properties = schema.setdefault("properties", {})
        properties["apiVersion"] = {"type": "string", "enum": [f"{group}/{version['name']}"]}
        properties["kind"] = {"type": "string", "enum": [kind]}
        properties["metadata"] = {"type": "object"}  # checked by the API server, as for built-in kinds
        path = out / group / f"{kind.lower()}_{version['name']}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(schema, indent=1))
        written.append(path)
    return written


_SHARED_REF = "/api/_definitions.json#/$defs/"
_LOCAL_REF = "#/$defs/"  # how definitions point at each other inside _definitions.json


def _definition_name(ref: str) -> str | None:
    for prefix in (_SHARED_REF, _LOCAL_REF):
        if ref.startswith(prefix):
            return ref.removeprefix(prefix)
    return None


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and (name := _definition_name(value)):
                yield name
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _local_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: value.replace(_SHARED_REF, _LOCAL_REF)
            if key == "$ref" and isinstance(value, str)
            else _local_refs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_local_refs(item) for item in node]
    return node


def schema_file_name(api_version: str, kind: str) -> str:
    group, _, version = api_version.rpartition("/")
    suffix = f"-{group.split('.')[0]}" if group else ""
    return f"{kind.lower()}{suffix}-{version}.json"


def standalone(source: Path, name: str) -> dict[str, Any]:
    definitions = json.loads((source / "_definitions.json").read_text())["$defs"]
    schema = json.loads((source / name).read_text())
    needed: dict[str, Any] = {}
    pending = list(_refs(schema))
    while pending:
        ref = pending.pop()
        if ref not in needed:
            needed[ref] = definitions[ref]
            pending.extend(_refs(definitions[ref]))
    return _local_refs({**schema, "$defs": needed})


def kinds_in(rendered: list[Path]) -> set[tuple[str, str]]:
    return {
        (document["apiVersion"], document["kind"])
        for path in rendered
        for document in yaml.safe_load_all(path.read_text())
        if document
    }


def main(argv: list[str]) -> int:
    command, out = argv[1], Path(argv[2])
    if command == "crd":
        for crd_path in argv[3:]:
            for document in yaml.safe_load_all(Path(crd_path).read_text()):
                if document and document.get("kind") == "CustomResourceDefinition":
                    convert(document, out)
    elif command == "k8s":
        source = Path(argv[3])
        out.mkdir(parents=True, exist_ok=True)
        for api_version, kind in kinds_in([Path(p) for p in argv[4:]]):
            name = schema_file_name(api_version, kind)
            if (source / name).exists():  # custom resources have none here: kubeconform finds theirs elsewhere
                (out / name).write_text(json.dumps(standalone(source, name)))
    else:
        raise SystemExit(f"unknown command {command!r}: crd or k8s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
