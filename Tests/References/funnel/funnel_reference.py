#!/usr/bin/env python3
"""Reference values for funnel-plot control limits, written independently of the Swift code.

Inputs (beside this script):
    funnel_example.csv   copy of ../shared/data/examples/funnel_example.csv (unit, events, n): proportions
    poisson_example.csv  violations per member for 34 branches (unit, events, members): rates. Made once by
                         `python3 funnel_reference.py --make-poisson-example` (seeded) and committed.

Outputs (beside this script; numbers printed with repr() so they read back as the same double):
    proportion_units.csv, proportion_grid.csv, proportion_summary.csv
    poisson_units.csv,    poisson_grid.csv,    poisson_summary.csv
    stress_exact.csv      exact limits at large denominators (binomial n and Poisson exposure up to 1e7)
    gamma_reference.csv   scipy.special.gammainc/gammaincc (+ mpmath at 40 digits), scipy.stats.poisson
                          cdf/sf/ppf, scipy.stats.binom cdf/sf/ppf, scipy.stats.chi2 sf
    funnel_versions.txt   Python, NumPy, SciPy, mpmath versions

Formulas (Spiegelhalter 2005, Statistics in Medicine 24:1185-1202; FunnelPlotR od_adjustment.R):
    target      pooled sum(r)/sum(n)
    s_i         sqrt(p0(1-p0)/n) (proportion) or sqrt(lambda0/E) (rate)
    normal      target -/+ z * s, z = norm.ppf(0.975) or norm.ppf(0.999)
    exact       r_p = ppf(p) of Binomial(n, p0) or Poisson(lambda0 E), p = 0.025/0.975 (0.001/0.999);
                alpha = (F(r_p) - p) / (F(r_p) - F(r_p - 1)); limit = (r_p - alpha) / n
    z_i         (y_i - target) / s_i; winsorised by clipping to np.quantile(z, [0.1, 0.9]) (type 7)
    phi         mean(z_w^2); test k*phi against chi2(k-1); tau2 = max(0, (k phi - (k-1)) / (sum w - sum w^2/sum w)),
                w = 1/s^2
    multiplicative  target -/+ z sqrt(phi) s  (phi > 1, else unchanged); exact ones widened about the target
    additive        target -/+ z sqrt(s^2 + tau2)
The grid for proportions is unique(round(geomspace(min n, max n, 50))); for rates geomspace(min E, max E, 50).

Run:  python3 Tests/References/funnel/funnel_reference.py
"""
import csv
import os
import sys

import mpmath as mp
import numpy as np
import scipy
from scipy import special, stats

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = [("95", 0.025), ("998", 0.001)]
mp.mp.dps = 40


def fmt(v):
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, str):
        return v
    v = float(v)
    return "" if np.isnan(v) else repr(v)


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([fmt(x) for x in r])


def read(name):
    with open(os.path.join(HERE, name)) as f:
        return list(csv.DictReader(f))


def make_poisson_example():
    """34 branches: members log-uniform in [25, 3000], rate 0.04 per member with gamma frailty (shape 6),
    one branch with a tripled rate and one with a tiny membership and no violations."""
    rng = np.random.default_rng(20250611)
    k = 34
    members = np.round(np.exp(rng.uniform(np.log(25), np.log(3000), k)), 1)
    frailty = rng.gamma(6.0, 1 / 6.0, k)
    rate = 0.04 * frailty
    rate[7] *= 3.0
    events = rng.poisson(rate * members)
    members[20] = 12.5
    events[20] = 0
    rows = [(f"B{i + 1:02d}", int(events[i]), float(members[i])) for i in range(k)]
    write("poisson_example.csv", ["unit", "events", "members"], rows)


def exact_limits(dist, tail, d):
    """Spiegelhalter's interpolated exact limits for a frozen scipy discrete distribution."""
    out = []
    for p in (tail, 1 - tail):
        r = dist.ppf(p)
        f = dist.cdf(r)
        fm = dist.cdf(r - 1)
        alpha = (f - p) / (f - fm)
        out.append((r - alpha) / d)
    return out


