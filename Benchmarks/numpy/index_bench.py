#!/usr/bin/env python3
"""numpy/pandas counterpart of `touchstone-bench` (Benchmarks/Sources/touchstone-bench).

Same work, same output format (one JSON line per case):

  index_compute     from an in-memory (units*years) x 40 array: min-max per column over the panel (nan-aware),
                    "lower" indicators mirrored, weighted arithmetic means per dimension and for the index with
                    weights renormalised over the children present (masked sums as matrix products X0 @ W and
                    M @ W), min_coverage 0.5, then competition ranks of the index per year
                    (scipy.stats.rankdata(-x, method="min"), NaN left unranked).
  index_end_to_end  pd.read_csv of the wide data file and the unit table, the checks Touchstone also makes
                    (units known, one row per unit-year), then the same computation.

  index_bench.py [--case index_compute|index_end_to_end|all] [--units N] [--years T] [--runs R] [--warmup W]
                 [--workdir DIR] [--seed S]
  index_bench.py --verify DIR    recompute the index of DIR/indicators.csv (written by `touchstone-bench
                                 --verify DIR`) and compare with DIR/swift_index.csv to 1e-9; exit 1 if not equal.

With --workdir the end-to-end case reads DIR/indicators.csv and DIR/units.csv (run.sh passes the files the
Swift benchmark wrote, so both read the same bytes); otherwise it generates and writes its own.
Generated data has the same shape and distribution as the Swift generator's, not the same numbers.
"""
import argparse
import json
import os
import platform
import sys
import tempfile
import time

import numpy as np
import scipy
from scipy.stats import rankdata

DIMENSIONS = 4
PER_DIMENSION = 10
K = DIMENSIONS * PER_DIMENSION
DIMENSION_WEIGHTS = np.array([0.3, 0.25, 0.25, 0.2])
FIRST_YEAR = 2015
MIN_COVERAGE = 0.5
RANGE_LOW, RANGE_HIGH = 0.0, 100.0

IDS = [f"i{j + 1:02d}" for j in range(K)]
LOWER = np.array([j % 4 == 3 for j in range(K)])
WEIGHTS = np.array([[1.0, 1.5, 2.0][j % 3] for j in range(K)])
SKEWED = np.array([j % 5 == 4 for j in range(K)])
DIM_OF = np.arange(K) // PER_DIMENSION

# Block matrices: W[j, d] = weight of indicator j in dimension d; B[j, d] = 1 if j belongs to d.
B = np.zeros((K, DIMENSIONS))
B[np.arange(K), DIM_OF] = 1.0
W = B * WEIGHTS[:, None]
WB = np.hstack([W, B])  # one product gives the weight sums and the counts of present children


def generate(units, years, seed):
    """(units*years) x K float64 array (unit-major rows, then year) and the year of each row; ~2% NaN.

    Same model as the Swift generator (SyntheticPanel.swift)."""
    rng = np.random.default_rng(seed)
    base = 20 + 5 * np.arange(K, dtype=float)
    scale = 2 + (np.arange(K) % 7).astype(float)
    trend = 0.1 * (np.arange(K) % 5) - 0.2
    unit_effect = rng.standard_normal(units)[:, None, None]
    dim_effect = rng.standard_normal((units, DIMENSIONS))[:, None, DIM_OF]
    noise = rng.standard_normal((units, years, K))
    z = 0.5 * unit_effect + 0.3 * dim_effect + 0.8 * noise
    z[..., LOWER] *= -1
    t = np.arange(years, dtype=float)[None, :, None]
    x = np.where(SKEWED, base * np.exp(0.4 * z + 0.02 * t), base + scale * z + trend * t)
    x = np.round(x * 1000) / 1000
    event = rng.random((units, years))[..., None]
    dim = rng.integers(0, DIMENSIONS, (units, years))[..., None]
    in_dim = DIM_OF[None, None, :] == dim
    first_six = (np.arange(K) % PER_DIMENSION) < 6
    missing = ((event < 0.002) & ~in_dim) | ((event >= 0.002) & (event < 0.01) & in_dim) \
        | ((event >= 0.01) & (event < 0.015) & in_dim & first_six) | (rng.random((units, years, K)) < 0.016)
    x[missing] = np.nan
    year = np.tile(FIRST_YEAR + np.arange(years), units)
    return x.reshape(units * years, K), year


