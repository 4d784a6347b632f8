#!/usr/bin/env bash
# The project's test command (README): installs what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# PostgreSQL backend tests are part of the suite: the server is started (or installed) here, and
# a test that cannot reach it FAILS instead of being skipped.
scripts/postgres.sh
export NAITEI_TEST_POSTGRES_URL="${NAITEI_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
export NAITEI_TEST_POSTGRES_REQUIRED=1
cargo test --workspace --all-targets --locked
# Browser tests of `naitei serve`: Debian's Chromium driven by playwright-core (web/e2e).
scripts/browser-setup.sh
(cd web/e2e && NAITEI_BIN="$PWD/../../target/debug/naitei" npm test --silent)
