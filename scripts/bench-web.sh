#!/usr/bin/env bash
# Load test of the review API: `naitei serve` (release build) on a temporary database, wrk
# (Debian package, installed if missing) posting a résumé to POST /api/v1/review. Two inputs:
# the bundled example (examples/resume.md, about 0.6 A4 page by naitei's own estimate) and a
# 2-page document made of COPIES copies of it (the estimate is printed). Prints requests/s and
# the latency percentiles (p99).
#   scripts/bench-web.sh [DURATION_SECONDS] [CONNECTIONS] [COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
COPIES="${3:-4}"
THREADS=1

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

run() { # NAME BODY_FILE
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$2", "rb"); wrk.body = f:read("*a"); f:close()
LUA
  local pages
  pages="$(curl -fsS -H 'content-type: application/json' --data-binary "@$2" \
    "http://127.0.0.1:$port/api/v1/review" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["estimated_pages"])')"
  echo "== $1: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["text"].encode()))' "$2") bytes, ${pages} A4 pages (naitei's estimate); $(nproc) cores, ${DURATION}s, ${CONNECTIONS} connections, ${THREADS} wrk threads"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/v1/review"
}
python3 - "$work" "$COPIES" <<'PY'
import json, sys
work, copies = sys.argv[1], int(sys.argv[2])
text = open("examples/resume.md", encoding="utf-8").read()
json.dump({"text": text}, open(f"{work}/one.json", "w"))
json.dump({"text": "\n".join([text] * copies)}, open(f"{work}/two.json", "w"))
PY
run "examples/resume.md" "$work/one.json"
run "examples/resume.md x$COPIES" "$work/two.json"
