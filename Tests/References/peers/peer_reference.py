"""Independent reference for Touchstone's peer positions (PeerAnalysis) on datasets/branches.

Input: branches_scores.csv — `touchstone index datasets/branches --all-years --level all --format csv`
(the normalised and aggregated scores; this script checks only the peer-statistics step, after applying
the documented tie rule to them on its own) and
datasets/branches/branches.csv for the peer groups.
Output: peer_reference.csv, one row per unit, year and node (index and the four dimensions):
rank (min method), group rank, percentile (mid-rank), group mean, median, Q3 (numpy "linear" = R type 7),
z in group (sample sd), robust z (MAD scaled by 1.4826, as R's mad()).
Run: python3 Tests/References/peers/peer_reference.py   (numpy, scipy and pandas versions are written
into the output's first comment line).
"""
import os
import numpy as np
import pandas as pd
import scipy
from scipy.stats import rankdata

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", ".."))
scores = pd.read_csv(os.path.join(here, "branches_scores.csv"))
units = pd.read_csv(os.path.join(root, "datasets", "branches", "branches.csv"))
df = scores.merge(units[["branch_id", "group"]], left_on="unit", right_on="branch_id")

def snap(x):
    """Touchstone's documented tie rule, written independently: tau = 1e-9 * max(range, max |x|); sorted from
    high to low, a value within tau of its group's highest joins the group and takes that value."""
    x = np.asarray(x, dtype=float).copy()
    finite = np.isfinite(x)
    if not finite.any():
        return x
    v = x[finite]
    tau = 1e-9 * max(v.max() - v.min(), np.abs(v).max())
    out = v.copy()
    leader = None
    for i in np.argsort(-v, kind="stable"):
        if leader is None or leader - v[i] > tau:
            leader = v[i]
        out[i] = leader
    x[finite] = out
    return x


# Scores tied at the tolerance are tied (Touchstone's rule, see Ties.swift), per node and year.
for node in ["index", "political", "foundation", "service", "discipline"]:
    for year in df["year"].unique():
        sel = df["year"] == year
        df.loc[sel, node] = snap(df.loc[sel, node].to_numpy())

rows = []
for node in ["index", "political", "foundation", "service", "discipline"]:
    for year, yd in df.groupby("year"):
        yd = yd[~yd[node].isna()]
        x = yd[node].to_numpy()
        ranks = rankdata(-x, method="min")
        for i, (_, r) in enumerate(yd.iterrows()):
            g = yd[yd["group"] == r["group"]][node].to_numpy()
            gr = int((g > r[node]).sum() + 1)  # competition rank within the group (ties share the best)
            med = float(np.median(g))
            mad = 1.4826 * float(np.median(np.abs(g - med)))
            sd = float(np.std(g, ddof=1)) if len(g) > 1 else float("nan")
            rows.append(dict(
                unit=r["unit"], year=year, node=node, value=r[node], rank=int(ranks[i]), group_rank=gr,
                percentile=100 * ((x < r[node]).sum() + 0.5 * (x == r[node]).sum()) / len(x),
                group_mean=float(np.mean(g)), group_median=med,
                group_q3=float(np.quantile(g, 0.75, method="linear")),
                z=(r[node] - np.mean(g)) / sd if sd > 0 else float("nan"),
                robust_z=(r[node] - med) / mad if mad > 0 else float("nan")))
out = os.path.join(here, "peer_reference.csv")
with open(out, "w") as f:
    f.write(f"# numpy {np.__version__}, scipy {scipy.__version__}, pandas {pd.__version__}\n")
    pd.DataFrame(rows).to_csv(f, index=False, float_format="%.17g")
print("wrote", out, len(rows), "rows")
