#!/usr/bin/env bash
# Whole-process review throughput of two builds, run alternately on one generated corpus (the
# same command as scripts/bench.sh), so that the machine's load hits both alike. Prints the best
# and median wall and CPU (user+sys) time of each. Asserts nothing.
#   scripts/bench-compare.sh BEFORE_BIN AFTER_BIN [ROUNDS] [N_FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: scripts/bench-compare.sh BEFORE_BIN AFTER_BIN [ROUNDS] [N_FILES]}
after=${2:?usage: scripts/bench-compare.sh BEFORE_BIN AFTER_BIN [ROUNDS] [N_FILES]}
rounds=${3:-6}
n=${4:-1000}
cargo build --release -q -p naitei-bench --bin gen-corpus
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
target/release/gen-corpus "$dir/corpus" "$n" 1
echo "corpus: $n files, $(cat "$dir"/corpus/*.md | wc -c) bytes; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  for which in before after; do
    bin=$before
    [ "$which" = after ] && bin=$after
    { /usr/bin/time -f "%e %U %S" "$bin" review --format json --fail-on never "$dir/corpus" >/dev/null; } 2>>"$dir/$which.times"
  done
done
for which in before after; do
  awk -v w="$which" '{wall[NR]=$1; cpu[NR]=$2+$3}
    END {n=asort(wall); asort(cpu);
      printf "%s: wall best %.2f s, median %.2f s; CPU best %.2f s, median %.2f s (%d runs)\n",
        w, wall[1], (wall[int((n+1)/2)]+wall[int(n/2)+1])/2, cpu[1], (cpu[int((n+1)/2)]+cpu[int(n/2)+1])/2, n}' "$dir/$which.times"
done
