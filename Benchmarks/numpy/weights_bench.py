#!/usr/bin/env python3
"""numpy counterpart of `touchstone-bench --case weights_1000` (Benchmarks/Sources/touchstone-bench/UncertaintyBench.swift).

The work, identical on both sides: one year of units x 40 indicators (4 dimensions of 10, a quarter "lower is
better", ~2% missing), min-max to [0, 100] per column (nan-aware, mirrored for "lower"), then for every one of R
weight sets (each node's weight x (1 + U(-0.25, 0.25)), from weight_sets.csv): the dimension scores as masked
matrix products per dimension (X0 @ W_d and M @ W_d, weights renormalised over the indicators present,
min_coverage 0.5), the index as the weighted mean of the dimensions present (min_coverage 0.5), competition
ranks of the index ("1, 2, 2, 4"; missing = unranked), and finally per unit the median rank and the 5-95% rank
interval (linear interpolation = R type 7) over the R sets, plus the nominal ranks. Weight sets are processed in
chunks of 40 (WEIGHT_CHUNK; as Touchstone at 100,000 rows; here 8.2 s against 12.4 s with 80 and 16-21 s with 20),
ranks are kept as int32 (R x units).

  weights_bench.py --case weights_1000 --workdir DIR [--runs R] [--warmup W]
        reads DIR/indicators.csv and DIR/weight_sets.csv (written by the Swift run, untimed), times the work,
        and compares the result with DIR/swift_rankstats.csv when it exists (count of units that differ).
  weights_bench.py --verify DIR
        the same on the small case written by `touchstone-bench --case weights_1000 --verify DIR`; exits 1
        unless the rank statistics equal Swift's and the index of the first weight sets agrees to 1e-9.
  weights_bench.py --table RESULTS.jsonl
        Markdown tables of the uncertainty cases (asem_* and weights_1000) of a run.sh results file.
"""
import argparse
import json
import os
import platform
import sys
import time

import numpy as np

DIMENSIONS = 4
PER_DIMENSION = 10
K = DIMENSIONS * PER_DIMENSION
IDS = [f"i{j + 1:02d}" for j in range(K)]
LOWER = np.array([j % 4 == 3 for j in range(K)])
DIM_OF = np.arange(K) // PER_DIMENSION
NOMINAL_IND = np.array([[1.0, 1.5, 2.0][j % 3] for j in range(K)])
NOMINAL_DIM = np.array([0.3, 0.25, 0.25, 0.2])
MIN_COVERAGE = 0.5
CHUNK = int(os.environ.get("WEIGHT_CHUNK", "40"))  # weight sets per block of products


def read(folder):
    import pandas as pd

    data = pd.read_csv(os.path.join(folder, "indicators.csv"), dtype={"unit": str})
    sets = pd.read_csv(os.path.join(folder, "weight_sets.csv"))
    x = data[IDS].to_numpy(dtype=np.float64)
    w_ind = sets[IDS].to_numpy(dtype=np.float64).T.copy()                               # K x R
    w_dim = sets[[f"d{d + 1}" for d in range(DIMENSIONS)]].to_numpy(dtype=np.float64).T.copy()  # 4 x R
    return data["unit"].to_numpy(), x, w_ind, w_dim


def normalise(x):
    lo, hi = np.nanmin(x, axis=0), np.nanmax(x, axis=0)
    span = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        origin = np.where(LOWER, hi, lo)
        factor = np.where(span > 0, 100.0 / span, 0.0) * np.where(LOWER, -1.0, 1.0)
    return (x - origin) * factor + np.where(span > 0, 0.0, 50.0)


def competition_ranks(index):
    """index: (C x n), NaN = unranked -> int32 ranks (C x n), 1 = highest, ties share the lowest rank, 0 = none."""
    missing = np.isnan(index)
    key = np.where(missing, np.inf, -index)
    order = np.argsort(key, axis=1)
    sorted_key = np.take_along_axis(key, order, axis=1)
    new = np.ones(sorted_key.shape, dtype=bool)
    new[:, 1:] = sorted_key[:, 1:] != sorted_key[:, :-1]
    position = np.arange(1, index.shape[1] + 1, dtype=np.int32)
    first = np.where(new, position, 0).astype(np.int32)
    np.maximum.accumulate(first, axis=1, out=first)
    ranks = np.empty_like(first)
    np.put_along_axis(ranks, order, first, axis=1)
    ranks[missing] = 0
    return ranks


