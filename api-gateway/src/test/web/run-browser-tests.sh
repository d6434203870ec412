#!/usr/bin/env bash
# Browser tests of the web page: Debian's Chromium driven by playwright-core (node --test), against
# the packaged one-process app (standalone/target/quarkus-app: the gateway's page with the engine) on a free port.
# Needs: the packaged app (mvn package/verify), the model in $CUTOUT_MODEL_DIR, Node.js 20+; restart.test.js also
# the packaged gateway and worker and the local RabbitMQ (rabbitmqctl on PATH).
# Screenshots: api-gateway/target/web-screenshots/. App log: api-gateway/target/web-tests-app.log.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
say() { printf 'browser-tests: %s\n' "$*" >&2; }

. "$HERE/../../../../deploy/ensure-chromium.sh"
ensure_chromium "the browser the tests drive" || exit 1

cd "$HERE"
if [ ! -d node_modules/playwright-core ]; then
  say "installing playwright-core from package-lock.json (npm ci)"
  npm ci --no-audit --no-fund --prefer-offline >/dev/null
fi
# Arguments: test files to run (expiry.test.js restart.test.js); none: all of tests/.
files=()
for name in "$@"; do files+=("tests/$(basename "$name")"); done
[ ${#files[@]} -gt 0 ] || files=(tests/)
exec node --test --test-concurrency=1 "${files[@]}"
