#!/usr/bin/env bash
# Whole-process benchmark of `naitei review` (issue 2 targets: ≥ 5 MB/s over 1,000 generated
# résumés, peak RSS ≤ 150 MB, one small file ≤ 150 ms). Prints figures; asserts nothing.
#   scripts/bench.sh [N_FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
n=${1:-1000}
cargo build --release -q -p naitei -p naitei-bench
bin=target/release/naitei
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
target/release/gen-corpus "$dir" "$n" 1
bytes=$(cat "$dir"/*.md | wc -c)
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes make wall times longer)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m)"
echo "corpus: $n files, $bytes bytes ($(awk -v b="$bytes" 'BEGIN {printf "%.2f", b/1048576}') MiB)"

best=""
for run in 1 2 3; do
  read -r secs user sys rss < <( { /usr/bin/time -f "%e %U %S %M" "$bin" review --format json --fail-on never "$dir" >/dev/null; } 2>&1 | tail -1)
  mbs=$(awk -v b="$bytes" -v s="$secs" 'BEGIN {printf "%.2f", b/1048576/s}')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u+s}')
  per_core=$(awk -v b="$bytes" -v c="$cpu" 'BEGIN {printf "%.2f", b/1048576/c}')
  echo "run $run: wall ${secs} s (${mbs} MiB/s), CPU ${cpu} s (${per_core} MiB per CPU-second), peak RSS $((rss / 1024)) MiB"
done

single=()
for run in $(seq 1 11); do
  s=$( { /usr/bin/time -f "%e" "$bin" review --fail-on never examples/resume.md >/dev/null; } 2>&1 | tail -1)
  single+=("$s")
done
median=$(printf '%s\n' "${single[@]}" | sort -n | sed -n 6p)
echo "single small file (examples/resume.md, 11 runs): median ${median} s"