class Model:
    """The normalised data and the presence pattern (which does not depend on the weights)."""

    def __init__(self, x):
        s = normalise(x)
        self.mask = ~np.isnan(s)
        self.x0 = np.where(self.mask, s, 0.0)
        self.maskf = self.mask.astype(np.float64)
        self.blocks = [np.flatnonzero(DIM_OF == d) for d in range(DIMENSIONS)]
        # Contiguous per-dimension blocks for the products.
        self.x0_d = [np.ascontiguousarray(self.x0[:, b]) for b in self.blocks]
        self.m_d = [np.ascontiguousarray(self.maskf[:, b]) for b in self.blocks]
        count = np.stack([self.mask[:, b].sum(axis=1) for b in self.blocks], axis=1)
        self.dim_present = (count > 0) & (count / PER_DIMENSION + 1e-12 >= MIN_COVERAGE)
        self.dim_presentf = self.dim_present.astype(np.float64)
        dims = self.dim_present.sum(axis=1)
        self.index_present = (dims > 0) & (dims / DIMENSIONS + 1e-12 >= MIN_COVERAGE)

    def index(self, w_ind, w_dim):
        """Index scores (n x C) for the C weight sets given as columns of w_ind (K x C) and w_dim (4 x C).

        Per dimension two products (X0_d @ W_d, M_d @ W_d), divided and weighted in place; the index denominator
        is one product of the dimension presence pattern with the dimension weights."""
        n, c = self.x0.shape[0], w_ind.shape[1]
        numerator = np.zeros((n, c))
        with np.errstate(invalid="ignore", divide="ignore"):
            for d, b in enumerate(self.blocks):
                wb = w_ind[b]
                dim = self.x0_d[d] @ wb
                np.divide(dim, self.m_d[d] @ wb, out=dim)
                np.multiply(dim, w_dim[d], out=dim)
                dim[~self.dim_present[:, d]] = 0.0
                numerator += dim
            np.divide(numerator, self.dim_presentf @ w_dim, out=numerator)
        numerator[~self.index_present] = np.nan
        return numerator


def rank_statistics(x, w_ind, w_dim):
    model = Model(x)
    n, reps = x.shape[0], w_ind.shape[1]
    nominal = competition_ranks(model.index(NOMINAL_IND[:, None], NOMINAL_DIM[:, None]).T)[0]
    ranks = np.empty((reps, n), dtype=np.int32)
    for start in range(0, reps, CHUNK):
        cols = slice(start, min(start + CHUNK, reps))
        ranks[cols] = competition_ranks(model.index(w_ind[:, cols], w_dim[:, cols]).T)
    valid = model.index_present
    per_unit = np.ascontiguousarray(ranks[:, valid].T)          # units x R
    q = np.percentile(per_unit, [5, 50, 95], axis=1)            # linear = R type 7
    stats = np.full((n, 3), np.nan)
    stats[valid] = q.T
    return nominal, stats


def read_swift_stats(folder):
    import pandas as pd

    s = pd.read_csv(os.path.join(folder, "swift_rankstats.csv"), dtype={"unit": str})
    return s["unit"].to_numpy(), s["nominal"].to_numpy(dtype=np.float64), s[["q5", "median", "q95"]].to_numpy(dtype=np.float64)


def compare(units, nominal, stats, folder):
    """(units whose nominal rank or rank statistics differ from Swift's, units compared)."""
    s_units, s_nominal, s_stats = read_swift_stats(folder)
    if len(s_units) != len(units) or not (s_units == units).all():
        raise SystemExit("weights_bench: swift_rankstats.csv rows are not the data rows in the same order")
    ours_nominal = np.where(nominal > 0, nominal.astype(np.float64), np.nan)
    same_nominal = (ours_nominal == s_nominal) | (np.isnan(ours_nominal) & np.isnan(s_nominal))
    same_stats = np.all((np.abs(stats - s_stats) <= 1e-9) | (np.isnan(stats) & np.isnan(s_stats)), axis=1)
    return int((~(same_nominal & same_stats)).sum()), len(units)


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


def versions():
    info = {"python": platform.python_version(), "numpy": np.__version__}
    try:
        from threadpoolctl import threadpool_info

        blas = [p for p in threadpool_info() if p.get("user_api") == "blas"]
        if blas:
            info["blas"] = "; ".join(f"{p.get('internal_api')} {p.get('version')} {p.get('architecture')} threads={p.get('num_threads')}"
                                     for p in blas)
    except ImportError:
        pass
    return info


