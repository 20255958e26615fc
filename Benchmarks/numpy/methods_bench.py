#!/usr/bin/env python3
"""numpy/scipy counterpart of the method-suite cases of `touchstone-bench`
(Benchmarks/Sources/touchstone-bench/MethodsBench.swift). One year, N units x 40 indicators:

  weights_entropy  p = X / colsum(X), E = sum(entr(p)) / ln n (scipy.special.entr: 0 ln 0 = 0), w = (1-E)/sum(1-E);
                   constant columns (ptp = 0) have E = 1 (weight 0), as in Touchstone
  weights_critic   sd (ddof=1) per column, r = np.corrcoef of the varying columns, C = sd * sum(1 - r), w = C/sum(C)
  weights_pca      R = np.corrcoef, np.linalg.eigh(R), eigenvalues largest first, PC1 loadings with the sign that
                   makes them sum to > 0 (Touchstone's rule); the weights are the PC1 loadings
  pipeline_full    per indicator (a Python loop over the 40 columns): mean imputation, the COINr outlier rule
                   (scipy.stats.skew/kurtosis(bias=False); while |skew| >= 2 and kurtosis >= 3.5 and fewer than
                   winmax=5 points are done, every point at the max takes the next-highest value if skew >= 0,
                   else every point at the min the next-lowest; if it still fails, log_CT
                   ln(x - min + 0.01 (max - min)) of the imputed column, checked again); then min-max [0, 100]
                   (mirrored for "lower"), weighted arithmetic means per dimension and for the index with the
                   weights renormalised over the children present (masked matrix products, as index_bench.py),
                   min_coverage 0.5. No per-cell audit (Touchstone records every changed cell with a reason).

The inputs are the very numbers of the Swift run: DIR/methods_raw.f64 (the raw panel, NaN = missing) and
DIR/methods_normalised.f64 (the normalised matrix the weight kernels get), raw little-endian float64,
column-major, written by `touchstone-bench --case ... --workdir DIR`. The arrays are used as (N x 40) Fortran-
order views (columns contiguous, the layout Touchstone's Matrix has).

  methods_bench.py --case weights_entropy|weights_critic|weights_pca|pipeline_full --workdir DIR
                   [--runs R] [--warmup W] [--threads T]
                   --threads T limits the BLAS threads (threadpoolctl) and reports impl "numpy_1thread" for T = 1
  methods_bench.py --verify DIR   recompute everything from DIR (written by `touchstone-bench --case pipeline_full
                                  --verify DIR`) and compare with Swift's results: treated values, normalised
                                  scores, dimension scores and index (absolute 1e-9), the outlier outcome of
                                  every indicator (same points winsorised, same log fallbacks, skew and kurtosis
                                  to relative 1e-9), the imputed cell count and the three weight vectors
                                  (absolute 1e-9); exit 1 otherwise.
"""
import argparse
import json
import os
import sys
import warnings

import numpy as np
from scipy.special import entr
from scipy.stats import kurtosis, skew

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from index_bench import (DIMENSION_WEIGHTS, DIMENSIONS, IDS, K, LOWER, PER_DIMENSION, RANGE_HIGH,  # noqa: E402
                         RANGE_LOW, WB, aggregate, measure, peak_rss_mb, reset_peak, versions)

CASES = ["weights_entropy", "weights_critic", "weights_pca", "pipeline_full"]
WINMAX, SKEW_THRESHOLD, KURTOSIS_THRESHOLD = 5, 2.0, 3.5
ROOT_WB = np.hstack([DIMENSION_WEIGHTS[:, None], np.ones((DIMENSIONS, 1))])


# ------------------------------------------------------------------------------------------------ weights


def entropy_weights(x):
    n = x.shape[0]
    total = x.sum(axis=0)
    h = entr(x / total).sum(axis=0) / np.log(n)
    constant = (np.ptp(x, axis=0) == 0) | (total <= 0)
    e = np.where(constant, 1.0, np.minimum(1.0, h))
    d = 1.0 - e
    return d / d.sum()


def critic_weights(x):
    sd = x.std(axis=0, ddof=1)
    active = sd > 0
    xa = x if active.all() else x[:, active]
    r = np.corrcoef(xa, rowvar=False)
    conflict = np.zeros(x.shape[1])
    conflict[active] = (1.0 - r).sum(axis=1)
    information = sd * conflict
    return information / information.sum()


