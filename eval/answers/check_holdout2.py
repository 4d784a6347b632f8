#!/usr/bin/env python3
"""Sanity checks for eval/answers/holdout-2.tsv (format only; never looks at naitei's output).

Checks: header, 10 tab-separated columns per row, flags are 0/1, ids unique and k001.. in order,
kinds known, text non-empty. Prints counts per kind and per label. Exit status 1 on any error.
"""
import os
import sys
from collections import Counter

HEADER = ["id", "kind", "ok", "weak", "status_only", "contribution",
          "learning", "negative", "evidence", "text"]
FLAGS = HEADER[2:9]
KINDS = {"reason", "motive", "pr", "strength", "weakness", "success",
         "failure", "reverse", "intro", "other"}


def main(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("header does not match: " + "\t".join(HEADER))
    ids = set()
    kinds = Counter()
    labels = Counter()
    per_kind = {}
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            errors.append(f"line {n}: {len(cols)} columns, expected {len(HEADER)}")
            continue
        rid, kind, text = cols[0], cols[1], cols[9]
        if rid in ids:
            errors.append(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        if rid != f"k{n - 1:03d}":
            errors.append(f"line {n}: id {rid}, expected k{n - 1:03d}")
        if kind not in KINDS:
            errors.append(f"line {n}: unknown kind {kind!r}")
        if not text.strip():
            errors.append(f"line {n}: empty text")
        kinds[kind] += 1
        pk = per_kind.setdefault(kind, Counter())
        for name, val in zip(FLAGS, cols[2:9]):
            if val not in ("0", "1"):
                errors.append(f"line {n}: {name}={val!r}, expected 0 or 1")
                continue
            labels[name] += int(val)
            pk[name] += int(val)
    rows = len(lines) - 1
    print(f"{path}: {rows} rows")
    print("kind        rows  " + "  ".join(f"{x[:6]:>6}" for x in FLAGS))
    for k in sorted(kinds):
        print(f"{k:<10} {kinds[k]:>5}  " + "  ".join(f"{per_kind[k][x]:>6}" for x in FLAGS))
    print(f"{'total':<10} {rows:>5}  " + "  ".join(f"{labels[x]:>6}" for x in FLAGS))
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout-2.tsv")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
