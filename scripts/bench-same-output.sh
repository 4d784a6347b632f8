#!/usr/bin/env bash
# Checks that two builds of naitei give byte-identical `review --format json` output (a
# performance change must not change what the review says): over eval/resumes/dev/*.md, the
# Markdown examples and a generated corpus. Exit 0 when identical, 1 with a diff otherwise.
#   scripts/bench-same-output.sh BEFORE_BIN AFTER_BIN [N_GENERATED]
# BEFORE_BIN is typically a release build of main in another worktree, AFTER_BIN this one's.
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: scripts/bench-same-output.sh BEFORE_BIN AFTER_BIN [N_GENERATED]}
after=${2:?usage: scripts/bench-same-output.sh BEFORE_BIN AFTER_BIN [N_GENERATED]}
n=${3:-200}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --release -q -p naitei-bench --bin gen-corpus
mkdir -p "$dir/corpus"
target/release/gen-corpus "$dir/corpus" "$n" 1
status=0
for set in "eval/resumes/dev/*.md" "examples/*.md" "$dir/corpus"; do
  # shellcheck disable=SC2086 # the globs are meant to expand
  "$before" review --format json --fail-on never $set >"$dir/before.json" 2>"$dir/before.err" || true
  # shellcheck disable=SC2086
  "$after" review --format json --fail-on never $set >"$dir/after.json" 2>"$dir/after.err" || true
  if cmp -s "$dir/before.json" "$dir/after.json" && cmp -s "$dir/before.err" "$dir/after.err"; then
    echo "identical: $set ($(wc -c <"$dir/after.json") bytes of JSON)"
  else
    echo "DIFFERENT: $set"
    diff <(tr ',' '\n' <"$dir/before.json") <(tr ',' '\n' <"$dir/after.json") | head -40 || true
    status=1
  fi
done
exit "$status"