def overdispersion(z, s):
    k = len(z)
    lo, hi = np.quantile(z, [0.1, 0.9])
    zw = np.clip(z, lo, hi)
    phi = np.mean(zw ** 2)
    stat = k * phi
    p = stats.chi2.sf(stat, k - 1)
    w = 1 / s ** 2
    tau2 = max(0.0, (stat - (k - 1)) / (w.sum() - (w ** 2).sum() / w.sum()))
    mult = np.sqrt(phi) if phi > 1 else 1.0
    return dict(k=k, winsor_lower=lo, winsor_upper=hi, winsorised_count=int(np.sum(zw != z)), phi=phi,
                statistic=stat, df=k - 1, p_value=p, tau2=tau2, multiplier=mult), zw


def limit_columns(target, s, make_dist, d, od):
    """normal, exact, multiplicative, additive and widened-exact limits at one denominator."""
    cols = []
    for _, tail in LEVELS:
        z = stats.norm.ppf(1 - tail)
        normal = [target - z * s, target + z * s]
        exact = exact_limits(make_dist(d), tail, d)
        mult = [target - z * od["multiplier"] * s, target + z * od["multiplier"] * s]
        add = [target - z * np.sqrt(s * s + od["tau2"]), target + z * np.sqrt(s * s + od["tau2"])]
        widened = [target + od["multiplier"] * (e - target) for e in exact]
        cols.append((normal, exact, mult, add, widened))
    # order: lo95 hi95 lo998 hi998 for each kind
    out = []
    for kind in range(5):
        for lvl in range(len(LEVELS)):
            out += cols[lvl][kind]
    return out


def limit_header():
    h = []
    for kind in ["", "_exact", "_mult", "_add", "_exact_widened"]:
        for name, _ in LEVELS:
            h += [f"lo{name}{kind}", f"hi{name}{kind}"]
    return h


def position(y, lo, hi):
    return "below" if y < lo else ("above" if y > hi else "within")


def run_case(prefix, units, events, denom, target, variance, make_dist, grid):
    y = events / denom
    s = np.sqrt(variance(denom))
    z = (y - target) / s
    od, zw = overdispersion(z, s)
    header = ["unit", "events", "denominator", "value", "target", "se", "z", "z_winsorised"] + limit_header() + \
        [f"pos{name}{kind}" for kind in ["", "_exact"] for name, _ in LEVELS]
    rows = []
    for i, u in enumerate(units):
        lim = limit_columns(target, s[i], make_dist, denom[i], od)
        pos = [position(y[i], lim[0], lim[1]), position(y[i], lim[2], lim[3]),
               position(y[i], lim[4], lim[5]), position(y[i], lim[6], lim[7])]
        rows.append([u, int(events[i]), denom[i], y[i], target, s[i], z[i], zw[i]] + lim + pos)
    write(f"{prefix}_units.csv", header, rows)
    grows = []
    for d in grid:
        sd = np.sqrt(variance(d))
        grows.append([d, target, sd] + limit_columns(target, sd, make_dist, d, od))
    write(f"{prefix}_grid.csv", ["denominator", "target", "se"] + limit_header(), grows)
    od = dict(od, target=target)
    write(f"{prefix}_summary.csv", ["key", "value"], [[k, v] for k, v in od.items()])


def proportions():
    data = read("funnel_example.csv")
    units = [r["unit"] for r in data]
    r = np.array([int(x["events"]) for x in data])
    n = np.array([int(x["n"]) for x in data])
    p0 = r.sum() / n.sum()
    grid = np.unique(np.round(np.geomspace(n.min(), n.max(), 50)).astype(int))
    run_case("proportion", units, r, n, p0, lambda d: p0 * (1 - p0) / d,
             lambda d: stats.binom(int(d), p0), grid)


def rates():
    data = read("poisson_example.csv")
    units = [x["unit"] for x in data]
    r = np.array([int(x["events"]) for x in data])
    e = np.array([float(x["members"]) for x in data])
    lam = r.sum() / e.sum()
    grid = np.geomspace(e.min(), e.max(), 50)
    run_case("poisson", units, r, e, lam, lambda d: lam / d, lambda d: stats.poisson(lam * d), grid)


