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
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
# playwright-core never downloads a browser, but say so for any tool that might.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf 'peer-imgly: %s\n' "$*" >&2; }

command -v node >/dev/null 2>&1 || { say "node is required (Node.js 20+)"; exit 1; }
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "$CHROMIUM_PATH not found: install chromium (apt-get install chromium) or set CHROMIUM_PATH"
    exit 1
  fi
fi

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
