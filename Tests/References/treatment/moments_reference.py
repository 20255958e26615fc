"""Independent reference for Touchstone's sample skewness and excess kurtosis (TouchstoneStats `Moments`).

scipy.stats.skew(x, bias=False) and scipy.stats.kurtosis(x, bias=False) (Fisher, excess) are the adjusted
Fisher–Pearson G1 and G2 — e1071's type 2, which COINr's skew()/kurt() copy.
Cases: the 49 ASEM indicators of COINr's example (present values, from ../shared/data when it exists),
seeded random series (normal, lognormal, exponential; n = 4…200), ties, small n, missing values (NaN,
skipped), a constant series and n < 3 / n < 4 (no value: written as empty).
Output: moments_reference.csv — case, values (';'-joined, shortest round-trip repr, nan for missing),
skewness, kurtosis. Versions: moments_reference_versions.txt.
Run: python3 Tests/References/treatment/moments_reference.py
"""
import csv
import os
import platform

import numpy as np
import scipy
from scipy.stats import kurtosis, skew

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.abspath(os.path.join(here, "..", "..", "..", "..", "shared", "data", "coinr_asem", "reference", "asem_raw.csv"))

cases = []
if os.path.exists(shared):
    import pandas as pd
    raw = pd.read_csv(shared)
    for col in raw.columns[5:]:
        cases.append((f"asem_{col}", raw[col].to_numpy(dtype=float)))
rng = np.random.default_rng(20241129)
for n in [4, 5, 7, 10, 30, 200]:
    cases.append((f"normal_{n}", rng.normal(10, 3, n)))
    cases.append((f"lognormal_{n}", rng.lognormal(0, 1, n)))
    cases.append((f"exponential_{n}", -rng.exponential(5, n)))
cases += [
    ("ties", np.array([1, 1, 1, 2, 2, 3, 10, 10], dtype=float)),
    ("outlier_12", np.array(list(range(1, 11)) + [30, 100], dtype=float)),
    ("with_missing", np.array([3, np.nan, 5, 8, np.nan, 13, 21, 34], dtype=float)),
    ("small_4", np.array([1, 2, 3, 10], dtype=float)),
    ("small_3", np.array([1, 2, 10], dtype=float)),
    ("small_2", np.array([1, 2], dtype=float)),
    ("constant", np.array([7, 7, 7, 7, 7], dtype=float)),
    ("large_offset", 1e8 + np.array([1, 2, 3, 5, 8, 13, 21], dtype=float)),
]

def value(v, ok):
    return repr(float(v)) if ok else ""

with open(os.path.join(here, "moments_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case", "values", "skewness", "kurtosis"])
    for name, x in cases:
        p = x[~np.isnan(x)]
        constant = len(p) > 0 and np.all(p == p[0])
        s = skew(p, bias=False) if len(p) >= 3 and not constant else float("nan")
        k = kurtosis(p, bias=False, fisher=True) if len(p) >= 4 and not constant else float("nan")
        w.writerow([name, ";".join(repr(float(v)) for v in x), value(s, len(p) >= 3 and not constant), value(k, len(p) >= 4 and not constant)])

with open(os.path.join(here, "moments_reference_versions.txt"), "w") as f:
    f.write(f"python {platform.python_version()}\nnumpy {np.__version__}\nscipy {scipy.__version__}\n")
    f.write("functions scipy.stats.skew(bias=False), scipy.stats.kurtosis(bias=False, fisher=True)\n")
print(f"{len(cases)} cases")
