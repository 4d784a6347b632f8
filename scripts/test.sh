#!/usr/bin/env bash
# The project's test command (README): installs what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# PostgreSQL backend tests run against the local server when one answers (CI machines have one).
if [ -z "${NAITEI_TEST_POSTGRES_URL:-}" ] && (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  export NAITEI_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:5432/test"
fi
cargo test --workspace --all-targets --locked
# Browser tests of `naitei serve`: Debian's Chromium driven by playwright-core (web/e2e).
scripts/browser-setup.sh
(cd web/e2e && NAITEI_BIN="$PWD/../../target/debug/naitei" npm test --silent)
