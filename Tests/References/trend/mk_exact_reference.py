#!/usr/bin/env python3
"""Exact two-sided Mann-Kendall p-values by brute force over all n! orderings, n = 3 ... 10.

Under H0 (no trend, no ties) every ordering of the n values is equally likely. For each n this script
enumerates all n! permutations explicitly (numpy array built by inserting the largest element at every
position of each permutation of n-1; 10! = 3,628,800 rows), computes Kendall's
S = sum_{i<j} sign(x_j - x_i) for every one of them, and counts how many have |S| >= |S_obs|:

    p = #{permutations with |S| >= |S_obs|} / n!

As an independent check of the enumeration, the distribution of S is also obtained from the generating
function prod_{i=1..n} (1 + q + ... + q^(i-1)) of inversion counts (S = n(n-1)/2 - 2 * inversions), by
polynomial multiplication; the script stops if the two disagree for any n.

Writes mk_exact_reference.csv beside this script:
    case, n, times, values, s, count, total, p
`times`/`values` hold the full series including missing values ('nan'); n, s and p refer to the present
points. count/total is the exact fraction. Versions go to mk_exact_reference_versions.txt.

Run:  python3 Tests/References/trend/mk_exact_reference.py     (about 1 s)
"""
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def all_permutations(n):
    perms = np.zeros((1, 1), dtype=np.int8)
    for k in range(2, n + 1):
        rows = perms.shape[0]
        out = np.empty((rows * k, k), dtype=np.int8)
        for pos in range(k):
            block = out[pos * rows:(pos + 1) * rows]
            block[:, :pos] = perms[:, :pos]
            block[:, pos] = k - 1
            block[:, pos + 1:] = perms[:, pos:]
        perms = out
    return perms


def s_of_all(perms):
    n = perms.shape[1]
    s = np.zeros(perms.shape[0], dtype=np.int16)
    for i in range(n):
        for j in range(i + 1, n):
            s += np.sign(perms[:, j].astype(np.int16) - perms[:, i].astype(np.int16))
    return s


def s_distribution_by_generating_function(n):
    poly = np.array([1], dtype=object)
    for i in range(1, n + 1):
        poly = np.convolve(poly, np.ones(i, dtype=object))
    pairs = n * (n - 1) // 2
    return {pairs - 2 * k: int(c) for k, c in enumerate(poly)}


def kendall_s(values):
    v = [x for x in values if not math.isnan(x)]
    s = 0
    for i in range(len(v)):
        for j in range(i + 1, len(v)):
            s += (v[j] > v[i]) - (v[j] < v[i])
    return s


distributions = {}
for n in range(3, 11):
    perms = all_permutations(n)
    assert perms.shape[0] == math.factorial(n)
    s_all = s_of_all(perms)
    values, counts = np.unique(s_all, return_counts=True)
    brute = {int(v): int(c) for v, c in zip(values, counts)}
    gf = s_distribution_by_generating_function(n)
    if brute != gf:
        sys.exit(f"n = {n}: enumeration and generating function disagree")
    distributions[n] = (s_all, brute)
    print(f"n = {n}: {perms.shape[0]} permutations, distributions agree")

rng = np.random.default_rng(7)
cases = []  # (case, times, values)
for n in range(3, 11):
    years = [2010.0 + i for i in range(n)]
    cases.append((f"n{n}/increasing", years, [float(i) for i in range(n)]))
    cases.append((f"n{n}/decreasing", years, [float(n - i) for i in range(n)]))
    near = [float(i) for i in range(n)]
    near[1], near[2] = near[2], near[1]
    cases.append((f"n{n}/one_swap", years, near))
    for k in range(4):
        cases.append((f"n{n}/random_{k}", years, [float(x) for x in np.round(rng.normal(size=n), 6)]))
    if (n * (n - 1) // 2) % 2 == 0:
        while True:
            v = [float(x) for x in np.round(rng.normal(size=n), 6)]
            if kendall_s(v) == 0:
                cases.append((f"n{n}/s_zero", years, v))
                break
# A missing year: the test drops it and keeps real time (S depends on order only).
cases.append(("gap/n6_of_7", [2001.0, 2002.0, 2003.0, 2004.0, 2005.0, 2006.0, 2007.0],
              [1.2, 0.7, float("nan"), 2.5, 1.9, 3.3, 3.0]))
cases.append(("gap/n9_of_10", [2000.0 + i for i in range(10)],
              [3.1, 2.0, 4.4, float("nan"), 5.0, 4.9, 6.1, 5.5, 7.2, 8.0]))
cases.append(("gap/n4_irregular", [2000.0, 2003.0, 2004.0, 2009.0], [5.0, 4.0, 6.5, 7.0]))

with open(os.path.join(HERE, "mk_exact_reference.csv"), "w") as f:
    f.write("case,n,times,values,s,count,total,p\n")
    for case, times, values in cases:
        present = [x for x in values if not math.isnan(x)]
        n = len(present)
        assert len(set(present)) == n, case
        s = kendall_s(values)
        s_all, _ = distributions[n]
        count = int(np.sum(np.abs(s_all) >= abs(s)))
        total = math.factorial(n)
        f.write(",".join([
            case, str(n), ";".join(repr(t) for t in times), ";".join(repr(v) for v in values),
            str(s), str(count), str(total), repr(count / total),
        ]) + "\n")

with open(os.path.join(HERE, "mk_exact_reference_versions.txt"), "w") as f:
    f.write(f"python {sys.version.split()[0]}\nnumpy {np.__version__}\n"
            "method: brute-force enumeration of all n! permutations, n = 3..10, cross-checked against the "
            "inversion generating function\n")

print(f"wrote {len(cases)} cases")