def aggregate(values, weight_and_count, n_children):
    """Weighted mean over the present children (NaN = missing) with the coverage rule.

    weight_and_count: (children x 2G) = [W | B]; returns (rows x G)."""
    present = ~np.isnan(values)
    x0 = np.where(present, values, 0.0)
    g = weight_and_count.shape[1] // 2
    numerator = x0 @ weight_and_count[:, :g]
    den_count = present.astype(np.float64) @ weight_and_count
    denominator, count = den_count[:, :g], den_count[:, g:]
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = numerator / denominator
    coverage = count / n_children
    mean[(count == 0) | (coverage + 1e-12 < MIN_COVERAGE)] = np.nan
    return mean


def compute_index(x, year):
    """Dimension scores (rows x 4), index (rows) and competition ranks of the index per year (float, NaN = none)."""
    lo = np.nanmin(x, axis=0)
    hi = np.nanmax(x, axis=0)
    span = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        # higher is better: l + (u-l)(v-lo)/span; lower: l + (u-l)(hi-v)/span; constant column: middle.
        origin = np.where(LOWER, hi, lo)
        factor = np.where(span > 0, (RANGE_HIGH - RANGE_LOW) / span, 0.0) * np.where(LOWER, -1.0, 1.0)
    normalised = (x - origin) * factor + np.where(span > 0, RANGE_LOW, (RANGE_LOW + RANGE_HIGH) / 2)
    dimensions = aggregate(normalised, WB, PER_DIMENSION)
    root_wb = np.hstack([DIMENSION_WEIGHTS[:, None], np.ones((DIMENSIONS, 1))])
    index = aggregate(dimensions, root_wb, DIMENSIONS)[:, 0]
    ranks = np.full(index.shape, np.nan)
    for y in np.unique(year):
        rows = np.flatnonzero(year == y)
        ranks[rows] = rankdata(-index[rows], method="min", nan_policy="omit")
    return dimensions, index, ranks


def read_and_compute(folder):
    import pandas as pd

    units = pd.read_csv(os.path.join(folder, "units.csv"), dtype={"unit": str})
    data = pd.read_csv(os.path.join(folder, "indicators.csv"), dtype={"unit": str})
    if not data["unit"].isin(units["unit"]).all():
        raise SystemExit("index_bench: a unit in the data is not in the unit table")
    if data.duplicated(["unit", "year"]).any():
        raise SystemExit("index_bench: duplicate unit-year rows")
    x = data[IDS].to_numpy(dtype=np.float64)
    year = data["year"].to_numpy()
    return data, compute_index(x, year)


# ---------------------------------------------------------------------------------------------- harness


def peak_rss_mb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def measure(warmup, runs, body):
    for _ in range(warmup):
        body()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        body()
        times.append(time.perf_counter() - t0)
    return times


def versions():
    info = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__}
    try:
        import pandas as pd

        info["pandas"] = pd.__version__
    except ImportError:
        info["pandas"] = None
    try:
        from threadpoolctl import threadpool_info

        blas = [p for p in threadpool_info() if p.get("user_api") == "blas"]
        if blas:  # numpy's and scipy's bundled OpenBLAS builds (the matrix products use numpy's)
            info["blas"] = "; ".join(
                f"{os.path.basename(p.get('filepath', '')).split('-')[0]} {p.get('internal_api')} {p.get('version')} "
                f"{p.get('architecture')} threads={p.get('num_threads')}" for p in blas)
    except ImportError:
        pass
    info["openblas_coretype"] = os.environ.get("OPENBLAS_CORETYPE", "")
    return info


