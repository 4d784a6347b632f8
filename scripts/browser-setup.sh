#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium (only if /usr/bin/chromium is missing),
# Japanese fonts for it (fonts-noto-cjk, so screenshots show text instead of empty boxes)
# and playwright-core (pinned in web/e2e/package-lock.json; it drives the installed Chromium and
# downloads no browser). Safe to run many times.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
if [ ! -x /usr/bin/chromium ]; then
  echo "browser-setup: installing chromium (Debian package)" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y --no-install-recommends chromium >/dev/null 2>&1; then
    $SUDO apt-get update -qq >/dev/null
    $SUDO apt-get install -y --no-install-recommends chromium >/dev/null
  fi
fi
if ! fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then
  echo "browser-setup: installing Japanese fonts (Debian package fonts-noto-cjk)" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y --no-install-recommends fonts-noto-cjk fontconfig >/dev/null 2>&1; then
    $SUDO apt-get update -qq >/dev/null
    $SUDO apt-get install -y --no-install-recommends fonts-noto-cjk fontconfig >/dev/null
  fi
fi
if ! command -v npm >/dev/null; then
  echo "browser-setup: npm is missing (apt-get install nodejs npm)" >&2
  exit 2
fi
(cd web/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
