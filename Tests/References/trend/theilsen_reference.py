#!/usr/bin/env python3
"""Reference Theil-Sen fits from scipy.stats.theilslopes (default method="separate").

Writes theilsen_reference.csv beside this script, one row per (series, alpha):
    case, alpha, n, times, values, slope, intercept, low_slope, high_slope
`times` and `values` are the present points only (NaN dropped, real years kept), joined with ';' and
printed with repr() so they read back as the same doubles. The SciPy and NumPy versions are written to
theilsen_reference_versions.txt.

Series: the 6 series of shared/data/examples/trend_example.csv (U3 v1 has a missing year, U3 v2 is
constant), the first 100 non-empty unit x indicator series of the COINr ASEM panel
(shared/data/coinr_asem/reference/asem_panel_raw.csv, units sorted, indicators in file order), and
hand-made cases: ties, a gap, an outlier, n = 2 and n = 3 (incl. constant, where the interval index
(N -/+ C)/2 is exactly x.5 and Python rounds half to even), and seeded random integer series with ties.
The shared files are required (relative to the package root: ../shared/data); without them the script
stops rather than write a partial reference.

Run:  python3 Tests/References/trend/theilsen_reference.py
"""
import csv
import os

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))

series = []  # (case, times, values)


def add(case, times, values):
    t = np.asarray(times, dtype=float)
    v = np.asarray(values, dtype=float)
    keep = ~np.isnan(v)
    series.append((case, t[keep], v[keep]))


# 1. trend_example.csv: 3 units x 2 variables x 25 years.
if not os.path.exists(os.path.join(SHARED, "examples", "trend_example.csv")):
    raise SystemExit(f"{SHARED} is missing: the committed CSV was made with it; keep that CSV")
with open(os.path.join(SHARED, "examples", "trend_example.csv")) as f:
    rows = list(csv.DictReader(f))
for unit in sorted({r["unit"] for r in rows}):
    unit_rows = [r for r in rows if r["unit"] == unit]
    for var in ("v1", "v2"):
        add(f"trend_example/{unit}/{var}", [float(r["year"]) for r in unit_rows],
            [float(r[var]) if r[var] != "" else np.nan for r in unit_rows])

# 2. ASEM panel: the first 100 non-empty series.
with open(os.path.join(SHARED, "coinr_asem", "reference", "asem_panel_raw.csv")) as f:
    reader = csv.DictReader(f)
    fields = reader.fieldnames
    panel = list(reader)
indicators = fields[6:]
count = 0
for unit in sorted({r["uCode"] for r in panel}):
    unit_rows = sorted([r for r in panel if r["uCode"] == unit], key=lambda r: int(r["Year"]))
    for ind in indicators:
        values = [float(r[ind]) if r[ind] not in ("", "NA") else np.nan for r in unit_rows]
        if all(np.isnan(values)) or count >= 100:
            continue
        add(f"asem/{unit}/{ind}", [float(r["Year"]) for r in unit_rows], values)
        count += 1

# 3. Hand-made cases.
add("ties/steps", range(2001, 2008), [1, 2, 2, 3, 3, 3, 4])
add("ties/plateau", range(2010, 2016), [5, 5, 5, 6, 6, 5])
add("ties/all_equal_5", range(2010, 2015), [2.5] * 5)
add("ties/all_equal_4", range(2010, 2014), [7.0] * 4)
add("gap/one_missing", [2001, 2002, 2003, 2004, 2005, 2006], [1.0, 1.5, np.nan, 3.2, 3.1, 4.0])
add("gap/irregular", [2001, 2002, 2004, 2005, 2008], [10.0, 11.0, 14.5, 14.0, 20.0])
add("gap/with_ties", [2000, 2003, 2004, 2009], [1.0, 1.0, 2.0, 2.0])
add("outlier", range(1, 6), [1, 2, 3, 4, 100])
add("decreasing", range(2015, 2023), [9.1, 8.7, 8.8, 7.2, 6.9, 7.0, 5.5, 5.1])
add("n2/up", [2020, 2021], [3.0, 5.0])
add("n2/gap", [2018, 2022], [3.0, 1.0])
add("n3/up", [2020, 2021, 2022], [1.0, 4.0, 2.0])
add("n3/constant", [2020, 2021, 2022], [1.0, 1.0, 1.0])
add("n3/two_tied", [2019, 2020, 2022], [2.0, 2.0, 5.0])
rng = np.random.default_rng(20240601)
for k in range(12):
    n = 4 + k % 7
    years = np.arange(2010, 2010 + n)
    add(f"random/int_{k}", years, rng.integers(0, 4, size=n) + 0.5 * np.arange(n))
for k in range(8):
    n = 5 + k
    years = np.sort(rng.choice(np.arange(2000, 2000 + 2 * n), size=n, replace=False))
    add(f"random/real_{k}", years, np.round(rng.normal(0, 1, size=n) + 0.2 * (years - 2000), 3))

with open(os.path.join(HERE, "theilsen_reference.csv"), "w") as f:
    f.write("case,alpha,n,times,values,slope,intercept,low_slope,high_slope\n")
    for case, t, v in series:
        for alpha in (0.95, 0.90):
            res = stats.theilslopes(v, t, alpha=alpha)
            f.write(",".join([
                case, repr(alpha), str(len(v)),
                ";".join(repr(float(x)) for x in t), ";".join(repr(float(x)) for x in v),
                repr(float(res.slope)), repr(float(res.intercept)),
                repr(float(res.low_slope)), repr(float(res.high_slope)),
            ]) + "\n")

with open(os.path.join(HERE, "theilsen_reference_versions.txt"), "w") as f:
    f.write(f"scipy {scipy.__version__}\nnumpy {np.__version__}\n"
            "function scipy.stats.theilslopes(y, x, alpha) with default method='separate'\n")

print(f"wrote {2 * len(series)} rows from {len(series)} series")
