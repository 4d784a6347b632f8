#!/usr/bin/env python3
"""Check the files of a résumé set built from sources (.md + .tsv) and print label statistics.

Verifies: exactly one row per non-empty line, matching line number and text (tabs replaced by a
space), valid label values and their combinations (README.md), episode ids unique to one run of lines.
Warns (does not fail) when a sentence is longer than 100 characters without `long-sentence`, or has
4 or more 読点 without `many-commas` (noun enumerations are allowed, hence only a warning).
Usage: check_src.py SET [FILE.md ...]   SET: k (dev/k*.md), m (dev/m*.md), n (dev/n*.md),
       o (dev/o*.md), p (dev/p*.md), q (dev/q*.md)
       r (holdout-r/r*.md), s (holdout-s/s*.md) or t (holdout-t/t*.md)
"""
import re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
HEADER = ["line", "section", "job", "item", "episode", "problem", "action", "result", "writing", "text"]
SECTIONS = {"summary", "career", "skills", "licenses", "pr", "motive", "education", "other"}
FAULTS = {"long-sentence", "many-commas", "doubled-joshi", "redundant", "weak-phrase",
          "double-negative", "ra-nuki", "style-mix"}


def check(md):
    errs, warns = [], []
    tsv = md.with_suffix(".tsv")
    lines = md.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    expected = [(i, l.replace("\t", " ")) for i, l in enumerate(lines, 1) if l.strip()]
    rows = [r.split("\t") for r in tsv.read_text(encoding="utf-8").rstrip("\n").split("\n")]
    if rows[0] != HEADER:
        errs.append("bad header")
    rows = rows[1:]
    if len(rows) != len(expected):
        errs.append(f"{len(rows)} rows for {len(expected)} non-empty lines")
    seen_eps, last_ep = set(), None
    stats = dict(lines=len(expected), items=0, problem=0, action=0, result=0, faults=0)
    eps = set()
    for k, ((ln, text), r) in enumerate(zip(expected, rows)):
        where = f"{tsv.name}:{k + 2}"
        if len(r) != 10:
            errs.append(f"{where}: {len(r)} fields"); continue
        line, sec, job, item, ep, p, a, res, wr, t = r
        if line != str(ln) or t != text:
            errs.append(f"{where}: line/text mismatch (md line {ln})")
        if sec not in SECTIONS:
            errs.append(f"{where}: section {sec}")
        if sec == "career":
            if not (job == "-" or re.fullmatch(r"J\d+", job)):
                errs.append(f"{where}: job {job}")
        elif job != "-":
            errs.append(f"{where}: job outside career")
        if item == "1":
            if sec != "career":
                errs.append(f"{where}: item outside career")
            if not re.fullmatch(r"E\d+", ep) or any(x not in "01" or len(x) != 1 for x in (p, a, res)):
                errs.append(f"{where}: bad item labels")
            if ep != last_ep and ep in seen_eps:
                errs.append(f"{where}: episode {ep} reused after a gap")
            seen_eps.add(ep); eps.add(ep)
            stats["items"] += 1
            stats["problem"] += p == "1"; stats["action"] += a == "1"; stats["result"] += res == "1"
        elif item == "0":
            if (ep, p, a, res) != ("-", "-", "-", "-"):
                errs.append(f"{where}: labels on a non-item line")
        else:
            errs.append(f"{where}: item {item}")
        last_ep = ep if item == "1" else None
        faults = set() if wr == "-" else set(wr.split(","))
        if faults - FAULTS:
            errs.append(f"{where}: writing {wr}")
        stats["faults"] += len(faults)
        for f in sorted(faults & FAULTS):
            stats["w:" + f] = stats.get("w:" + f, 0) + 1
        body = re.sub(r"^[\s\-・*#>|]+", "", text)
        for s in re.split(r"(?<=。)", body):
            s = s.strip()
            if len(s) > 100 and "long-sentence" not in faults and "|" not in s and "｜" not in s:
                warns.append(f"{where}: sentence of {len(s)} chars without long-sentence")
            if s.count("、") >= 4 and "many-commas" not in faults:
                warns.append(f"{where}: {s.count('、')} 読点 without many-commas (enumeration?)")
        if "long-sentence" in faults and not any(len(s.strip()) > 100 for s in re.split(r"(?<=。)", body)):
            errs.append(f"{where}: long-sentence but no sentence over 100 chars")
    stats["episodes"] = len(eps)
    return errs, warns, stats


def main():
    sets = {"k": ("dev", "k*.md"), "m": ("dev", "m*.md"), "n": ("dev", "n*.md"), "o": ("dev", "o*.md"),
            "p": ("dev", "p*.md"), "q": ("dev", "q*.md"),
            "r": ("holdout-r", "r*.md"), "s": ("holdout-s", "s*.md"), "t": ("holdout-t", "t*.md")}
    if len(sys.argv) < 2 or sys.argv[1] not in sets:
        sys.exit(__doc__)
    folder, pattern = sets[sys.argv[1]]
    files = [pathlib.Path(f) for f in sys.argv[2:]] or sorted((ROOT / folder).glob(pattern))
    total, bad = {}, 0
    for md in files:
        errs, warns, st = check(md)
        for e in errs:
            print("ERROR", e)
        for w in warns:
            print("warn ", w)
        bad += bool(errs)
        print(f"{md.name}: " + " ".join(f"{k}={v}" for k, v in st.items()))
        for k, v in st.items():
            total[k] = total.get(k, 0) + v
    print(f"TOTAL files={len(files)} " + " ".join(f"{k}={v}" for k, v in total.items()))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
