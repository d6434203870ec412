#!/usr/bin/env bash
# Browser tests of the web page: Debian's Chromium driven by playwright-core (node --test), against
# the packaged gateway (api-gateway/target/quarkus-app) started in embedded mode on a free port.
# Needs: the packaged app (mvn package/verify), the model in $CUTOUT_MODEL_DIR, Node.js 20+.
# Screenshots: api-gateway/target/web-screenshots/. App log: api-gateway/target/web-tests-app.log.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
# playwright-core never downloads a browser, but say so for any tool that might.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf 'browser-tests: %s\n' "$*" >&2; }

command -v node >/dev/null 2>&1 || { say "node is required (Node.js 20+)"; exit 1; }
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium with apt-get (the browser the tests drive)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "$CHROMIUM_PATH not found: install chromium (apt-get install chromium) or set CHROMIUM_PATH"
    exit 1
  fi
fi

cd "$HERE"
if [ ! -d node_modules/playwright-core ]; then
  say "installing playwright-core from package-lock.json (npm ci)"
  npm ci --no-audit --no-fund --prefer-offline >/dev/null
fi
exec node --test --test-concurrency=1 tests/
