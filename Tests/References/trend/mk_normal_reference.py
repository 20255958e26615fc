#!/usr/bin/env python3
"""Mann-Kendall normal-approximation and Hamed-Rao references from pymannkendall 1.4.3 on hand-made series.

pymannkendall.original_test and pymannkendall.hamed_rao_modification_test (alpha 0.05, lag None) on short
series chosen for the edge cases the shared ASEM files do not cover: ties, an exact line, alternating
series whose Hamed-Rao factor n/n* is large or negative (pymannkendall then returns NaN z and p), and
lengths 4 to 30. Series are gap-free (pymannkendall closes gaps up; see MannKendall+HamedRao.swift).

Writes mk_normal_reference.csv beside this script:
    case, n, values, s, var_s, tau, z, p, hr_var_s, hr_z, hr_p
(times are 1..n; empty cell = NaN). Versions go to mk_normal_reference_versions.txt.

Run:  pip install pymannkendall==1.4.3 && python3 Tests/References/trend/mk_normal_reference.py
"""
import os

import numpy as np
import pymannkendall as mk
import scipy

HERE = os.path.dirname(os.path.abspath(__file__))

rng = np.random.default_rng(11)
cases = [
    ("ties/steps", [1, 2, 2, 3, 3, 3, 4]),
    ("ties/plateau", [5, 5, 5, 6, 6, 5]),
    ("ties/two_groups_n12", [1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 3, 3]),
    ("exact_line_n6", [1, 2, 3, 4, 5, 6]),
    ("decreasing_n4", [4.0, 3.5, 2.0, 1.0]),
    ("n4_mixed", [1.0, 3.0, 2.0, 4.0]),
]
for n in (6, 7, 8, 9, 10, 12):
    cases.append((f"alternating_n{n}", [(i % 2) * 1.0 + 0.001 * i for i in range(n)]))
for k, n in enumerate((5, 8, 11, 15, 20, 30)):
    cases.append((f"ar1_n{n}", list(np.round(np.cumsum(rng.normal(size=n)) * 0.5 + 0.05 * np.arange(n), 6))))
for k, n in enumerate((6, 9, 14)):
    cases.append((f"int_ties_n{n}", [float(v) for v in rng.integers(0, 4, size=n)]))


def cell(v):
    v = float(v)
    return "" if np.isnan(v) else repr(v)


with open(os.path.join(HERE, "mk_normal_reference.csv"), "w") as f:
    f.write("case,n,values,s,var_s,tau,z,p,hr_var_s,hr_z,hr_p\n")
    for case, values in cases:
        x = np.asarray(values, dtype=float)
        o = mk.original_test(x)
        h = mk.hamed_rao_modification_test(x)
        f.write(",".join([case, str(len(x)), ";".join(repr(float(v)) for v in x), str(int(o.s)),
                          cell(o.var_s), cell(o.Tau), cell(o.z), cell(o.p),
                          cell(h.var_s), cell(h.z), cell(h.p)]) + "\n")

with open(os.path.join(HERE, "mk_normal_reference_versions.txt"), "w") as f:
    f.write(f"pymannkendall {mk.__version__ if hasattr(mk, '__version__') else '1.4.3'}\n"
            f"scipy {scipy.__version__}\nnumpy {np.__version__}\n"
            "functions pymannkendall.original_test, pymannkendall.hamed_rao_modification_test (alpha 0.05)\n")

print(f"wrote {len(cases)} cases")
