#!/usr/bin/env bash
# Peer mattes for ./cutout eval: imgly's own tool (@imgly/background-removal 1.4.5, default config,
# its "medium" ISNet weights) in Debian's Chromium, driven by playwright-core, all files served locally.
#
#   run-peer.sh                         every evaluation set found (see below)
#   run-peer.sh --images DIR --out DIR  one folder of images
#
# Sets: composites from shared/eval/images, and each of real, composites-tight, real-tight, product
# whose photos exist in $CUTOUT_EVAL_CACHE/sets/<set>/images (written by ViewDump); real is read from
# $CUTOUT_EVAL_CACHE/eval-real, where ./cutout eval builds it, when that exists.
# Output: $CUTOUT_EVAL_CACHE/peer-imgly-1.4.5/<set>/<name>.png and timings.json; a set with an
# alpha/ folder beside its images gets a per-image MAE table. Resumable: done images are skipped.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
EVAL_CACHE="${CUTOUT_EVAL_CACHE:-$HOME/.cache/cutout/eval}"
PEER_DIR="$EVAL_CACHE/peer-imgly-1.4.5"
say() { printf 'peer-imgly: %s\n' "$*" >&2; }

. "$ROOT/deploy/ensure-chromium.sh"
ensure_chromium "the browser imgly's tool runs in" || exit 1

cd "$HERE"
if [ ! -f node_modules/@imgly/background-removal-data/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing imgly 1.4.5, its data package and playwright-core from package-lock.json (npm ci)"
  npm ci --no-audit --no-fund >/dev/null
fi

run_set() { # images-dir out-dir [alpha-dir]
  node run.mjs --images "$1" --out "$2"
  if [ -n "${3:-}" ] && [ -d "$3" ]; then
    node mae.mjs --peer "$2" --alpha "$3"
  fi
}

if [ $# -gt 0 ]; then
  exec node run.mjs "$@"
fi

run_set "$ROOT/../shared/eval/images" "$PEER_DIR/composites" "$ROOT/../shared/eval/alpha"
for set in real composites-tight real-tight product; do
  dir="$EVAL_CACHE/sets/$set"
  # The real photos are read where ./cutout eval builds them (eval-real), as it does.
  [ "$set" = real ] && [ -d "$EVAL_CACHE/eval-real/images" ] && dir="$EVAL_CACHE/eval-real"
  if [ -d "$dir/images" ]; then
    run_set "$dir/images" "$PEER_DIR/$set" "$dir/alpha"
  else
    say "no $dir/images: skipping set $set"
  fi
done
