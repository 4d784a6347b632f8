#!/usr/bin/env python3
"""Build the .md and .tsv of a résumé set from its annotated sources (src-k/*.src, src-m/*.src, src-n/*.src, src-o/*.src,
src-p/*.src, src-q/*.src, src-r/*.src, src-s/*.src, src-t/*.src).

Source format (one résumé line per source line):
  @sec NAME      set the section for the following lines (summary, career, skills, ...)
  @job ID        set the employer block id (J1, J2, ... or -)
  TEXT ⟫ ANN     a résumé line with annotations after ' ⟫ ':
                   PAR  three characters, P/A/R or '.', marks an item line (item=1) and its labels;
                        a leading '+' continues the previous episode, otherwise a new episode starts
                   w:F1,F2  writing faults
  TEXT           a non-item line with no writing fault
  (empty)        an empty line of the résumé
Usage: build_src.py SET [NAME ...]   SET: k (annotator C, src-k → dev/, held out once),
       m (annotator D, src-m → dev/, held out once), n (annotator E, src-n → dev/, held out once)
       o (annotator F, src-o → dev/, held out once)
       p (annotator G, src-p → dev/, held out once)
       q (annotator H, src-q → dev/, held out once)
       r (annotator I, src-r → holdout-r/, held out once)
       s (annotator J, src-s → holdout-s/, held out once)
       or t (annotator K, src-t → holdout-t/, held out);
       default: every source of the set
"""
import re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SETS = {"k": ("src-k", "dev"), "m": ("src-m", "dev"), "n": ("src-n", "dev"), "o": ("src-o", "dev"),
        "p": ("src-p", "dev"), "q": ("src-q", "dev"),
        "r": ("src-r", "holdout-r"), "s": ("src-s", "holdout-s"), "t": ("src-t", "holdout-t")}
MARK = " ⟫"
HEADER = "line\tsection\tjob\titem\tepisode\tproblem\taction\tresult\twriting\ttext"


def build(src):
    md, rows = [], []
    sec, job, ep = "other", "-", 0
    for n, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("@sec "):
            sec = raw[5:].strip(); continue
        if raw.startswith("@job "):
            job = raw[5:].strip(); continue
        if MARK in raw:
            text, ann = raw.split(MARK, 1)
            text = text.rstrip()
            toks = ann.split()
        else:
            text, toks = raw.rstrip(), []
        md.append(text)
        if not text.strip():
            if toks:
                sys.exit(f"{src}:{n}: annotation on empty line")
            continue
        item, par, writing = 0, None, "-"
        for t in toks:
            if t.startswith("w:"):
                writing = t[2:]
            elif re.fullmatch(r"\+?[P.][A.][R.]", t):
                par = t
            else:
                sys.exit(f"{src}:{n}: bad token {t!r}")
        j = job if sec == "career" else "-"
        if par:
            if sec != "career":
                sys.exit(f"{src}:{n}: item outside career")
            item = 1
            if not par.startswith("+"):
                ep += 1
            elif ep == 0:
                sys.exit(f"{src}:{n}: '+' without a previous episode")
            p = par.lstrip("+")
            labs = [str(int(p[0] == "P")), str(int(p[1] == "A")), str(int(p[2] == "R"))]
            e = f"E{ep}"
        else:
            labs, e = ["-", "-", "-"], "-"
        rows.append([str(len(md)), sec, j, str(item), e] + labs + [writing, text.replace("\t", " ")])
    name = src.stem
    (OUT / f"{name}.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    (OUT / f"{name}.tsv").write_text(HEADER + "\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    print(f"built {name}: {len(md)} lines, {len(rows)} rows")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in SETS:
        sys.exit(__doc__)
    SRC, OUT = (ROOT / d for d in SETS[sys.argv[1]])
    OUT.mkdir(exist_ok=True)
    names = sys.argv[2:]
    srcs = [SRC / f"{n}.src" for n in names] if names else sorted(SRC.glob("*.src"))
    for s in srcs:
        build(s)
