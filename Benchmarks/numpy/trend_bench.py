#!/usr/bin/env python3
"""numpy/scipy counterpart of `touchstone-bench --case trend_stats` (Benchmarks/Sources/touchstone-bench/TrendBench.swift).

Every trend statistic of N yearly series (real years; NaN = missing), vectorised over the series (loops run over
chunks of series and over the 20 year positions, never over series):

  change summary  n, first, last, change, % change, CAGR (first, last > 0), COINr prc_change, volatility =
                  sample sd of the per-year changes between successive present points, direction reversals
  OLS             closed-form slope and intercept about the means, se = sqrt(RSS/(n-2)/Sxx), 95% t interval
                  (scipy.stats.t.ppf per distinct n)
  Theil-Sen       median of the pairwise slopes (all i<j pairs by broadcasting, sorted per row), intercept
                  median(y) - b*median(t), Sen's interval as scipy.stats.theilslopes: sigma^2 = var(S) with
                  the tie correction in y, C = z_0.975*sigma, indices round((N +- C)/2) half to even
  Mann-Kendall    S = sum sign(y_j - y_i) from the same pairwise differences, tau = S/(n(n-1)/2), var(S) with
                  tie correction, z with continuity correction, p = 2*norm.sf(|z|); the exact p (Mahonian
                  numbers) for n <= 10 without ties, as Touchstone's exactMaximumN: 10

  trend_bench.py [--series N] [--years T] [--runs R] [--warmup W] [--workdir DIR] [--seed S] [--chunk C]
  trend_bench.py --verify DIR   recompute DIR/trend_series.csv (written by `touchstone-bench --case trend_stats
                                --verify DIR`) and compare with DIR/swift_trend.csv; exit 1 unless every
                                statistic agrees to 1e-9 (relative to max(1, |value|); p-values absolute) and
                                is defined for the same series.

With --workdir DIR and DIR/trend_series.f64 present (raw float64 written by the Swift run), both sides time the
very same numbers; otherwise the same model is drawn with numpy's generator.
"""
import argparse
import json
import math
import os
import sys
import time

import numpy as np
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from index_bench import peak_rss_mb, reset_peak, measure, versions  # noqa: E402

FIRST_YEAR = 2005
COLUMNS = ["n", "first", "last", "change", "pct_change", "cagr", "prc_change", "volatility", "reversals",
           "ols_slope", "ols_intercept", "ols_se", "ols_lo", "ols_hi",
           "sen_slope", "sen_intercept", "sen_lo", "sen_hi",
           "mk_s", "mk_tau", "mk_var_s", "mk_z", "mk_p"]
P_COLUMNS = {"mk_p"}
LEVEL = 0.95
MIN_POINTS_MK = 4
EXACT_MAX_N = 10


