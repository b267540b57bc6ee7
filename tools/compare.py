#!/usr/bin/env python3
"""compare.py BEFORE AFTER [-t] [-v] (two tools/snap.sh outputs): per-set F1 by score.py's metric from predictions, pages better/worse,
wcxb halves (A even ids, B odd) and, with -t, per page type."""
import sys, os, re, json
E = os.environ.get('UNCLUTTER_EVAL', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
sys.path.insert(0, E); import score as S

SETS = {'aeb': 'aeb', 'aeb-text-near': 'aeb-text', 'aeb-text-full': 'aeb-text', 'wcxb': 'wcxb-dev',
        'wcxb-text-near': 'wcxb-dev-text', 'wcxb-text-full': 'wcxb-dev-text'}
_gt = {}
def gt(s):
    if s not in _gt: _gt[s] = json.load(open(f'{E}/{SETS[s]}/ground-truth.json'))
    return _gt[s]
def rows(d, s):
    p = os.path.join(d, s + '.json')
    if not os.path.exists(p): return None
    m, rs = S.score(gt(s), json.load(open(p)))
    return {k: c for k, c, _ in rs}
def f1(cs):
    ps = [S.precision(*c) for c in cs if c[0] + c[1] > 0]; rs = [S.recall(*c) for c in cs if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0; r = sum(rs) / len(rs) if rs else 0
    return 2 * p * r / (p + r) if p + r else 0
def docf(c): return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if sum(c) else 0
def num(k):
    m = re.search(r'(\d+)', k); return int(m.group(1)) if m else 0
for s in SETS:
    a, b = rows(sys.argv[1], s), rows(sys.argv[2], s)
    if a is None or b is None: continue
    keys = sorted(a)
    better = [k for k in keys if docf(b[k]) > docf(a[k]) + 1e-9]; worse = [k for k in keys if docf(b[k]) < docf(a[k]) - 1e-9]
    line = f"{s:15} {f1([a[k] for k in keys]):.4f} -> {f1([b[k] for k in keys]):.4f}  +{len(better)} -{len(worse)}"
    if s.startswith('wcxb'):
        for h, par in (('A', 0), ('B', 1)):
            ks = [k for k in keys if num(k) % 2 == par]
            line += f"  {h} {f1([a[k] for k in ks]):.4f}->{f1([b[k] for k in ks]):.4f}"
    print(line)
    if '-t' in sys.argv and s.startswith('wcxb'):
        types = sorted({v.get('page_type') for v in gt(s).values()})
        print('   ' + '  '.join(f"{t} {f1([a[k] for k in keys if gt(s)[k].get('page_type')==t]):.3f}->{f1([b[k] for k in keys if gt(s)[k].get('page_type')==t]):.3f}" for t in types))
    if '-v' in sys.argv:
        for k in sorted(worse, key=lambda k: docf(b[k]) - docf(a[k]))[:8]: print(f"   worse  {k} {docf(a[k]):.3f} -> {docf(b[k]):.3f}")
        for k in sorted(better, key=lambda k: docf(a[k]) - docf(b[k]))[:8]: print(f"   better {k} {docf(a[k]):.3f} -> {docf(b[k]):.3f}")
