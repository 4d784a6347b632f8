#!/usr/bin/env python3
"""Sanity checks for eval/answers/writing-holdout.tsv (format only; never runs naitei).

Checks: header, 4 tab-separated columns, ids w001.. unique and in order, kinds known, text 80-400
characters, fault labels known, every span a substring of its text (warns when a span occurs more than
once). As a cross-check of the two mechanical labels it also warns when a sentence longer than 100
characters is not labelled long-sentence (or a labelled one is not that long), and when a sentence with
4 or more 読点 has no many-commas label (these can be noun enumerations, so they are warnings).
Prints counts per label and per kind. Exit status 1 on any error.
"""
import os
import sys
from collections import Counter

HEADER = ["id", "kind", "text", "faults"]
KINDS = {"reason", "motive", "pr", "strength", "weakness", "success",
         "failure", "reverse", "intro"}
# Sentences with 4+ 読点 that the annotator reviewed as plain noun enumerations (traps, not faults).
ENUMERATION_TRAPS = {"w007", "w024", "w040", "w055", "w066", "w074", "w089"}
LABELS = ["long-sentence", "many-commas", "doubled-joshi", "redundant",
          "weak-phrase", "double-negative", "ra-nuki", "style-mix"]


def sentences(text):
    """Split at 。！？!? outside 「」; the terminator stays with its sentence."""
    out, cur, depth = [], "", 0
    for ch in text:
        cur += ch
        if ch in "「『":
            depth += 1
        elif ch in "」』":
            depth = max(0, depth - 1)
        elif ch in "。！？!?" and depth == 0:
            out.append(cur)
            cur = ""
    if cur.strip():
        out.append(cur)
    return out


def body_len(s):
    return len(s.rstrip("。！？!?"))


def main(path):
    errors, warnings = [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("header does not match: " + "\t".join(HEADER))
    ids = set()
    labels = Counter()
    kinds = Counter()
    faulty = Counter()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {n}: {len(cols)} columns, expected 4")
            continue
        rid, kind, text, faults = cols
        if rid in ids:
            errors.append(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        if rid != f"w{n - 1:03d}":
            errors.append(f"line {n}: id {rid}, expected w{n - 1:03d}")
        if kind not in KINDS:
            errors.append(f"{rid}: unknown kind {kind!r}")
        kinds[kind] += 1
        if not 80 <= len(text) <= 400:
            errors.append(f"{rid}: text has {len(text)} characters (80-400)")
        spans = {lab: [] for lab in LABELS}
        if faults != "-":
            faulty[kind] += 1
            for item in faults.split(","):
                lab, sep, span = item.partition(":")
                if not sep or not span:
                    errors.append(f"{rid}: fault {item!r} is not label:span")
                    continue
                if lab not in LABELS:
                    errors.append(f"{rid}: unknown label {lab!r}")
                    continue
                if span not in text:
                    errors.append(f"{rid}: span {span!r} not in text")
                    continue
                if text.count(span) > 1:
                    warnings.append(f"{rid}: span {span!r} occurs {text.count(span)} times")
                labels[lab] += 1
                spans[lab].append(span)
        for s in sentences(text):
            head = s[:10]
            if body_len(s) > 100 and head not in spans["long-sentence"]:
                warnings.append(f"{rid}: sentence of {body_len(s)} chars not labelled: {head}")
            if body_len(s) <= 100 and head in spans["long-sentence"]:
                warnings.append(f"{rid}: labelled long-sentence has {body_len(s)} chars: {head}")
            ten = s.count("、") + s.count("，")
            if ten >= 4 and head not in spans["many-commas"] and rid not in ENUMERATION_TRAPS:
                warnings.append(f"{rid}: sentence with {ten} 読点 not labelled (enumeration?): {head}")
        for lab in ("long-sentence", "many-commas"):
            for span in spans[lab]:
                if len(span) != 10 or not any(s.startswith(span) for s in sentences(text)):
                    errors.append(f"{rid}: {lab} span {span!r} is not the first 10 characters of a sentence")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    rows = len(lines) - 1
    print(f"{rows} answers, {sum(faulty.values())} with at least one fault, "
          f"{rows - sum(faulty.values())} without")
    print("per label:")
    for lab in LABELS:
        print(f"  {lab:16} {labels[lab]}")
    print(f"  {'total':16} {sum(labels.values())}")
    print("per kind (answers / with fault):")
    for k in sorted(KINDS):
        print(f"  {k:10} {kinds[k]:3} / {faulty[k]}")
    return 1 if errors else 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "writing-holdout.tsv")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
