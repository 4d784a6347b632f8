#!/usr/bin/env python3
"""Check eval/postings/<split>/ like check.py, skipping the split's README.md (holdout-2 has one). Prints counts."""
import csv, glob, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
KINDS = ['required', 'preferred', 'persona', 'duty', 'lead-in', 'condition', 'heading', 'other']
RELS = ['same', 'same-job', 'adjacent', 'new']
REQ = {'required', 'preferred', 'duty'}
errors = []
def err(*a): errors.append(' '.join(map(str, a)))
def rows(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().rstrip('\n').split('\n')
    return [l.split('\t') for l in lines]
def resume(path, cache={}):
    if path not in cache:
        md = open(os.path.join(ROOT, path), encoding='utf-8').read().split('\n')
        tsv = rows(os.path.join(ROOT, path[:-3] + '.tsv'))
        sec = {int(r[0]): r[1] for r in tsv[1:]}
        cache[path] = (md, sec)
    return cache[path]
def main(split):
    d = os.path.join(ROOT, 'eval', 'postings', split)
    postings, kinds = {}, collections.Counter()
    for md in sorted(m for m in glob.glob(os.path.join(d, "*.md")) if os.path.basename(m) != "README.md"):
        name = os.path.relpath(md, ROOT)
        text = open(md, encoding='utf-8').read().split('\n')
        t = rows(md[:-3] + '.tsv')
        if t[0] != ['line', 'kind', 'parent', 'text']: err(name, 'header', t[0])
        want = [(i, l.replace('\t', ' ')) for i, l in enumerate(text, 1) if l.strip()]
        got = []
        lab = {}
        for r in t[1:]:
            if len(r) != 4: err(name, 'columns', r); continue
            ln = int(r[0]); got.append((ln, r[3])); lab[ln] = r[1]
            if r[1] not in KINDS: err(name, ln, 'kind', r[1])
            kinds[r[1]] += 1
            if r[2] != '-':
                p = int(r[2])
                if p >= ln or p not in lab: err(name, ln, 'parent', p)
                elif lab[p] not in ('lead-in', 'heading', 'duty', 'required', 'preferred'): err(name, ln, 'parent kind', lab[p])
        if want != got: err(name, 'lines/texts differ', [x for x in zip(want, got) if x[0] != x[1]][:2], len(want), len(got))
        postings[name] = lab
    prow = rows(os.path.join(d, 'pairs.tsv'))
    if prow[0] != ['posting', 'resume', 'req_line', 'expected', 'note']: err('pairs header')
    cover = collections.defaultdict(set)
    nreq = ngap = 0
    for r in prow[1:]:
        if len(r) != 5: err('pairs columns', r); continue
        post, res, ln, exp, note = r
        if post not in postings: err('pairs: unknown posting', post); continue
        ln = int(ln)
        if postings[post].get(ln) not in REQ: err('pairs: not a requirement line', post, ln, postings[post].get(ln))
        if ln in cover[(post, res)]: err('pairs: duplicate', post, res, ln)
        cover[(post, res)].add(ln)
        nreq += 1
        if exp == '-': ngap += 1; continue
        md, sec = resume(res)
        for e in exp.split(','):
            e = int(e)
            if e < 1 or e > len(md) or not md[e - 1].strip(): err('pairs: no such résumé line', res, e)
            elif sec.get(e) == 'summary': err('pairs: 職務要約 line used', post, res, e)
            elif sec.get(e) in ('other', 'education', None): err('pairs: odd evidence section', post, res, e, sec.get(e))
    for (post, res), got in cover.items():
        need = {ln for ln, k in postings[post].items() if k in REQ}
        if got != need: err('pairs: coverage', post, res, sorted(need ^ got))
    rel = rows(os.path.join(d, 'relations.tsv'))
    if rel[0] != ['posting', 'resume', 'relation', 'rationale']: err('relations header')
    relc = collections.Counter(); relpairs = set()
    for r in rel[1:]:
        if len(r) != 4 or r[2] not in RELS or not r[3].strip(): err('relations row', r); continue
        relc[r[2]] += 1; relpairs.add((r[0], r[1]))
    if relpairs != set(cover): err('relations vs pairs', relpairs ^ set(cover))
    per_post = collections.Counter(p for p, _ in cover)
    for p in postings:
        if not 2 <= per_post[p] <= 3: err('pairs per posting', p, per_post[p])
    print(f'{split}: postings={len(postings)} labelled-lines={sum(kinds.values())} ' + ' '.join(f'{k}={kinds[k]}' for k in KINDS))
    print(f'{split}: pairs={len(cover)} requirement-rows={nreq} with-evidence={nreq - ngap} gaps={ngap} relations: ' + ' '.join(f'{k}={relc[k]}' for k in RELS))
if __name__ == '__main__':
    for s in sys.argv[1:] or ['dev', 'holdout']:
        if os.path.exists(os.path.join(ROOT, 'eval', 'postings', s, 'pairs.tsv')): main(s)
    for e in errors: print('ERROR', e)
    sys.exit(1 if errors else 0)
