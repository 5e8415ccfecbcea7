#!/usr/bin/env python3
"""How far two people agree on a blind set's labels: the writer's
(blindN.jsonl) and a second annotator's (blindN_second_labels.jsonl), given
by someone who labelled every request from the tier and PII rules alone,
from a view with the labels removed, before looking at the writer's. Where
the rules leave room, two careful readers differ too. Standard library only;
`python3 eval/data/blind_agreement.py N` (4 to 9)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
SET = sys.argv[1] if len(sys.argv) > 1 else '4'
FIRST = HERE / f'blind{SET}.jsonl'
SECOND = HERE / f'blind{SET}_second_labels.jsonl'
KINDS = ['email', 'phone', 'credit_card', 'iban', 'national_id', 'address', 'health']

first = {}
for line in open(FIRST):
    r = json.loads(line)
    first[r['id']] = (int(r['tier']), set(r['pii'] or []))
second = {}
for line in open(SECOND):
    r = json.loads(line)
    second[r['id']] = (int(r['tier']), set(r['pii'] or []))
assert set(first) == set(second), 'id sets differ'
ids = sorted(first)
n = len(ids)

# tiers
cm = [[0] * 4 for _ in range(4)]
for i in ids:
    cm[first[i][0]][second[i][0]] += 1
agree = sum(cm[k][k] for k in range(4))
po = agree / n
pe = sum(sum(cm[k]) * sum(cm[r][k] for r in range(4)) for k in range(4)) / n / n
kappa = (po - pe) / (1 - pe)
higher = sum(1 for i in ids if second[i][0] > first[i][0])
lower = sum(1 for i in ids if second[i][0] < first[i][0])
# linearly weighted kappa as a side figure


def w(a, b):
    return 1 - abs(a - b) / 3


pow_ = sum(cm[a][b] * w(a, b) for a in range(4) for b in range(4)) / n
pew = sum(sum(cm[a]) * sum(cm[r][b] for r in range(4)) * w(a, b) for a in range(4) for b in range(4)) / n / n
wkappa = (pow_ - pew) / (1 - pew)

print(f'requests: {n}')
print(f'tier agreement: {agree}/{n} = {100 * po:.1f}%   Cohen kappa = {kappa:.3f}   (linear-weighted kappa = {wkappa:.3f})')
print('confusion matrix (rows: first annotator, columns: second annotator)')
print('        ' + ''.join(f'{"s" + str(c):>6}' for c in range(4)) + '   total')
for r in range(4):
    print(f'  f{r}    ' + ''.join(f'{cm[r][c]:>6}' for c in range(4)) + f'{sum(cm[r]):>8}')
print('  total ' + ''.join(f'{sum(cm[r][c] for r in range(4)):>6}' for c in range(4)))
print(f'second annotator higher: {higher}, lower: {lower}')

# PII
exact = sum(1 for i in ids if first[i][1] == second[i][1])
anyagree = sum(1 for i in ids if bool(first[i][1]) == bool(second[i][1]))
print(f'\nPII set exact match: {exact}/{n} = {100 * exact / n:.1f}%')
print(f'PII any/none agreement: {anyagree}/{n} = {100 * anyagree / n:.1f}%  '
      f'(first: {sum(1 for i in ids if first[i][1])} with PII, second: {sum(1 for i in ids if second[i][1])})')
print(f'{"kind":<12}{"first":>7}{"second":>8}{"both":>6}{"only1st":>9}{"only2nd":>9}')
for k in KINDS:
    a = {i for i in ids if k in first[i][1]}
    b = {i for i in ids if k in second[i][1]}
    print(f'{k:<12}{len(a):>7}{len(b):>8}{len(a & b):>6}{len(a - b):>9}{len(b - a):>9}')
other = set().union(*(first[i][1] | second[i][1] for i in ids)) - set(KINDS)
if other:
    print('other kinds seen:', sorted(other))

print('\ndisagreements (id: first tier/pii -> second tier/pii):')
for i in ids:
    (t1, p1), (t2, p2) = first[i], second[i]
    if t1 != t2 or p1 != p2:
        what = []
        if t1 != t2:
            what.append(f'tier {t1}->{t2}')
        if p1 != p2:
            what.append(f'pii {sorted(p1)}->{sorted(p2)}')
        print(f'  {i}: ' + '; '.join(what))
