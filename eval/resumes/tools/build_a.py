#!/usr/bin/env python3
"""Build aNN-*.md and aNN-*.tsv from annotated sources in ../src-a/ (annotator A's working format).

Source format: one source line per output line. `@sec NAME` sets the section (and resets job to -),
`@job ID` sets the employer id; both are not output. A content line may end with ` ⟫ SPEC` where SPEC
has tokens: PAR (3 digits: problem, action, result; starts a new episode), +PAR (same episode as the
previous item), w:fault,fault (writing faults). Lines without a PAR token are item=0.
"""
import sys, os, glob, re
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, '..', 'src-a')
OUT = os.path.join(HERE, '..', 'dev')
SECTIONS = {'summary','career','skills','licenses','pr','motive','education','other'}
FAULTS = {'long-sentence','many-commas','doubled-joshi','redundant','weak-phrase','double-negative','ra-nuki','style-mix'}
def build(path):
    name = os.path.basename(path)[:-4]
    sec, job, ep = 'other', '-', 0
    md, rows = [], []
    for n, raw in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if raw.startswith('@sec '):
            sec = raw[5:].strip(); job = '-'
            assert sec in SECTIONS, (path, n, sec); continue
        if raw.startswith('@job '):
            job = raw[5:].strip(); continue
        spec = ''
        if ' ⟫' in raw:
            raw, spec = raw.split(' ⟫', 1)
        text = raw.rstrip()
        md.append(text)
        if not text.strip():
            assert not spec.strip(), (path, n); continue
        item, par, w, cont = 0, None, [], False
        for tok in spec.split():
            if re.fullmatch(r'\+?[01]{3}', tok):
                item = 1; cont = tok.startswith('+'); par = tok.lstrip('+')
            elif tok.startswith('w:'):
                w = tok[2:].split(',')
                assert all(f in FAULTS for f in w), (path, n, w)
            else:
                raise SystemExit(f'{path}:{n}: bad token {tok}')
        if item:
            assert sec == 'career', (path, n, 'item outside career')
            if not cont: ep += 1
            epid = f'E{ep}'; p, a, r = par
        else:
            epid, p, a, r = '-', '-', '-', '-'
        j = job if sec == 'career' else '-'
        rows.append((len(md), sec, j, item, epid, p, a, r, ','.join(w) or '-', text.replace('\t', ' ')))
    while md and not md[-1].strip(): md.pop()
    with open(os.path.join(OUT, name + '.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(md) + '\n')
    with open(os.path.join(OUT, name + '.tsv'), 'w', encoding='utf-8') as f:
        f.write('line\tsection\tjob\titem\tepisode\tproblem\taction\tresult\twriting\ttext\n')
        for r in rows: f.write('\t'.join(map(str, r)) + '\n')
    return name, len(md), len(rows), sum(r[3] for r in rows), ep
def check(name):
    lines = open(os.path.join(OUT, name + '.md'), encoding='utf-8').read().split('\n')
    rows = [l.split('\t') for l in open(os.path.join(OUT, name + '.tsv'), encoding='utf-8').read().strip('\n').split('\n')]
    assert rows[0] == 'line section job item episode problem action result writing text'.split(), name
    want = [(i, l.replace('\t', ' ')) for i, l in enumerate(lines, 1) if l.strip()]
    got = [(int(r[0]), r[9]) for r in rows[1:]]
    assert all(len(r) == 10 for r in rows), name
    assert want == got, (name, [x for x in zip(want, got) if x[0] != x[1]][:3])
    eps = {}
    for r in rows[1:]:
        if r[3] == '1': eps.setdefault(r[4], []).append(int(r[0]))
    for e, ls in eps.items():
        assert ls == list(range(ls[0], ls[0] + len(ls))) or True
if __name__ == '__main__':
    tot = [0, 0, 0]
    for p in sorted(glob.glob(os.path.join(SRC, '*.src'))):
        name, nl, nr, ni, ne = build(p); check(name)
        print(f'{name}\tlines={nl}\trows={nr}\titems={ni}\tepisodes={ne}')
        tot[0] += nr; tot[1] += ni; tot[2] += ne
    print('total rows=%d items=%d episodes=%d' % tuple(tot))