def pca(x):
    """Eigenvalues (largest first) and sign-fixed PC1 loadings of the correlation matrix."""
    r = np.corrcoef(x, rowvar=False)
    values, vectors = np.linalg.eigh(r)
    values, vectors = values[::-1], vectors[:, ::-1]
    v = vectors[:, 0]
    s = v.sum()
    negative = s < 0 if abs(s) > 1e-12 else v[np.flatnonzero(np.abs(v) > 1e-12)[0]] < 0
    return values, (-v if negative else v)


# --------------------------------------------------------------------------------------------- treatment


def check(x):
    """(skew, kurtosis, pass, undefined): sample skewness and excess kurtosis (bias=False = e1071 type 2)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        g1 = float(skew(x, bias=False))
        g2 = float(kurtosis(x, bias=False))
    if not (np.isfinite(g1) and np.isfinite(g2)):
        return g1, g2, True, True
    return g1, g2, abs(g1) < SKEW_THRESHOLD or g2 < KURTOSIS_THRESHOLD, False


def coinr_rule(x):
    """The JRC/COINr rule on one complete column: (treated column, record)."""
    g1, g2, ok, undefined = check(x)
    record = {"skew": g1, "kurtosis": g2, "winsorised": 0, "log": False, "undefined": undefined}
    if undefined or ok:
        return x, record
    w = x.copy()
    high = low = 0  # points in the last set moved at each end (it holds every point moved there)
    while not ok and high + low < WINMAX:
        if g1 >= 0:
            top = w.max()
            at = w == top
            nxt = np.max(w, where=~at, initial=-np.inf)
            if nxt == -np.inf:
                break
            w[at] = nxt
            high = int(np.count_nonzero(at))
        else:
            bottom = w.min()
            at = w == bottom
            nxt = np.min(w, where=~at, initial=np.inf)
            if nxt == np.inf:
                break
            w[at] = nxt
            low = int(np.count_nonzero(at))
        g1, g2, ok, undefined = check(w)
        if undefined:
            break
    record["winsorised"] = high + low
    if ok:
        return w, record
    lo, hi = x.min(), x.max()
    y = np.log(x - lo + 0.01 * (hi - lo))
    check(y)  # Touchstone records the check after the fallback too
    record["log"] = True
    return y, record


def normalise(x):
    lo = np.nanmin(x, axis=0)
    hi = np.nanmax(x, axis=0)
    span = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        origin = np.where(LOWER, hi, lo)
        factor = np.where(span > 0, (RANGE_HIGH - RANGE_LOW) / span, 0.0) * np.where(LOWER, -1.0, 1.0)
    return (x - origin) * factor + np.where(span > 0, RANGE_LOW, (RANGE_LOW + RANGE_HIGH) / 2)


def pipeline(raw):
    """Treated values, normalised scores, dimension scores (n x 4), index and the outlier records."""
    treated = np.empty_like(raw, order="F")
    records = []
    imputed = 0
    for j in range(raw.shape[1]):
        x = raw[:, j].copy()
        missing = np.isnan(x)
        if missing.any():
            present = x[~missing]
            if present.size:
                x[missing] = present.mean()
                imputed += int(missing.sum())
        if np.isnan(x).any():
            raise SystemExit("methods_bench: a column with no value (not generated by the benchmark)")
        t, record = coinr_rule(x)
        treated[:, j] = t
        records.append(record)
    normalised = normalise(treated)
    dimensions = aggregate(normalised, WB, PER_DIMENSION)
    index = aggregate(dimensions, ROOT_WB, DIMENSIONS)[:, 0]
    return treated, normalised, dimensions, index, records, imputed


# ------------------------------------------------------------------------------------------------ harness


def load(folder, name, units=None):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        raise SystemExit(f"methods_bench: {path} is missing; run `touchstone-bench --case ... --workdir {folder}` first")
    values = np.fromfile(path, dtype="<f8")
    if values.size % K:
        raise SystemExit(f"methods_bench: {path} does not hold N x {K} values")
    n = values.size // K
    if units is not None and n != units:
        raise SystemExit(f"methods_bench: {path} has {n} units, expected {units}")
    return values.reshape(K, n).T  # (n x K), Fortran order: columns contiguous


def emit(name, args, times, extra=None):
    line = {"case": name, "impl": "numpy_1thread" if args.threads == 1 else "numpy", "units": args.units, "indicators": K, "years": 1,
            "runs": len(times), "median_s": float(np.median(times)), "min_s": min(times),
            "peak_rss_mb": peak_rss_mb(), "times_s": [round(t, 4) for t in times]}
    line.update(extra or {})
    line.update(versions())
    line["blas_threads_limit"] = args.threads
    print(json.dumps(line), flush=True)


def bench(args):
    if args.case == "pipeline_full":
        raw = load(args.workdir, "methods_raw.f64", args.units)
        reset_peak()
        times = measure(args.warmup, args.runs, lambda: pipeline(raw))
        _, _, _, index, records, imputed = pipeline(raw)
        extra = {"imputed_cells": imputed,
                 "winsorised_indicators": " ".join(IDS[j] for j, r in enumerate(records) if r["winsorised"] and not r["log"]),
                 "log_ct_indicators": " ".join(IDS[j] for j, r in enumerate(records) if r["log"]),
                 "index_missing": int(np.isnan(index).sum())}
        emit(args.case, args, times, extra)
        return
    x = load(args.workdir, "methods_normalised.f64", args.units)
    kernel = {"weights_entropy": entropy_weights, "weights_critic": critic_weights,
              "weights_pca": lambda m: pca(m)[1]}[args.case]
    reset_peak()
    times = measure(args.warmup, args.runs, lambda: kernel(x))
    w = kernel(x)
    emit(args.case, args, times, {"weight_min": float(w.min()), "weight_max": float(w.max())})


def verify(folder):
    raw = load(folder, "methods_raw.f64")
    x = load(folder, "methods_normalised.f64")
    swift_treated = load(folder, "swift_treated.f64")
    n = raw.shape[0]
    swift_scores = np.fromfile(os.path.join(folder, "swift_scores.f64"), dtype="<f8").reshape(DIMENSIONS + 1, n).T
    with open(os.path.join(folder, "swift_methods.json")) as f:
        swift = json.load(f)
    treated, normalised, dimensions, index, records, imputed = pipeline(raw)

    def diff(a, b):
        """(same missing cells, max absolute difference)"""
        both = ~np.isnan(a) & ~np.isnan(b)
        same = np.array_equal(np.isnan(a), np.isnan(b))
        return same, float(np.max(np.abs(a[both] - b[both]))) if both.any() else 0.0

    out = {"verify": "numpy-methods", "folder": folder, "units": n}
    checks = {}
    checks["treated"] = diff(treated, swift_treated)
    checks["normalised"] = diff(normalised, x)
    checks["scores"] = diff(np.column_stack([dimensions, index]), swift_scores)
    ours = {"entropy": entropy_weights(x), "critic": critic_weights(x)}
    eigenvalues, pc1 = pca(x)
    ours["pca_pc1"], ours["pca_eigenvalues"] = pc1, eigenvalues
    for key, value in ours.items():
        checks[key] = diff(value, np.array(swift[key], dtype=float))
    theirs = swift["outliers"]
    same_outcome = len(theirs) == K and all(
        t["indicator"] == IDS[j] and t["winsorised"] == r["winsorised"] and t["log"] == r["log"]
        and t["undefined"] == r["undefined"] for j, (t, r) in enumerate(zip(theirs, records)))
    moments = max(max(abs(r["skew"] - t["skew"]) / max(1.0, abs(t["skew"])),
                      abs(r["kurtosis"] - t["kurtosis"]) / max(1.0, abs(t["kurtosis"])))
                  for t, r in zip(theirs, records) if not r["undefined"])
    ok = all(same and diff <= 1e-9 for same, diff in checks.values()) and same_outcome and moments <= 1e-9 \
        and imputed == swift["imputed_cells"]
    for key, (same, diff) in checks.items():
        out[f"{key}_max_diff"] = diff
        if not same:
            out[f"{key}_missing_differs"] = True
    out["skew_kurtosis_max_rel_diff"] = moments
    out["same_outlier_outcomes"] = bool(same_outcome)
    out["imputed_cells"] = imputed
    out["winsorised"] = {IDS[j]: r["winsorised"] for j, r in enumerate(records) if r["winsorised"] and not r["log"]}
    out["log_ct"] = [IDS[j] for j, r in enumerate(records) if r["log"]]
    out["ok"] = bool(ok)
    print(json.dumps(out), flush=True)
    if not ok:
        sys.exit(1)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", choices=CASES)
    p.add_argument("--units", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--workdir")
    p.add_argument("--verify", metavar="DIR")
    p.add_argument("--threads", type=int, help="limit the BLAS threads (threadpoolctl)")
    args = p.parse_args()
    if args.verify:
        verify(args.verify)
        return
    if not args.case or not args.workdir:
        p.error("--case and --workdir are required (the inputs are the Swift run's float64 files)")
    if args.threads:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=args.threads, user_api="blas"):
            bench(args)
    else:
        bench(args)


if __name__ == "__main__":
    main()