def bench(args):
    if not args.workdir or not os.path.exists(os.path.join(args.workdir, "weight_sets.csv")):
        raise SystemExit("weights_bench: --workdir must hold indicators.csv and weight_sets.csv "
                         "(run `touchstone-bench --case weights_1000 --workdir DIR` first)")
    units, x, w_ind, w_dim = read(args.workdir)
    reset_peak()
    result = None
    for _ in range(args.warmup):
        result = rank_statistics(x, w_ind, w_dim)
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        result = rank_statistics(x, w_ind, w_dim)
        times.append(time.perf_counter() - t0)
    peak = peak_rss_mb()
    line = {"case": "weights_1000", "impl": "numpy", "units": len(units), "indicators": K, "replications": w_ind.shape[1],
            "runs": len(times), "median_s": float(np.median(times)), "min_s": min(times), "peak_rss_mb": peak,
            "times_s": [round(t, 4) for t in times]}
    if os.path.exists(os.path.join(args.workdir, "swift_rankstats.csv")):
        differing, compared = compare(units, *result, args.workdir)
        line["units_differing_from_swift"] = differing
        line["units_compared"] = compared
    line.update(versions())
    print(json.dumps(line), flush=True)


def verify(folder):
    import pandas as pd

    units, x, w_ind, w_dim = read(folder)
    nominal, stats = rank_statistics(x, w_ind, w_dim)
    differing, compared = compare(units, nominal, stats, folder)
    reps = pd.read_csv(os.path.join(folder, "swift_rep_index.csv"), dtype={"unit": str})
    first = reps.shape[1] - 1
    ours = Model(x).index(w_ind[:, :first], w_dim[:, :first])
    theirs = reps[[f"r{r}" for r in range(first)]].to_numpy(dtype=np.float64)
    same_missing = np.array_equal(np.isnan(ours), np.isnan(theirs))
    both = ~np.isnan(ours) & ~np.isnan(theirs)
    max_diff = float(np.max(np.abs(ours[both] - theirs[both]))) if both.any() else 0.0
    ok = differing == 0 and same_missing and max_diff <= 1e-9
    print(json.dumps({"verify": "numpy", "case": "weights_1000", "folder": folder, "units": compared,
                      "replications": int(w_ind.shape[1]), "units_rankstats_differing": differing,
                      "index_same_missing": bool(same_missing), "index_max_abs_diff": max_diff,
                      "units_without_index": int(np.isnan(stats[:, 0]).sum()), "ok": bool(ok)}), flush=True)
    if not ok:
        sys.exit(1)


def table(path):
    rows = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                r = json.loads(line)
                if "case" in r and "impl" in r:
                    rows[(r["case"], r["impl"])] = r

    def t(r):
        return f"{r['median_s']:.3f} ({r['min_s']:.3f})"

    def mb(r):
        return f"{r['peak_rss_mb']:.0f}" if r.get("peak_rss_mb") else "–"

    asem = [c for c in ("asem_ua", "asem_ua_pipeline", "asem_sa", "asem_load") if (c, "swift") in rows]
    if asem:
        print("| case | runs of the d3 pipeline | Swift median (min) s | COINr 1.1.14 s | ratio COINr/Swift | Swift peak RSS MB |")
        print("|---|---|---|---|---|---|")
        for c in asem:
            r = rows[(c, "swift")]
            coinr = f"{r['coinr_s']:.2f}" if r.get("coinr_s") else "–"
            ratio = f"{r['ratio_coinr_over_swift']:.0f}" if r.get("ratio_coinr_over_swift") else "–"
            print(f"| `{c}` | {r['replications']} | {t(r)} | {coinr} | {ratio} | {mb(r)} |")
        print()
    s, n = rows.get(("weights_1000", "swift")), rows.get(("weights_1000", "numpy"))
    if s or n:
        ref = s or n
        print("| case | units × indicators × weight sets | Swift median (min) s | numpy median (min) s | ratio numpy/Swift | Swift peak RSS MB | numpy peak RSS MB |")
        print("|---|---|---|---|---|---|---|")
        ratio = f"{n['median_s'] / s['median_s']:.2f}" if s and n else "–"
        print(f"| `weights_1000` | {ref['units']:,} × {ref['indicators']} × {ref['replications']:,} | {t(s) if s else '–'} | "
              f"{t(n) if n else '–'} | {ratio} | {mb(s) if s else '–'} | {mb(n) if n else '–'} |")
        if n and "units_differing_from_swift" in n:
            print(f"\nSame results: {n['units_compared'] - n['units_differing_from_swift']:,} of {n['units_compared']:,} units have "
                  "the same nominal rank, median and 5–95% rank interval in Swift and numpy.")
        print()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", default="weights_1000", choices=["weights_1000"])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--workdir")
    p.add_argument("--verify", metavar="DIR")
    p.add_argument("--table", metavar="RESULTS")
    args = p.parse_args()
    if args.table:
        table(args.table)
    elif args.verify:
        verify(args.verify)
    else:
        bench(args)


if __name__ == "__main__":
    main()
