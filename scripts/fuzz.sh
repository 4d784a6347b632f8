#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for a bounded time each (default 60 s; first argument
# to change it). Installs cargo-fuzz from crates.io when it is missing. NOT part of
# scripts/test.sh: a fuzz run is a measurement, not a test. See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi
cd fuzz
# The toolchain is stable; cargo-fuzz's nightly flags are allowed by RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1
targets=$(cargo fuzz list)
# One build for all targets (the IPADIC dictionary is compiled once).
cargo fuzz build
failed=0
mkdir -p artifacts
for target in $targets; do
  echo "fuzz: $target for ${seconds}s" >&2
  log="artifacts/$target.log"
  if ! cargo fuzz run "$target" -- -max_total_time="$seconds" 2>"$log"; then
    echo "fuzz: $target FAILED (see fuzz/$log and fuzz/artifacts/$target/)" >&2
    failed=1
  else
    # libFuzzer's last line: "Done N runs in S second(s)".
    tail -n 1 "$log" >&2
  fi
done
exit "$failed"
