#!/usr/bin/env python3
"""Format checks for eval/answers/writing-holdout-2.tsv (never runs naitei, never reads the rules).

Errors (exit status 1):
  - header is not `id kind text faults`, a row does not have 4 tab-separated columns;
  - ids are not v001, v002, ... in order (duplicates included);
  - a kind is unknown, or a known kind has fewer than 10 answers;
  - a text is shorter than 80 or longer than 220 characters;
  - a fault is not `label:span`, the label is unknown, or the span does not occur exactly once in the text;
  - span conventions (README-writing-holdout-2.md): long-sentence / many-commas spans are the first 10
    characters of a sentence; doubled-joshi spans are 4 characters ending in a particle; style-mix spans
    are the last 6 characters of a sentence (terminator not included);
  - a sentence longer than 100 characters (terminator not counted) is not labelled long-sentence, or a
    labelled one is not longer than 100;
  - a many-commas label on a sentence with fewer than 4 読点 (、 and ，).
Warnings: a sentence with 4 or more 読点 without a many-commas label, unless the row is one of the
reviewed noun-enumeration traps listed below.
Prints counts per label and per kind, and the longest unlabelled sentences (the near misses).
"""
import os
import sys
from collections import Counter

HEADER = ["id", "kind", "text", "faults"]
KINDS = ["reason", "motive", "pr", "strength", "weakness", "success", "failure", "reverse", "intro"]
LABELS = ["long-sentence", "many-commas", "doubled-joshi", "redundant",
          "weak-phrase", "double-negative", "ra-nuki", "style-mix"]
# Rows whose only sentence with 4+ 読点 is a plain noun enumeration (reviewed: not a fault).
ENUMERATION_TRAPS = {"v043", "v073", "v099"}
PARTICLES = set("はがをにでともへやの")
TERMINATORS = "。！？!?"
TEN = "、，"
MIN_LEN, MAX_LEN, MIN_PER_KIND = 80, 220, 10


def sentences(text):
    """Split after 。！？!? outside 「」『』; each sentence keeps its terminator."""
    out, cur, depth = [], "", 0
    for ch in text:
        cur += ch
        if ch in "「『":
            depth += 1
        elif ch in "」』":
            depth = max(0, depth - 1)
        elif ch in TERMINATORS and depth == 0:
            out.append(cur)
            cur = ""
    if cur.strip():
        out.append(cur)
    return out


def body(sentence):
    return sentence.rstrip(TERMINATORS)


def check(path, prefix="v", enumeration_traps=ENUMERATION_TRAPS, max_len=MAX_LEN):
    """Check one file; the keyword arguments let other held-out sets (ids, reviewed traps) reuse it."""
    errors, warnings, near = [], [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("header must be: " + "\t".join(HEADER))
    labels, kinds, faulty = Counter(), Counter(), Counter()
    for n, line in enumerate(lines[1:], start=1):
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"row {n}: {len(cols)} columns, expected 4")
            continue
        rid, kind, text, faults = cols
        if rid != f"{prefix}{n:03d}":
            errors.append(f"row {n}: id {rid!r}, expected {prefix}{n:03d}")
        if kind not in KINDS:
            errors.append(f"{rid}: unknown kind {kind!r}")
        kinds[kind] += 1
        if not MIN_LEN <= len(text) <= max_len:
            errors.append(f"{rid}: {len(text)} characters, expected {MIN_LEN}-{max_len}")
        sents = [body(s) for s in sentences(text)]
        spans = {lab: [] for lab in LABELS}
        if faults != "-":
            faulty[kind] += 1
            for item in faults.split(","):
                lab, sep, span = item.partition(":")
                if not sep or not span:
                    errors.append(f"{rid}: {item!r} is not label:span")
                    continue
                if lab not in LABELS:
                    errors.append(f"{rid}: unknown label {lab!r}")
                    continue
                count = text.count(span)
                if count != 1:
                    errors.append(f"{rid}: span {span!r} occurs {count} times (must be once)")
                    continue
                labels[lab] += 1
                spans[lab].append(span)
        for lab in ("long-sentence", "many-commas"):
            for span in spans[lab]:
                if len(span) != 10 or not any(s.startswith(span) for s in sents):
                    errors.append(f"{rid}: {lab} span {span!r} is not the first 10 characters of a sentence")
        for span in spans["doubled-joshi"]:
            if len(span) != 4 or span[-1] not in PARTICLES:
                errors.append(f"{rid}: doubled-joshi span {span!r} is not 3 characters + a particle")
        for span in spans["style-mix"]:
            if not any(len(s) >= 6 and s.endswith(span) and len(span) == 6 for s in sents):
                errors.append(f"{rid}: style-mix span {span!r} is not the last 6 characters of a sentence")
        for s in sents:
            head = s[:10]
            ten = sum(s.count(c) for c in TEN)
            long_label = head in spans["long-sentence"]
            if len(s) > 100 and not long_label:
                errors.append(f"{rid}: sentence of {len(s)} characters not labelled long-sentence: {head}")
            if len(s) <= 100 and long_label:
                errors.append(f"{rid}: labelled long-sentence has only {len(s)} characters: {head}")
            if not long_label and len(s) >= 90:
                near.append((len(s), rid, head))
            if head in spans["many-commas"] and ten < 4:
                errors.append(f"{rid}: labelled many-commas has only {ten} 読点: {head}")
            if ten >= 4 and head not in spans["many-commas"] and rid not in enumeration_traps:
                warnings.append(f"{rid}: {ten} 読点 without many-commas (noun enumeration?): {head}")
    rows = len(lines) - 1
    for k in KINDS:
        if kinds[k] < MIN_PER_KIND:
            errors.append(f"kind {k}: {kinds[k]} answers, expected at least {MIN_PER_KIND}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    n_faulty = sum(faulty.values())
    print(f"{rows} answers: {n_faulty} with at least one fault, {rows - n_faulty} without")
    print("per label:")
    for lab in LABELS:
        print(f"  {lab:16} {labels[lab]:3}")
    print(f"  {'total':16} {sum(labels.values()):3}")
    print("per kind (answers / with a fault):")
    for k in KINDS:
        print(f"  {k:10} {kinds[k]:3} / {faulty[k]}")
    print("longest unlabelled sentences (>= 90 characters):")
    for length, rid, head in sorted(near, reverse=True):
        print(f"  {rid} {length} {head}")
    return 1 if errors else 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "writing-holdout-2.tsv")
    sys.exit(check(sys.argv[1] if len(sys.argv) > 1 else default))
