"""Reference values for TouchstoneStats.EmpiricalPredictive (split conformal intervals).

Independent of the Swift code: the interval bounds are numpy order statistics taken with
np.quantile(..., method="inverted_cdf") at the probabilities k/n, where k are the ranks of
Lei et al. (2018, JASA 113:1094, section 2.2): lower k = floor((n+1)*alpha/2), upper k = ceil((n+1)*(1-alpha/2));
a rank outside 1..n gives -inf / +inf. The median is np.median; the share is np.mean(scores >= t).
Run: python3 conformal_reference.py > conformal_reference.json
"""
import json, math, sys
import numpy as np

rng = np.random.default_rng(20241207)
cases = []
for n, level in [(19, 0.9), (20, 0.9), (102, 0.9), (9, 0.9), (50, 0.8), (101, 0.95), (7, 0.5)]:
    scores = np.round(rng.normal(0.3, 0.1, n), 6)
    a = 1 - level
    lo_k = math.floor((n + 1) * a / 2 + 1e-9)
    hi_k = math.ceil((n + 1) * (1 - a / 2) - 1e-9)
    lo = float(np.quantile(scores, lo_k / n, method="inverted_cdf")) if lo_k >= 1 else -math.inf
    hi = float(np.quantile(scores, hi_k / n, method="inverted_cdf")) if hi_k <= n else math.inf
    t = float(np.quantile(scores, 0.3))
    cases.append({"scores": scores.tolist(), "level": level, "lower": lo if math.isfinite(lo) else None,
                  "upper": hi if math.isfinite(hi) else None, "median": float(np.median(scores)),
                  "threshold": t, "share_at_least": float(np.mean(scores >= t))})
json.dump({"numpy": np.__version__, "python": sys.version.split()[0], "cases": cases}, sys.stdout, indent=1)
print()
