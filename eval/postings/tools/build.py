#!/usr/bin/env python3
"""Build postings (*.md, *.tsv), pairs.tsv and relations.tsv from the annotator's sources in ../src/<split>/.

Posting source `src/<split>/NAME.src`: one source line per output line. A non-empty line ends with
` ⟫ KIND [#key] [^parentkey]`; KIND is one of req pref persona duty lead cond head other.
Every required/preferred/duty line carries a #key, which pairs.src uses.

`src/<split>/pairs.src`:
    = NAME                      posting block
    + aNN RELATION | rationale  a résumé paired with the posting (eval/resumes/dev/aNN-*.md)
    key EXPECTED | note         one per required/preferred/duty key of the posting; EXPECTED is `-` or 12,14
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
KINDS = {'req': 'required', 'pref': 'preferred', 'persona': 'persona', 'duty': 'duty', 'lead': 'lead-in',
         'cond': 'condition', 'head': 'heading', 'other': 'other'}
RELS = {'same', 'same-job', 'adjacent', 'new'}

def build_posting(path, outdir):
    name = os.path.basename(path)[:-4]
    md, rows, keys = [], [], {}
    for n, raw in enumerate(open(path, encoding='utf-8').read().rstrip('\n').split('\n'), 1):
        spec = ''
        if ' ⟫' in raw:
            raw, spec = raw.split(' ⟫', 1)
        text = raw.rstrip()
        md.append(text)
        if not text.strip():
            assert not spec.strip(), (path, n); continue
        toks = spec.split()
        if not toks or toks[0] not in KINDS:
            raise SystemExit(f'{path}:{n}: no kind: {raw}')
        kind, key, parent = KINDS[toks[0]], None, '-'
        for t in toks[1:]:
            if t.startswith('#'): key = t[1:]
            elif t.startswith('^'): parent = t[1:]
            else: raise SystemExit(f'{path}:{n}: bad token {t}')
        ln = len(md)
        if key:
            assert key not in keys, (path, n, key); keys[key] = (ln, kind)
        if kind in ('required', 'preferred', 'duty'):
            assert key, (path, n, 'requirement without key')
        rows.append([ln, kind, parent, text.replace('\t', ' ')])
    for r in rows:
        if r[2] != '-':
            assert r[2] in keys, (path, r); r[2] = keys[r[2]][0]
            assert r[2] < r[0], (path, r)
    with open(os.path.join(outdir, name + '.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(md) + '\n')
    with open(os.path.join(outdir, name + '.tsv'), 'w', encoding='utf-8') as f:
        f.write('line\tkind\tparent\ttext\n')
        for r in rows: f.write('\t'.join(map(str, r)) + '\n')
    return name, keys

def resume_path(aid):
    # dev first; résumés of the held-out résumé sets (holdout-r, -s, …) may be paired too
    m = glob.glob(os.path.join(ROOT, 'eval', 'resumes', 'dev', aid + '-*.md'))
    if not m:
        m = glob.glob(os.path.join(ROOT, 'eval', 'resumes', 'holdout-*', aid + '-*.md'))
    assert len(m) == 1, aid
    return os.path.relpath(m[0], ROOT)

def build_pairs(split, postings):
    src = os.path.join(HERE, '..', 'src', split, 'pairs.src')
    outdir = os.path.join(HERE, '..', split)
    prow, rrow = [], []
    post = res = None
    seen = {}
    for n, raw in enumerate(open(src, encoding='utf-8').read().split('\n'), 1):
        line = raw.strip()
        if not line or line.startswith('#'): continue
        if line.startswith('= '):
            post = line[2:].strip(); assert post in postings, (n, post); res = None; continue
        if line.startswith('+ '):
            head, rat = line[2:].split('|', 1)
            aid, rel = head.split()
            assert rel in RELS, (n, rel)
            res = resume_path(aid)
            rrow.append([f'eval/postings/{split}/{post}.md', res, rel, rat.strip()])
            seen[(post, res)] = {}
            continue
        body, _, note = line.partition('|')
        key, exp = body.split()
        keys = postings[post]
        assert key in keys, (n, post, key)
        assert re.fullmatch(r'-|\d+(,\d+)*', exp), (n, exp)
        assert key not in seen[(post, res)], (n, key)
        seen[(post, res)][key] = (keys[key][0], exp, note.strip() or '-')
    for (post, res), d in seen.items():
        need = {k for k, (ln, kind) in postings[post].items() if kind in ('required', 'preferred', 'duty')}
        assert set(d) == need, (post, res, sorted(need - set(d)), sorted(set(d) - need))
        for k, (ln, exp, note) in sorted(d.items(), key=lambda x: x[1][0]):
            prow.append([f'eval/postings/{split}/{post}.md', res, ln, exp, note])
    with open(os.path.join(outdir, 'pairs.tsv'), 'w', encoding='utf-8') as f:
        f.write('posting\tresume\treq_line\texpected\tnote\n')
        for r in prow: f.write('\t'.join(map(str, r)) + '\n')
    with open(os.path.join(outdir, 'relations.tsv'), 'w', encoding='utf-8') as f:
        f.write('posting\tresume\trelation\trationale\n')
        for r in rrow: f.write('\t'.join(r) + '\n')
    return len(prow), len(rrow)

if __name__ == '__main__':
    for split in sys.argv[1:] or ['holdout', 'dev']:
        outdir = os.path.join(HERE, '..', split)
        postings = {}
        for p in sorted(glob.glob(os.path.join(HERE, '..', 'src', split, '*.src'))):
            if os.path.basename(p) == 'pairs.src': continue
            name, keys = build_posting(p, outdir); postings[name] = keys
        np_, nr = build_pairs(split, postings) if os.path.exists(os.path.join(HERE, '..', 'src', split, 'pairs.src')) else (0, 0)
        print(f'{split}: postings={len(postings)} pair-rows={np_} pairs={nr}')
