#!/usr/bin/env bash
# Load test of the review API: `naitei serve` (release build) on a temporary database, wrk
# (Debian package, installed if missing) posting the bundled 2-page résumé (examples/resume.md)
# to POST /api/v1/review. Prints requests/s and the latency percentiles (p99).
#   scripts/bench-web.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
THREADS=2

if ! command -v wrk >/dev/null; then
  SUDO=""; if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
  echo "bench-web: installing wrk (Debian package)" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y --no-install-recommends wrk >/dev/null 2>&1 || {
    $SUDO apt-get update -qq >/dev/null; $SUDO apt-get install -y --no-install-recommends wrk >/dev/null; }
fi
scripts/setup.sh
cargo build --release --locked -p naitei >&2

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
target/release/naitei serve --bind "127.0.0.1:$port" --db "$work/bench.db" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done

python3 -c 'import json,sys; print(json.dumps({"text": open("examples/resume.md", encoding="utf-8").read()}))' >"$work/body.json"
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA
echo "bench-web: $(nproc) cores, résumé $(wc -c <examples/resume.md) bytes, ${DURATION}s, ${CONNECTIONS} connections" >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/v1/review"
