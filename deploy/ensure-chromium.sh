#!/usr/bin/env bash
# Sourced by the scripts that drive Debian's Chromium through playwright-core (the web page's browser
# tests, the imgly peer harness): sets CHROMIUM_PATH and installs chromium with apt-get when it is
# missing and we may. Needs say() from the caller. playwright-core never downloads a browser; the
# variable below says so to any tool that might.
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

ensure_chromium() {
  command -v node >/dev/null 2>&1 || { say "node is required (Node.js 20+)"; return 1; }
  [ -x "$CHROMIUM_PATH" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium with apt-get ($1)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "$CHROMIUM_PATH not found: install chromium (apt-get install chromium) or set CHROMIUM_PATH"
    return 1
  fi
}
