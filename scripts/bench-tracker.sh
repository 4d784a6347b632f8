#!/usr/bin/env bash
# Benchmark of the tracker on a large SQLite database: 10,000 applications and 50,000 stage
# events, then `naitei diagnose` and `naitei track list` timed with hyperfine when installed,
# otherwise with a loop over `date +%s%N`. Figures go to docs/bench-tracker.md by hand.
#
#   scripts/bench-tracker.sh [APPLICATIONS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

apps=${1:-10000}
runs=${2:-20}
events_per_app=5

cargo build --release -p naitei --quiet
bin=target/release/naitei
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.db"

# A full backup (JSON) with the applications, their events and one interview each: import
# restores it in one transaction.
awk -v n="$apps" -v k="$events_per_app" 'BEGIN {
  split("document first second final offer", stage, " ")
  split("hellowork agent scout direct referral", channel, " ")
  split("same same-job adjacent new", relation, " ")
  srand(42)
  printf "{\"format\":\"naitei-backup\",\"version\":1,\"applications\":["
  for (i = 1; i <= n; i++) {
    r = rand()
    # a funnel shape: most stop at 書類, few reach 内定
    s = (r < 0.55) ? 1 : (r < 0.80) ? 2 : (r < 0.92) ? 3 : (r < 0.98) ? 4 : 5
    o = (s == 5) ? "accepted" : (rand() < 0.85 ? "failed" : "pending")
    furthest[i] = s
    printf "%s{\"id\":%d,\"company\":\"株式会社テスト%d\",\"position\":\"営業事務\",\"channel\":\"%s\",\"channel_name\":null,\"relation\":\"%s\",\"applied_on\":\"2024-%02d-%02d\",\"furthest_stage\":\"%s\",\"outcome\":\"%s\",\"offered_salary\":%d,\"posting\":null,\"notes\":null}", (i > 1 ? "," : ""), i, i, channel[1 + i % 5], relation[1 + i % 4], 1 + i % 12, 1 + i % 28, stage[s], o, 300 + i % 300
  }
  printf "],\"stage_events\":["
  id = 0
  for (i = 1; i <= n; i++) {
    for (j = 1; j <= k; j++) {
      id++
      st = stage[1 + (j - 1) % 5]
      printf "%s{\"id\":%d,\"application_id\":%d,\"stage\":\"%s\",\"on_date\":\"2024-%02d-%02d\",\"result\":\"passed\",\"note\":null}", (id > 1 ? "," : ""), id, i, st, 1 + i % 12, 1 + j
    }
  }
  printf "],\"interviews\":["
  for (i = 1; i <= n; i++) {
    printf "%s{\"id\":%d,\"application_id\":%d,\"round\":\"first\",\"on_date\":\"2024-%02d-%02d\",\"start_time\":\"10:00\",\"interviewer_role\":\"人事\",\"place\":null}", (i > 1 ? "," : ""), i, i, 1 + i % 12, 1 + i % 28
  }
  printf "],\"questions\":[],\"documents\":[]}\n"
}' > "$work/backup.json"

echo "machine: $(nproc) cores,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "importing $apps applications and $((apps * events_per_app)) events…" >&2
start=$(date +%s%N)
NAITEI_DB="$db" "$bin" track import "$work/backup.json" >/dev/null
echo "import: $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2

export NAITEI_DB="$db"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$runs" -N \
    "$bin diagnose" \
    "$bin diagnose --format json" \
    "$bin track list" \
    "$bin track list --stage first --channel agent"
else
  for cmd in "diagnose" "diagnose --format json" "track list" "track list --stage first --channel agent"; do
    # shellcheck disable=SC2086
    "$bin" $cmd >/dev/null  # warm-up
    best=999999; total=0
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N)
      # shellcheck disable=SC2086
      "$bin" $cmd >/dev/null
      t=$(( ($(date +%s%N) - t0) / 1000000 ))
      total=$((total + t)); (( t < best )) && best=$t
    done
    printf '%-45s mean %4d ms   min %4d ms   (%d runs)\n' "naitei $cmd" $((total / runs)) "$best" "$runs"
  done
fi
