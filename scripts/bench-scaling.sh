#!/usr/bin/env bash
# How the engines' time grows with the input (issue 18): review, answer, compare, prep and
# goals at 10 KB, 100 KB and 1 MB, as many lines and as one line. Prints a Markdown table with
# the growth factor between sizes (×10 is linear, ×100 quadratic). Asserts nothing.
#   scripts/bench-scaling.sh [ENGINE…] [--sizes 10000,100000,1000000] [--cap SECONDS]
# A size is skipped when the one before it took longer than the cap (default 30 s).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release -q -p naitei-bench --bin scaling
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (one thread; other processes make times longer)"
target/release/scaling "$@"