def emit(name, args, times):
    line = {"case": name, "impl": "numpy", "units": args.units, "indicators": K, "years": args.years,
            "runs": len(times), "median_s": float(np.median(times)), "min_s": min(times),
            "peak_rss_mb": peak_rss_mb(), "times_s": [round(t, 4) for t in times]}
    line.update(versions())
    print(json.dumps(line), flush=True)


def bench_compute(args):
    x, year = generate(args.units, args.years, args.seed)
    reset_peak()
    emit("index_compute", args, measure(args.warmup, args.runs, lambda: compute_index(x, year)))


def bench_end_to_end(args):
    folder = args.workdir
    temporary = None
    if folder is None or not os.path.exists(os.path.join(folder, "indicators.csv")):
        import pandas as pd

        if folder is None:
            temporary = tempfile.TemporaryDirectory(prefix="index-bench-")
            folder = temporary.name
        os.makedirs(folder, exist_ok=True)
        x, year = generate(args.units, args.years, args.seed)
        unit_ids = [f"U{u + 1:06d}" for u in range(args.units)]
        pd.DataFrame({"unit": unit_ids, "name": [f"Unit {u + 1}" for u in range(args.units)],
                      "region": [f"R{u % 8 + 1}" for u in range(args.units)]}).to_csv(
            os.path.join(folder, "units.csv"), index=False)
        frame = pd.DataFrame(x, columns=IDS)
        frame.insert(0, "year", year)
        frame.insert(0, "unit", np.repeat(unit_ids, args.years))
        frame.to_csv(os.path.join(folder, "indicators.csv"), index=False, float_format="%.3f", na_rep="")
        del x, frame
    reset_peak()
    emit("index_end_to_end", args, measure(args.warmup, args.runs, lambda: read_and_compute(folder)))
    if temporary is not None:
        temporary.cleanup()


def verify(folder):
    import pandas as pd

    data, (dimensions, index, ranks) = read_and_compute(folder)
    swift = pd.read_csv(os.path.join(folder, "swift_index.csv"), dtype={"unit": str})
    if len(swift) != len(data) or not (swift["unit"].to_numpy() == data["unit"].to_numpy()).all() \
            or not (swift["year"].to_numpy() == data["year"].to_numpy()).all():
        raise SystemExit("verify: swift_index.csv rows are not the data rows in the same order")
    ours = np.column_stack([dimensions, index])
    theirs = swift[[f"d{d + 1}" for d in range(DIMENSIONS)] + ["index"]].to_numpy(dtype=np.float64)
    same_missing = np.array_equal(np.isnan(ours), np.isnan(theirs))
    both = ~np.isnan(ours) & ~np.isnan(theirs)
    max_diff = float(np.max(np.abs(ours[both] - theirs[both]))) if both.any() else 0.0
    their_ranks = swift["rank"].to_numpy(dtype=np.float64)
    same_ranks = np.array_equal(np.isnan(ranks), np.isnan(their_ranks)) and \
        np.array_equal(ranks[~np.isnan(ranks)], their_ranks[~np.isnan(their_ranks)])
    ok = same_missing and max_diff <= 1e-9 and same_ranks
    print(json.dumps({"verify": "numpy", "folder": folder, "rows": len(data), "same_missing": bool(same_missing),
                      "max_abs_diff": max_diff, "same_ranks": bool(same_ranks),
                      "index_missing": int(np.isnan(index).sum()), "ok": bool(ok)}), flush=True)
    if not ok:
        sys.exit(1)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", default="all", choices=["all", "index_compute", "index_end_to_end"])
    p.add_argument("--units", type=int, default=100_000)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--seed", type=int, default=20250101)
    p.add_argument("--workdir")
    p.add_argument("--verify", metavar="DIR")
    args = p.parse_args()
    if args.verify:
        verify(args.verify)
        return
    if args.case in ("all", "index_compute"):
        bench_compute(args)
    if args.case in ("all", "index_end_to_end"):
        bench_end_to_end(args)


if __name__ == "__main__":
    main()