def stress():
    rows = []
    for p0 in [0.0795216741405082, 0.5, 0.003]:
        for n in [1, 2, 5, 37, 1000, 12345, 10 ** 6, 10 ** 7]:
            lims = []
            for _, tail in LEVELS:
                lims += exact_limits(stats.binom(n, p0), tail, n)
            rows.append(["binomial", p0, n] + lims)
    for lam in [0.05, 1.7, 0.0004]:
        for e in [0.5, 3.0, 20.0, 200.0, 1234.5, 1e5, 1e6, 1e7]:
            lims = []
            for _, tail in LEVELS:
                lims += exact_limits(stats.poisson(lam * e), tail, e)
            rows.append(["poisson", lam, e] + lims)
    write("stress_exact.csv", ["family", "target", "denominator", "lo95_exact", "hi95_exact", "lo998_exact",
                               "hi998_exact"], rows)


def mp_regularized_lower(a, x):
    """P(a, x) by mpmath.gammainc, or, where its hypergeometric series gives up (large a), by the series
    x^a e^-x / Gamma(a+1) * sum x^n / ((a+1)...(a+n)) summed at 120 digits."""
    try:
        return mp.gammainc(mp.mpf(a), 0, mp.mpf(x), regularized=True)
    except mp.libmp.libhyper.NoConvergence:
        with mp.workdps(120):
            a, x = mp.mpf(a), mp.mpf(x)
            term, total, n = mp.mpf(1), mp.mpf(1), 0
            while True:
                n += 1
                term *= x / (a + n)
                total += term
                if term < total * mp.mpf(10) ** -110:
                    break
            return +(mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * total)


def gamma():
    rows = []
    for a in [0.1, 0.5, 1.0, 2.5, 7.0, 14.9, 15.0, 30.0, 101.0, 1000.0, 1e4, 1e5]:
        if a < 100:
            xs = [a * rel for rel in [1e-3, 0.1, 0.5, 0.9, 0.99, 1.0, 1.01, 1.1, 1.5, 2.0, 5.0]]
        else:   # near the centre for large a, in standard deviations
            xs = [a + c * np.sqrt(a) for c in [-6, -3, -1, -0.1, 0, 0.1, 1, 3, 6]]
        for x in xs:
            with mp.workdps(120):
                p_mp = mp_regularized_lower(a, x)
                q_mp = 1 - p_mp
            rows.append(["gammainc", a, "", x, special.gammainc(a, x), float(p_mp)])
            rows.append(["gammaincc", a, "", x, special.gammaincc(a, x), float(q_mp)])
    for mu in [0.01, 0.3, 3.0, 10.0, 61.7, 1000.0, 123456.0]:
        sd = np.sqrt(mu)
        ks = sorted({max(0, int(round(mu + c * sd))) for c in [-4, -2, -1, 0, 1, 2, 4]})
        for k in ks:
            rows.append(["poisson_cdf", mu, "", k, stats.poisson.cdf(k, mu), ""])
            rows.append(["poisson_sf", mu, "", k, stats.poisson.sf(k, mu), ""])
        for q in [1e-6, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999]:
            rows.append(["poisson_ppf", mu, "", q, stats.poisson.ppf(q, mu), ""])
    for n, p in [(10, 0.3), (45, 0.0795216741405082), (1000, 0.5), (100000, 0.01), (7, 0.999)]:
        sd = np.sqrt(n * p * (1 - p))
        ks = sorted({min(n, max(0, int(round(n * p + c * sd)))) for c in [-4, -2, 0, 2, 4]})
        for k in ks:
            rows.append(["binom_cdf", n, p, k, stats.binom.cdf(k, n, p), ""])
            rows.append(["binom_sf", n, p, k, stats.binom.sf(k, n, p), ""])
        for q in [0.001, 0.025, 0.5, 0.975, 0.999]:
            rows.append(["binom_ppf", n, p, q, stats.binom.ppf(q, n, p), ""])
    for df in [1, 4, 9, 33]:
        for x in [0.01, 1.0, 5.0, 20.0, 80.0]:
            rows.append(["chi2_sf", df, "", x, stats.chi2.sf(x, df), ""])
    write("gamma_reference.csv", ["function", "p1", "p2", "x", "value", "mpmath"], rows)


def main():
    if "--make-poisson-example" in sys.argv:
        make_poisson_example()
    proportions()
    rates()
    stress()
    gamma()
    with open(os.path.join(HERE, "funnel_versions.txt"), "w") as f:
        f.write(f"python {sys.version.split()[0]}\nnumpy {np.__version__}\nscipy {scipy.__version__}\n"
                f"mpmath {mp.__version__}\n")


if __name__ == "__main__":
    main()