def generate(series, years, seed):
    """Same model as TrendSeries in TrendBench.swift (not the same numbers)."""
    rng = np.random.default_rng(seed)
    t = np.arange(years, dtype=float)[None, :]
    kind = rng.random(series)[:, None]
    level = 100 * np.exp(0.5 * rng.standard_normal((series, 1)))
    growth = 0.02 * rng.standard_normal((series, 1))
    noise = 0.02 + 0.04 * rng.random((series, 1))
    a = np.round((level * (1 + growth * t) + level * noise * rng.standard_normal((series, years))) * 10) / 10
    small = 2 + 6 * rng.random((series, 1))
    b = np.maximum(0, np.round(small + 0.1 * rng.standard_normal((series, 1)) * t + 1.5 * rng.standard_normal((series, years))))
    c = np.round((0.3 * rng.standard_normal((series, 1)) * (t - years // 2) + 3 * rng.standard_normal((series, years))) * 10) / 10
    x = np.where(kind < 0.90, a, np.where(kind < 0.96, b, c))
    x[rng.random((series, years)) < 0.02] = np.nan
    heavy = np.flatnonzero(rng.random(series) < 0.001)
    for s in heavy:  # a few series only
        x[s, rng.permutation(years)[:11]] = np.nan
    return x


def mahonian_tail(max_n):
    """tail[n][|S|] = P(|S'| >= |S|) under H0 for n untied values (exact, from the Mahonian numbers)."""
    tail = {}
    row = [1]
    for n in range(1, max_n + 1):
        if n > 1:
            width = len(row) + n - 1
            nxt = [0] * width
            for k in range(width):
                nxt[k] = sum(row[k - j] for j in range(n) if 0 <= k - j < len(row))
            row = nxt
        pairs = n * (n - 1) // 2
        total = sum(row)
        tail[n] = np.array([sum(c for k, c in enumerate(row) if abs(pairs - 2 * k) >= s) / total
                            for s in range(pairs + 1)])
    return tail


EXACT_TAIL = mahonian_tail(EXACT_MAX_N)
Z975 = float(stats.norm.ppf(1 - (1 - LEVEL) / 2))


def tie_term(sorted_x, valid_sorted):
    """Sum of u(u-1)(2u+5) over groups of equal present values, per row (rows sorted, NaN last)."""
    rows, cols = sorted_x.shape
    eq = np.zeros((rows, cols), dtype=bool)
    eq[:, 1:] = (sorted_x[:, 1:] == sorted_x[:, :-1])
    # Run lengths: a run ends where the next element is not equal.
    run_id = np.cumsum(~eq, axis=1) - 1                       # 0-based run index within the row
    flat = (np.arange(rows)[:, None] * cols + run_id)[valid_sorted]
    u = np.bincount(flat, minlength=rows * cols).astype(float)
    per_run = u * (u - 1) * (2 * u + 5)
    return per_run.reshape(rows, cols).sum(axis=1)


def compute_chunk(x, t, pairs_i, pairs_j, dt):
    """All statistics for a chunk of series x (rows x T); returns dict of 1-D arrays (NaN = undefined)."""
    rows, T = x.shape
    valid = ~np.isnan(x)
    n = valid.sum(axis=1)
    nf = n.astype(float)
    out = {}
    idx = np.arange(T)
    r = np.arange(rows)

    # ---------------------------------------------------------------- change summary
    has2 = n >= 2
    fi = np.argmax(valid, axis=1)
    li = T - 1 - np.argmax(valid[:, ::-1], axis=1)
    first, last = x[r, fi], x[r, li]
    tf, tl = t[fi], t[li]
    nan = np.full(rows, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        out["n"] = np.where(has2, nf, np.nan)
        out["first"] = np.where(has2, first, np.nan)
        out["last"] = np.where(has2, last, np.nan)
        out["change"] = np.where(has2, last - first, np.nan)
        out["pct_change"] = np.where(has2 & (first != 0), 100 * (last - first) / np.abs(first), np.nan)
        out["cagr"] = np.where(has2 & (first > 0) & (last > 0), np.power(last / first, 1 / (tl - tf)) - 1, np.nan)
        # Per-year changes between successive present points: previous present index by a running maximum.
        present_idx = np.where(valid, idx, -1)
        upto = np.maximum.accumulate(present_idx, axis=1)
        prev = np.full((rows, T), -1)
        prev[:, 1:] = upto[:, :-1]
        has_prev = valid & (prev >= 0)
        prev_c = np.maximum(prev, 0)
        yoy = np.where(has_prev, (x - np.take_along_axis(x, prev_c, axis=1)) / (t[None, :] - t[prev_c]), np.nan)
        k = has_prev.sum(axis=1)
        mean_yoy = np.where(has_prev, yoy, 0).sum(axis=1) / np.maximum(k, 1)
        ss = np.where(has_prev, (yoy - mean_yoy[:, None]) ** 2, 0).sum(axis=1)
        out["volatility"] = np.where(k >= 2, np.sqrt(ss / np.maximum(k - 1, 1)), np.nan)
        # Reversals: sign changes between successive non-zero per-year changes (tolerance 0).
        sgn = np.where(has_prev, np.sign(yoy), 0)
        nz_idx = np.where(sgn != 0, idx, -1)
        nz_upto = np.maximum.accumulate(nz_idx, axis=1)
        prev_nz = np.full((rows, T), -1)
        prev_nz[:, 1:] = nz_upto[:, :-1]
        prev_sign = np.where(prev_nz >= 0, np.take_along_axis(sgn, np.maximum(prev_nz, 0), axis=1), 0)
        out["reversals"] = np.where(has2, ((sgn != 0) & (prev_sign != 0) & (sgn != prev_sign)).sum(axis=1), np.nan)

        # ------------------------------------------------------------ OLS (about the means)
        x0 = np.where(valid, x, 0.0)
        tv = np.where(valid, t[None, :], 0.0)
        xm = tv.sum(axis=1) / nf
        ym = x0.sum(axis=1) / nf
        dx = np.where(valid, t[None, :] - xm[:, None], 0.0)
        dy = np.where(valid, x - ym[:, None], 0.0)
        sxx = (dx * dx).sum(axis=1)
        sxy = (dx * dy).sum(axis=1)
        syy = (dy * dy).sum(axis=1)
        slope = sxy / sxx
        resid = np.where(valid, dy - slope[:, None] * dx, 0.0)
        rss = (resid * resid).sum(axis=1)
        out["ols_slope"] = np.where(has2, slope, np.nan)
        out["ols_intercept"] = np.where(has2, ym - slope * xm, np.nan)
        inference = (n >= 3) & (syy != 0)
        df = np.maximum(n - 2, 1)
        se = np.sqrt(rss / df / sxx)
        q = np.zeros(rows)
        for d in np.unique(df[inference]):
            q[df == d] = stats.t.ppf(1 - (1 - LEVEL) / 2, d)
        out["ols_se"] = np.where(inference, se, np.nan)
        out["ols_lo"] = np.where(inference, slope - q * se, np.nan)
        out["ols_hi"] = np.where(inference, slope + q * se, np.nan)
        baseline = ym + slope * (tf - xm)
        out["prc_change"] = np.where((n >= 3) & (baseline != 0), 100 * slope / baseline, np.nan)

        # ------------------------------------------------------------ pairwise: Theil-Sen and Mann-Kendall S
        d = x[:, pairs_j] - x[:, pairs_i]                          # rows x P, NaN where a point is missing
        s_stat = np.nansum(np.sign(d), axis=1)
        slopes = np.sort(d / dt[None, :], axis=1)                  # NaN sorted last
        m = (n * (n - 1)) // 2
        mc = np.maximum(m, 1)
        lo_mid, hi_mid = (mc - 1) // 2, mc // 2
        med = (np.take_along_axis(slopes, lo_mid[:, None], 1)[:, 0] + np.take_along_axis(slopes, hi_mid[:, None], 1)[:, 0]) / 2
        xs = np.sort(x, axis=1)                                    # present values first, ascending
        valid_sorted = idx[None, :] < n[:, None]
        nc = np.maximum(n, 1)
        ymed = (np.take_along_axis(xs, ((nc - 1) // 2)[:, None], 1)[:, 0] + np.take_along_axis(xs, (nc // 2)[:, None], 1)[:, 0]) / 2
        ts = np.sort(np.where(valid, t[None, :], np.nan), axis=1)
        tmed = (np.take_along_axis(ts, ((nc - 1) // 2)[:, None], 1)[:, 0] + np.take_along_axis(ts, (nc // 2)[:, None], 1)[:, 0]) / 2
        ties = tie_term(xs, valid_sorted)
        var_s = (nf * (nf - 1) * (2 * nf + 5) - ties) / 18
        c = Z975 * np.sqrt(var_s)
        upper = np.minimum(np.round((m + c) / 2).astype(np.int64), m - 1)
        lower = np.maximum(np.round((m - c) / 2).astype(np.int64) - 1, 0)
        upper = np.clip(upper, 0, slopes.shape[1] - 1)
        out["sen_slope"] = np.where(has2, med, np.nan)
        out["sen_intercept"] = np.where(has2, ymed - med * tmed, np.nan)
        out["sen_lo"] = np.where(has2, np.take_along_axis(slopes, lower[:, None], 1)[:, 0], np.nan)
        out["sen_hi"] = np.where(has2, np.take_along_axis(slopes, upper[:, None], 1)[:, 0], np.nan)

        mk = n >= MIN_POINTS_MK
        z = np.where(s_stat > 0, (s_stat - 1) / np.sqrt(var_s), np.where(s_stat < 0, (s_stat + 1) / np.sqrt(var_s), 0.0))
        p = np.where(s_stat == 0, 1.0, 2 * stats.norm.sf(np.abs(z)))
        exact = mk & (n <= EXACT_MAX_N) & (ties == 0)
        for k_n in np.unique(n[exact]):
            sel = exact & (n == k_n)
            p[sel] = EXACT_TAIL[int(k_n)][np.abs(s_stat[sel]).astype(np.int64)]
        out["mk_s"] = np.where(mk, s_stat, np.nan)
        out["mk_tau"] = np.where(mk, s_stat / (nf * (nf - 1) / 2), np.nan)
        out["mk_var_s"] = np.where(mk, var_s, np.nan)
        out["mk_z"] = np.where(mk, z, np.nan)
        out["mk_p"] = np.where(mk, p, np.nan)
    return out


def compute_all(x, chunk):
    series, years = x.shape
    t = FIRST_YEAR + np.arange(years, dtype=float)
    pairs_i, pairs_j = np.triu_indices(years, k=1)
    dt = t[pairs_j] - t[pairs_i]
    out = {c: np.empty(series) for c in COLUMNS}
    for start in range(0, series, chunk):
        part = compute_chunk(x[start:start + chunk], t, pairs_i, pairs_j, dt)
        for c in COLUMNS:
            out[c][start:start + chunk] = part[c]
    return out


def load_or_generate(args):
    if args.workdir:
        path = os.path.join(args.workdir, "trend_series.f64")
        if os.path.exists(path):
            x = np.fromfile(path, dtype="<f8")
            if x.size == args.series * args.years:
                return x.reshape(args.series, args.years), "swift-file"
    return generate(args.series, args.years, args.seed), "numpy-generator"


def bench(args):
    x, source = load_or_generate(args)
    reset_peak()
    last = {}

    def body():
        last["r"] = compute_all(x, args.chunk)

    cpu0 = time.process_time()
    times = measure(args.warmup, args.runs, body)
    cpu = (time.process_time() - cpu0) / (args.warmup + args.runs)
    line = {"case": "trend_stats", "impl": "numpy", "series": args.series, "years": args.years, "threads": 1,
            "runs": len(times), "median_s": float(np.median(times)), "min_s": min(times),
            "peak_rss_mb": peak_rss_mb(), "times_s": [round(v, 4) for v in times], "data": source, "cpu_mean_s": cpu, "load_avg_1min": os.getloadavg()[0],
            "missing_share": float(np.isnan(x).mean()),
            "mk_p_below_0.05": int((last["r"]["mk_p"] < 0.05).sum())}
    line.update(versions())
    print(json.dumps(line), flush=True)


def verify(folder):
    import pandas as pd

    data = pd.read_csv(os.path.join(folder, "trend_series.csv"))
    x = data.drop(columns=["series"]).to_numpy(dtype=np.float64)
    ours = compute_all(x, 4096)
    swift = pd.read_csv(os.path.join(folder, "swift_trend.csv"))
    if len(swift) != len(x) or list(swift.columns[1:]) != COLUMNS:
        raise SystemExit("verify: swift_trend.csv does not have the expected rows and columns")
    report = {"verify": "numpy", "case": "trend_stats", "folder": folder, "series": len(x)}
    ok = True
    worst = {}
    for col in COLUMNS:
        a = ours[col]
        b = swift[col].to_numpy(dtype=np.float64)
        same_defined = np.array_equal(np.isnan(a), np.isnan(b))
        both = ~np.isnan(a) & ~np.isnan(b)
        diff = np.abs(a[both] - b[both])
        scale = np.ones_like(diff) if col in P_COLUMNS else np.maximum(1, np.maximum(np.abs(a[both]), np.abs(b[both])))
        rel = diff / scale
        worst[col] = float(rel.max()) if rel.size else 0.0
        bad = (not same_defined) or bool(rel.size and rel.max() > 1e-9)
        if bad:
            ok = False
            rows = np.flatnonzero(np.isnan(a) != np.isnan(b)).tolist()[:5]
            if rel.size and rel.max() > 1e-9:
                rows += np.flatnonzero(both)[np.argsort(-rel)[:5]].tolist()
            report.setdefault("mismatch", {})[col] = {"same_defined": bool(same_defined), "max": worst[col], "series": rows}
    report["max_scaled_diff"] = max(worst.values())
    report["worst_column"] = max(worst, key=worst.get)
    report["defined"] = {c: int((~np.isnan(ours[c])).sum()) for c in ("cagr", "ols_se", "mk_p")}
    report["exact_mk_p"] = int(((ours["n"] <= EXACT_MAX_N) & ~np.isnan(ours["mk_p"])).sum())
    report["ok"] = bool(ok)
    print(json.dumps(report), flush=True)
    if not ok:
        sys.exit(1)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--series", type=int, default=1_000_000)
    p.add_argument("--years", type=int, default=20)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--seed", type=int, default=20250101)
    p.add_argument("--chunk", type=int, default=16384)
    p.add_argument("--workdir")
    p.add_argument("--verify", metavar="DIR")
    args = p.parse_args()
    if args.verify:
        verify(args.verify)
    else:
        bench(args)


if __name__ == "__main__":
    main()
