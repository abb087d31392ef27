#!/usr/bin/env bash
# Render every Kustomize target in deploy/k8s and validate each resource against its schema, offline:
# - kustomize and kubeconform are built with the Go toolchain from the Go module proxy (pinned versions);
# - the Kubernetes JSON schemas come from the `kubernetes-validate` PyPI package (a dev dependency of the
#   workspace, so `uv sync` installs it);
# - KEDA's ScaledObject schema is the CRD in the KEDA Go module (config/crd/bases), turned into a JSON schema.
# Every resource must have a schema (no --ignore-missing-schemas) and pass in strict mode.
# Usage: deploy/k8s/validate.sh   (PYTHON=... to choose the interpreter; default `uv run python`)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${PADAN_CACHE:-$root/.padan/cache}"
out="${PADAN_K8S_OUT:-$root/.padan/k8s}"
bin="$cache/bin"
KUSTOMIZE_VERSION=v5.7.1
KUBECONFORM_VERSION=v0.7.0
KEDA_VERSION=v2.21.0
KUBERNETES_VERSION=1.33.0
read -r -a PY <<<"${PYTHON:-uv run python}"

fail() { echo "validate.sh: $*" >&2; exit 1; }
command -v go >/dev/null 2>&1 || fail "Go is needed (Go module proxy) to build kustomize and kubeconform: install golang-go"
mkdir -p "$bin" "$out"

# Build a tool once per pinned version (the stamp file records which version the binary is).
tool() {
  local name="$1" module="$2" version="$3"
  if [ ! -x "$bin/$name" ] || [ "$(cat "$bin/$name.version" 2>/dev/null)" != "$version" ]; then
    echo "building $name $version from the Go module proxy ..." >&2
    GOBIN="$bin" GOFLAGS=-mod=mod go install "$module@$version" >&2 || fail "go install $module@$version failed"
    echo "$version" >"$bin/$name.version"
  fi
}
tool kustomize sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION"
tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"

k8s_schemas="$("${PY[@]}" -c 'import kubernetes_validate, pathlib; print(pathlib.Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema")')" \
  || fail "the kubernetes-validate package is missing: run 'uv sync --all-packages'"
[ -d "$k8s_schemas/v$KUBERNETES_VERSION-local-strict" ] || fail "no Kubernetes $KUBERNETES_VERSION schemas in $k8s_schemas"

keda_dir="$(GOFLAGS=-mod=mod go mod download -json "github.com/kedacore/keda/v2@$KEDA_VERSION" | "${PY[@]}" -c 'import json, sys; print(json.load(sys.stdin)["Dir"])')" \
  || fail "could not fetch the KEDA module $KEDA_VERSION from the Go module proxy"
crd_schemas="$cache/crd-schemas/keda-$KEDA_VERSION"
"${PY[@]}" "$here/schemas.py" crd "$crd_schemas" "$keda_dir/config/crd/bases/keda.sh_scaledobjects.yaml"

targets=(base overlays/local overlays/production)
rendered=()
for target in "${targets[@]}"; do
  file="$out/${target//\//-}.yaml"
  "$bin/kustomize" build "$here/$target" >"$file" || fail "kustomize build $target failed"
  rendered+=("$file")
done
standalone="$out/schemas-v$KUBERNETES_VERSION"
rm -rf "$standalone"
"${PY[@]}" "$here/schemas.py" k8s "$standalone" "$k8s_schemas/v$KUBERNETES_VERSION-local-strict" "${rendered[@]}"

status=0
for file in "${rendered[@]}"; do
  echo "== $file"
  "$bin/kubeconform" -strict -summary -kubernetes-version "$KUBERNETES_VERSION" \
    -schema-location "$standalone/{{.ResourceKind}}{{.KindSuffix}}.json" \
    -schema-location "$crd_schemas/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json" \
    "$file" || status=1
done
exit "$status"
