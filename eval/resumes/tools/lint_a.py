import glob,re,sys
for f in sorted(glob.glob('dev/a*.tsv')):
    for l in open(f).read().strip().split('\n')[1:]:
        r=l.split('\t'); t=r[9]; w=r[8]
        sents=[s for s in re.split(r'(?<=[。！？])',t) if s.strip()]
        L=max(len(s) for s in sents); C=max(s.count('、') for s in sents)
        flag=[]
        if (L>100) != ('long-sentence' in w): flag.append(f'len={L}')
        if C>=4 or 'many-commas' in w: flag.append(f'commas={C}')
        if flag: print(f, r[0], flag, w, t[:60])
