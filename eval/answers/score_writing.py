#!/usr/bin/env python3
"""Precision and recall of naitei's writing rules on labelled interview answers.

Usage: score_writing.py NAITEI_BIN FILE.tsv [--misses]

FILE.tsv: id, kind, text, faults (`-` or `label:span,...`, labels of eval/resumes/README.md).
Each answer is checked with `naitei answer --format json` (all answers in one Markdown file,
one `## kind` heading each). A finding of a writing rule is right when the answer has a label
of the matching fault whose span overlaps the finding's text (for long-sentence and many-commas,
a label of that fault on the answer is enough: the finding points at the sentence or its comma).
A labelled fault is found when a finding of the matching rule is right for it.
"""
import csv, json, subprocess, sys, tempfile, collections

RULE_OF = {
    "long-sentence": "sentence-length", "many-commas": "max-ten", "doubled-joshi": "doubled-joshi",
    "redundant": "redundant-expression", "weak-phrase": "weak-phrase",
    "double-negative": "double-negative", "ra-nuki": "ra-nuki", "style-mix": "mixed-style",
}
LABEL_OF = {v: k for k, v in RULE_OF.items()}
KINDS = {"reason": "転職理由", "motive": "志望動機", "pr": "自己PR", "strength": "強み",
         "weakness": "弱み", "success": "成功体験", "failure": "失敗体験", "reverse": "逆質問",
         "intro": "自己紹介", "other": "その他"}
SENTENCE_LEVEL = {"long-sentence", "many-commas"}


def main():
    bin_, path = sys.argv[1], sys.argv[2]
    misses = "--misses" in sys.argv
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    md = "".join(f"## {KINDS.get(r['kind'], 'その他')}\n\n{r['text']}\n\n" for r in rows)
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as f:
        f.write(md)
    out = subprocess.run([bin_, "answer", f.name, "--format", "json", "--fail-on", "never"],
                         capture_output=True, text=True, check=True).stdout
    answers = json.loads(out)["answers"]
    assert len(answers) == len(rows), f"{len(answers)} answers for {len(rows)} rows"
    fired = collections.Counter(); right = collections.Counter()
    labelled = collections.Counter(); found = collections.Counter()
    for r, a in zip(rows, answers):
        faults = [] if r["faults"].strip() == "-" else [
            tuple(x.split(":", 1)) for x in r["faults"].split(",") if x.strip()]
        hit = set()
        for d in a["diagnostics"]:
            label = LABEL_OF.get(d["rule"])
            if not label:
                continue
            fired[label] += 1
            ok = False
            for i, (l, span) in enumerate(faults):
                if l != label:
                    continue
                if label in SENTENCE_LEVEL or span in d["text"] or d["text"] in span:
                    ok = True; hit.add(i); break
            right[label] += ok
            if misses and not ok:
                print(f"  ✗ false alarm {r['id']} {label}: {d['text'][:40]}")
        for i, (l, span) in enumerate(faults):
            labelled[l] += 1
            found[l] += i in hit
            if misses and i not in hit:
                print(f"  ✗ missed {r['id']} {l}: {span}")
    print(f"{'fault':18} {'findings':>8} {'right':>6} {'precision':>9} {'labelled':>8} {'recall':>7}")
    for l in RULE_OF:
        p = right[l] / fired[l] if fired[l] else float("nan")
        rc = found[l] / labelled[l] if labelled[l] else float("nan")
        print(f"{l:18} {fired[l]:8} {right[l]:6} {p:9.3f} {labelled[l]:8} {rc:7.3f}")
    tf, tr = sum(fired.values()), sum(right.values())
    print(f"{'all':18} {tf:8} {tr:6} {tr / tf if tf else float('nan'):9.3f}")


if __name__ == "__main__":
    main()
