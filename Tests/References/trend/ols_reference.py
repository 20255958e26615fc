#!/usr/bin/env python3
"""Reference OLS trend fits on small hand-made series from scipy.stats.linregress and scipy.stats.t.ppf.

Writes ols_reference.csv beside this script, one row per (series, level):
    case, level, n, times, values, slope, intercept, stderr, t_quantile, ci_low, ci_high, p, r2
`times`/`values` hold the present points (real years, a gap stays a gap). The interval is
slope -/+ t.ppf(1 - (1 - level)/2, n - 2) * stderr. Versions go to ols_reference_versions.txt.
The ASEM panel and trend_example fits are checked against the shared python/ols_*.csv instead.

Run:  python3 Tests/References/trend/ols_reference.py
"""
import os

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))

cases = [
    ("n3", [2020, 2021, 2022], [1.0, 4.0, 2.0]),
    ("n4_gap", [2001, 2002, 2005, 2006], [2.0, 2.5, 4.1, 3.9]),
    ("n6_gap", [2010, 2011, 2012, 2014, 2015, 2017], [10.0, 10.4, 11.1, 11.0, 12.3, 12.9]),
    ("decreasing_large", [2018, 2019, 2020, 2021, 2022], [50321.0, 49876.5, 48012.25, 47999.0, 46100.75]),
    ("noise_n10", list(range(2013, 2023)), [0.31, -0.2, 0.55, 0.12, 0.9, 0.44, 1.2, 0.8, 1.5, 1.1]),
]

with open(os.path.join(HERE, "ols_reference.csv"), "w") as f:
    f.write("case,level,n,times,values,slope,intercept,stderr,t_quantile,ci_low,ci_high,p,r2\n")
    for case, t, v in cases:
        t = np.asarray(t, dtype=float)
        v = np.asarray(v, dtype=float)
        res = stats.linregress(t, v)
        for level in (0.95, 0.90, 0.99):
            q = stats.t.ppf(1 - (1 - level) / 2, len(v) - 2)
            f.write(",".join([case, repr(level), str(len(v)),
                              ";".join(repr(float(x)) for x in t), ";".join(repr(float(x)) for x in v)]
                             + [repr(float(x)) for x in (res.slope, res.intercept, res.stderr, q,
                                                         res.slope - q * res.stderr, res.slope + q * res.stderr,
                                                         res.pvalue, res.rvalue ** 2)]) + "\n")

with open(os.path.join(HERE, "ols_reference_versions.txt"), "w") as f:
    f.write(f"scipy {scipy.__version__}\nnumpy {np.__version__}\n"
            "functions scipy.stats.linregress, scipy.stats.t.ppf\n")
print(f"wrote {3 * len(cases)} rows")
