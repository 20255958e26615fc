"""Independent reference values for Touchstone's aggregation methods and benefit-of-the-doubt weights.

Coded from the formulas of the cited papers with numpy, scipy.stats.pmean/hmean and scipy.optimize.linprog
(HiGHS), on COINr's ASEM example data (../shared/data/coinr_asem/reference/). Nothing here calls Touchstone.

    python3 Tests/References/methods/methods_reference.py      # from the package root; rewrites the CSVs

Outputs (all numbers written with repr(), i.e. the shortest text that reads back as the same double):
  means_asem.csv       min-max [1,100] per indicator (direction applied) on asem_raw.csv, then every level
                       of the framework by the harmonic mean and power means r = 0.5 and r = 2 (equal weights,
                       missing children dropped and the weights renormalised): uCode, method, node, score
  mpi_d1.csv           Mazziotta-Pareto index of the 49 indicators of d1_imean_imputed.csv (standardised
                       100 +- 10 with the population sd, polarity by direction): uCode, mpi_positive, mpi_negative
  ampi_panel.csv       adjusted MPI on asem_panel_raw.csv (11 complete indicators, 2018-2022; reference =
                       the 2018 mean, half-range over all years): uCode, Year, ampi_positive, ampi_negative
  outranking_d1.csv    Copeland and Borda scores of d1 (min-max with direction, 49 indicators, equal weights)
  bod_d1.csv           benefit-of-the-doubt scores of the 8 Physical indicators of d1: free weights on
                       min-max [0,100]; pie-share bounds 0.05-0.4 on min-max [1,100]
"""
import csv, os, sys
import numpy as np, pandas as pd, scipy
from scipy import stats, optimize

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "coinr_asem", "reference")

meta = pd.read_csv(os.path.join(REF, "asem_meta.csv"))
ind = meta[meta.Type == "Indicator"]
codes = list(ind.iCode)
direction = dict(zip(ind.iCode, ind.Direction))
parent = dict(zip(meta.iCode, meta.Parent))


def minmax(frame, lo, hi):
    out = frame.copy()
    for c in frame.columns:
        x = frame[c] * direction[c]
        out[c] = lo + (hi - lo) * (x - x.min()) / (x.max() - x.min())
    return out


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([repr(float(v)) if isinstance(v, (float, np.floating)) else v for v in r])


# --- generalised means through the whole ASEM tree -------------------------------------------------------
raw = pd.read_csv(os.path.join(REF, "asem_raw.csv")).set_index("uCode")
norm = minmax(raw[codes], 1, 100)
levels = [[c for c in meta.iCode if (meta.set_index("iCode").Level[c] == lvl)] for lvl in (2, 3, 4)]


def pmean_present(values, r):
    v = np.array([x for x in values if not np.isnan(x)])
    if len(v) == 0:
        return np.nan
    return stats.hmean(v) if r == -1 else stats.pmean(v, r)


rows = []
for label, r in [("harmonic", -1), ("power0.5", 0.5), ("power2", 2)]:
    scores = norm.copy()
    for level in levels:
        for node in level:
            kids = [c for c in meta.iCode if parent.get(c) == node]
            scores[node] = [pmean_present(scores.loc[u, kids].values.astype(float), r) for u in scores.index]
    for u in scores.index:
        for node in sum(levels, []):
            rows.append([u, label, node, scores.loc[u, node]])
write("means_asem.csv", ["uCode", "method", "node", "score"], rows)

# --- Mazziotta-Pareto index -------------------------------------------------------------------------------
d1 = pd.read_csv(os.path.join(REF, "d1_imean_imputed.csv")).set_index("uCode")[codes]
X = d1.values * np.array([direction[c] for c in codes])           # polarity: mirror negative indicators
z = 100 + 10 * (X - X.mean(0)) / X.std(0, ddof=0)                 # population sd (Mazziotta & Pareto)
M = z.mean(1)
S = z.std(1, ddof=0)
cv = S / M
write("mpi_d1.csv", ["uCode", "mpi_positive", "mpi_negative"],
      [[u, M[i] - S[i] * cv[i], M[i] + S[i] * cv[i]] for i, u in enumerate(d1.index)])

# --- adjusted MPI over the panel --------------------------------------------------------------------------
panel = pd.read_csv(os.path.join(REF, "asem_panel_raw.csv"))
ampi_codes = ["LPI", "Flights", "Ship", "Bord", "Elec", "Gas", "Cov4G", "Renew", "CO2", "MatCon", "Forest"]
assert not panel[ampi_codes].isna().any().any()
P = panel[ampi_codes].values.astype(float)
pol = np.array([direction[c] for c in ampi_codes])
ref = P[panel.Year.values == 2018].mean(0)
half = (P.max(0) - P.min(0)) / 2
inf, sup = ref - half, ref + half                                  # goalposts around the reference
r = np.where(pol > 0, (P - inf) / (sup - inf) * 60 + 70, (sup - P) / (sup - inf) * 60 + 70)
M = r.mean(1)
S = r.std(1, ddof=0)
cv = S / M
write("ampi_panel.csv", ["uCode", "Year", "ampi_positive", "ampi_negative"],
      [[panel.uCode[i], int(panel.Year[i]), M[i] - S[i] * cv[i], M[i] + S[i] * cv[i]] for i in range(len(panel))])

# --- Copeland and Borda -------------------------------------------------------------------------------------
Z = minmax(d1, 0, 100).values
n, k = Z.shape
wins = (Z[:, None, :] > Z[None, :, :]).sum(2) + 0.5 * (Z[:, None, :] == Z[None, :, :]).sum(2)   # i vs l, votes for i
share = wins / k
np.fill_diagonal(share, 0.5)
copeland = ((share > 0.5).sum(1) - (share < 0.5).sum(1)) / (n - 1)
beaten = ((Z[:, None, :] > Z[None, :, :]).sum(1) + 0.5 * ((Z[:, None, :] == Z[None, :, :]).sum(1) - 1)) / (n - 1)
borda = beaten.mean(1)
write("outranking_d1.csv", ["uCode", "copeland", "borda"], [[u, copeland[i], borda[i]] for i, u in enumerate(d1.index)])

# --- benefit of the doubt ----------------------------------------------------------------------------------
physical = [c for c in codes if parent[c] == "Physical"]


def bod(Y, lower=0.0, upper=1.0):
    n, k = Y.shape
    out = []
    for i in range(n):
        y = Y[i]
        A, b = [Y], [np.ones(n)]
        if lower > 0:   # w_j y_j - L sum_l w_l y_l >= 0  ->  -(...) <= 0
            A.append(-(np.diag(y) - lower * np.outer(np.ones(k), y))); b.append(np.zeros(k))
        if upper < 1:
            A.append(np.diag(y) - upper * np.outer(np.ones(k), y)); b.append(np.zeros(k))
        res = optimize.linprog(-y, A_ub=np.vstack(A), b_ub=np.concatenate(b), bounds=[(0, None)] * k, method="highs")
        assert res.status == 0, res.message
        out.append(-res.fun)
    return np.array(out)


free = bod(minmax(d1[physical], 0, 100).values)
bounded = bod(minmax(d1[physical], 1, 100).values, 0.05, 0.4)
write("bod_d1.csv", ["uCode", "score_free", "score_bounded"], [[u, free[i], bounded[i]] for i, u in enumerate(d1.index)])

with open(os.path.join(HERE, "methods_reference_versions.txt"), "w") as f:
    f.write(f"python {sys.version.split()[0]}\nnumpy {np.__version__}\nscipy {scipy.__version__}\npandas {pd.__version__}\n")
