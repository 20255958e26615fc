#!/usr/bin/env python3
"""Reference values of the normal and Student t distributions from SciPy.

Writes distributions_reference.csv beside this script, with columns
    dist, df, function, x, value, mpmath
where dist is "norm" or "t", function is cdf, sf or ppf, x is the argument (a quantile for cdf/sf, a
probability for ppf), value is SciPy's result and mpmath the same quantity evaluated with mpmath at 40
significant digits (regularized incomplete beta for t, erfc for the normal, findroot for quantiles) and
rounded to double: an independent check of SciPy itself. All numbers are printed with repr() so they read
back as the same double. Versions go to distributions_reference_versions.txt.

Run:  python3 Tests/References/trend/distributions_reference.py
"""
import os

import mpmath as mp
import numpy as np
import scipy
from scipy import stats

mp.mp.dps = 40


def t_tail(x, df):
    """P(T > |x|) = I_{df/(df+x^2)}(df/2, 1/2) / 2; by quadrature of the density where mpmath's
    hypergeometric series for betainc does not converge (large df, x near 1)."""
    x, df = abs(mp.mpf(x)), mp.mpf(df)
    try:
        return mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + x * x), regularized=True) / 2
    except mp.libmp.libhyper.NoConvergence:
        log_c = mp.loggamma((df + 1) / 2) - mp.loggamma(df / 2) - mp.log(df * mp.pi) / 2
        density = lambda s: mp.exp(log_c - (df + 1) / 2 * mp.log1p(s * s / df))
        width = 1 + x / 4
        return mp.quad(density, [x + k * width for k in range(12)] + [mp.inf])


def t_cdf(x, df):
    if x == 0:
        return mp.mpf(1) / 2
    return t_tail(x, df) if x < 0 else 1 - t_tail(x, df)


def t_ppf(p, df, start):
    p = mp.mpf(p)
    if p == mp.mpf(1) / 2:
        return mp.mpf(0)
    # Solve on the small tail in log space, from SciPy's answer as the starting point.
    q = p if p < 0.5 else 1 - p
    sign = -1 if p < 0.5 else 1
    root = mp.findroot(lambda u: mp.log(t_tail(mp.exp(u), df)) - mp.log(q), mp.log(abs(start)))
    return sign * mp.exp(root)


def norm_ppf(p, start):
    p = mp.mpf(p)
    if p == mp.mpf(1) / 2:
        return mp.mpf(0)
    q = p if p < 0.5 else 1 - p
    sign = -1 if p < 0.5 else 1
    root = mp.findroot(lambda x: mp.log(mp.erfc(x / mp.sqrt(2)) / 2) - mp.log(q), abs(start))
    return sign * root

HERE = os.path.dirname(os.path.abspath(__file__))

rows = []

norm_x = [-37.5, -30.0, -20.0, -10.0, -8.0, -5.0, -3.0, -2.0, -1.959963984540054, -1.0, -0.5, -0.1, -1e-8,
          0.0, 1e-8, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0]
for x in norm_x:
    rows.append(("norm", "", "cdf", x, stats.norm.cdf(x), mp.ncdf(x)))
    rows.append(("norm", "", "sf", x, stats.norm.sf(x), 1 - mp.ncdf(x) if x < 0 else mp.ncdf(-x)))

probabilities = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4,
                 0.45, 0.49, 0.499999, 0.5, 0.500001, 0.51, 0.6, 0.75, 0.9, 0.95, 0.975, 0.97575, 0.99, 0.999,
                 0.999999, 1 - 1e-12]
for p in probabilities:
    v = stats.norm.ppf(p)
    rows.append(("norm", "", "ppf", p, v, norm_ppf(p, v)))

dfs = [0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 7.5, 10.0, 23.0, 30.0, 100.0, 1000.0, 1e5, 1e7]
t_x = [-1e6, -200.0, -40.0, -10.0, -3.182446305284263, -2.0, -1.0, -0.3, -1e-6, 0.0, 1e-6, 0.3, 1.0, 2.0,
       2.0686576104190406, 3.0, 6.0, 25.0, 500.0]
t_p = [1e-12, 1e-8, 1e-5, 0.001, 0.005, 0.025, 0.05, 0.1, 0.25, 0.4, 0.49, 0.5, 0.51, 0.6, 0.75, 0.9, 0.95,
       0.975, 0.995, 0.999, 0.99999]
for df in dfs:
    for x in t_x:
        rows.append(("t", df, "cdf", x, stats.t.cdf(x, df), t_cdf(x, df)))
        rows.append(("t", df, "sf", x, stats.t.sf(x, df), t_cdf(-x, df)))
    for p in t_p:
        v = stats.t.ppf(p, df)
        rows.append(("t", df, "ppf", p, v, t_ppf(p, df, v)))

with open(os.path.join(HERE, "distributions_reference.csv"), "w") as f:
    f.write("dist,df,function,x,value,mpmath\n")
    for dist, df, fn, x, v, m in rows:
        f.write(f"{dist},{'' if df == '' else repr(float(df))},{fn},{repr(float(x))},{repr(float(v))},"
                f"{repr(float(m))}\n")

with open(os.path.join(HERE, "distributions_reference_versions.txt"), "w") as f:
    f.write(f"scipy {scipy.__version__}\nnumpy {np.__version__}\nmpmath {mp.__version__}\n")

print(f"wrote {len(rows)} rows")
