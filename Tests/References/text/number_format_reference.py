"""Reference for NumberFormat: the shortest round-trip decimal of a double (Python's repr, the same digits as
Swift's description), rounded half away from zero with the decimal module (ROUND_HALF_UP), and C's printf
("%.*f", the exact binary value, ties to even) beside it to show where the two differ.

Columns: x (repr), decimals, expected (our rule, ASCII minus, no "-0"), printf.
Run: python3 number_format_reference.py > number_format_reference.csv
"""
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

def ours(x, d):
    q = Decimal(repr(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    s = format(q, 'f')
    if s.startswith('-') and set(s[1:]) <= set('0.'):
        s = s[1:]
    return s

def printf(x, d):
    s = '%.*f' % (d, x)
    return s

crafted = [62.25, 1.005, 2.675, 0.125, 0.375, 2.5, -2.5, 0.5, -0.5, 1.5, 0.045, 1.0049999999999999, 9.995,
           99.95, 99.995, 0.0005, -0.0005, 0.285 * 100, 0.1 + 0.2, 1e-5, 1.25e-7, 123456.785, 1234567.125,
           -0.004, -0.0, 0.0, 5e-324, 1e15 + 0.5, 12.345, 8.345, 1.45, -1.45, 53.135, 49.645, 0.0049999,
           999.9999, 7.0, 3.14159265358979]
random.seed(20261207)
rows = []
for x in crafted:
    for d in (0, 1, 2, 3):
        rows.append((x, d))
for _ in range(400):
    # values with few decimals, where ties are common, and arbitrary values
    k = random.randint(1, 4)
    x = round(random.uniform(-1000, 1000), k + random.choice((0, 1)))
    rows.append((x, random.randint(0, k)))
for _ in range(200):
    x = random.uniform(-1, 1) * 10 ** random.randint(-6, 8)
    rows.append((x, random.randint(0, 6)))

print('x,decimals,expected,printf')
for x, d in rows:
    print(f'{x!r},{d},{ours(x, d)},{printf(x, d)}')
