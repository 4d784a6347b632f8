#!/usr/bin/env bash
# A bounded schemathesis run against the JSON API of `naitei serve` (personal mode, a new
# SQLite database in a temporary folder, 127.0.0.1 only): every operation of
# /api/v1/openapi.json with generated requests, checking that none gets a 5xx answer.
# Installs schemathesis in a virtual environment under target/ when it is missing.
# NOT part of scripts/test.sh. Usage: scripts/api-fuzz.sh [examples per operation, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-50}"
venv="$PWD/target/api-fuzz-venv"
if [ ! -x "$venv/bin/schemathesis" ]; then
  echo "api-fuzz: installing schemathesis" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet schemathesis
fi
cargo build --quiet -p naitei
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$PWD/target/debug/naitei" serve --bind 127.0.0.1:0 --db "$work/naitei.db" >"$work/serve.log" 2>&1 &
server=$!
# The first line names the address once the server listens.
base=""
for _ in $(seq 1 600); do
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -n 1 || true)
  [ -n "$base" ] && break
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/serve.log" >&2; exit 1; fi
  sleep 0.1
done
[ -n "$base" ] || { echo "api-fuzz: the server did not start" >&2; exit 1; }
token=$(python3 -c 'import json,sys,urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1]))["csrf_token"])' "$base/api/v1/me")
echo "api-fuzz: $base, $examples examples per operation" >&2
# From the temporary folder: schemathesis keeps its example database in ./.schemathesis.
cd "$work"
"$venv/bin/schemathesis" run "$base/api/v1/openapi.json" \
  --checks not_a_server_error \
  --max-examples "$examples" \
  --header "X-CSRF-Token: $token" \
  --request-timeout 120 \
  --workers 1
