"""Independent reference for Touchstone's gap filling, Box–Cox, imputation and the rank, reference and band
normalisations (numpy / scipy / pandas; versions in treatment_reference_versions.txt).

Outputs (all numbers as shortest round-trip repr; nan = missing; lists ';'-joined):
- fill_reference.csv: case, times, values, interpolate, locf — linear interpolation on real times inside
  the observed range (pandas Series.interpolate(method="index", limit_area="inside")) and last observation
  carried forward (pandas ffill), per series.
- boxcox_reference.csv: lambda, values, boxcox — scipy.special.boxcox.
- impute_reference.csv: method, unit, group, year, value, expected — a panel of 8 units in 2 groups over
  2018–2022 (rows absent for some unit-years, cells missing) imputed by: mean, median (per year),
  group-mean, group-median (per group and year), mean-all (over all rows), locf, interpolate (per unit, on
  real years), with pandas groupby/transform.
- normalisation_reference.csv: case, method, direction, scope, years, values, bands, band_scores, expected —
  rank = scipy.stats.rankdata(direction·x, method="min"); borda = rank − 1; percentile-rank =
  100·(rank − 1)/(n − 1); bands = numpy.searchsorted(thresholds, x, side="right") scaled to 0–100 (or the
  band score); with scope "year" each year is ranked alone.
- ratio_reference.csv: case, reference, direction, units, years, values, expected — 100·x/x_ref (lower is
  better: 100·x_ref/x), the reference unit's value in the same year or the unit's own value in the
  reference year.
Run: python3 Tests/References/treatment/treatment_reference.py
"""
import csv
import os
import platform

import numpy as np
import pandas as pd
import scipy
from scipy.special import boxcox
from scipy.stats import rankdata

here = os.path.dirname(os.path.abspath(__file__))
r = lambda v: repr(float(v))
joined = lambda xs: ";".join(r(v) for v in xs)

# ---- gap filling on real times
fill_cases = [
    ("gap_in_real_time", [2019, 2020, 2022, 2023], [10, np.nan, np.nan, 40]),
    ("leading_trailing", [2015, 2016, 2017, 2018, 2019, 2020], [np.nan, 3, np.nan, 9, np.nan, np.nan]),
    ("unsorted", [2021, 2018, 2020, 2019], [8, 2, np.nan, np.nan]),
    ("single", [2018, 2019, 2020], [np.nan, 5, np.nan]),
    ("none_missing", [2018, 2019], [1, 2]),
    ("all_missing", [2018, 2019, 2020], [np.nan, np.nan, np.nan]),
    ("uneven", [2000, 2001, 2005, 2006, 2010], [1.5, np.nan, 7.25, np.nan, -3]),
]
with open(os.path.join(here, "fill_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case", "times", "values", "interpolate", "locf"])
    for name, t, v in fill_cases:
        s = pd.Series(np.array(v, dtype=float), index=np.array(t, dtype=float))
        o = s.sort_index()
        interp = o.interpolate(method="index", limit_area="inside").reindex(s.index) if o.notna().sum() >= 2 else s
        locf = o.ffill().reindex(s.index)
        w.writerow([name, joined(t), joined(v), joined(interp.to_numpy()), joined(locf.to_numpy())])

# ---- Box–Cox
with open(os.path.join(here, "boxcox_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["lambda", "values", "boxcox"])
    x = np.array([0.001, 0.5, 1, 2.5, 10, 123.456, 1e6])
    for lam in [-2, -0.5, 0, 0.25, 0.5, 1, 2, 3]:
        w.writerow([r(lam), joined(x), joined(boxcox(x, lam))])

# ---- imputation on a panel
rng = np.random.default_rng(7)
rows = []
for u in range(8):
    for year in range(2018, 2023):
        if (u, year) in [(2, 2020), (5, 2018)]:
            continue  # absent unit-years: the real-time gap
        v = float(np.round(rng.normal(50 + 5 * u, 10), 3))
        rows.append(dict(unit=f"u{u}", group="north" if u < 4 else "south", year=year, value=v))
panel = pd.DataFrame(rows)
for (u, year) in [(0, 2019), (0, 2020), (1, 2018), (3, 2022), (4, 2019), (6, 2021), (7, 2019), (7, 2020), (2, 2021)]:
    panel.loc[(panel.unit == f"u{u}") & (panel.year == year), "value"] = np.nan
# every south value of 2020 missing: group imputation cannot fill it
panel.loc[(panel.group == "south") & (panel.year == 2020), "value"] = np.nan
x = panel["value"]
expected = {
    "mean": x.fillna(panel.groupby("year")["value"].transform("mean")),
    "median": x.fillna(panel.groupby("year")["value"].transform("median")),
    "group-mean": x.fillna(panel.groupby(["year", "group"])["value"].transform("mean")),
    "group-median": x.fillna(panel.groupby(["year", "group"])["value"].transform("median")),
    "mean-all": x.fillna(x.mean()),
}
by_unit = panel.sort_values(["unit", "year"]).groupby("unit")
expected["locf"] = by_unit["value"].transform(lambda s: s.ffill()).reindex(panel.index)
def interp(g):
    s = pd.Series(g["value"].to_numpy(), index=g["year"].to_numpy(dtype=float))
    return pd.Series(s.interpolate(method="index", limit_area="inside").to_numpy(), index=g.index)
expected["interpolate"] = pd.concat([interp(g) for _, g in panel.sort_values(["unit", "year"]).groupby("unit")]).reindex(panel.index)
with open(os.path.join(here, "impute_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["method", "unit", "group", "year", "value", "expected"])
    for method, e in expected.items():
        for i, row in panel.iterrows():
            w.writerow([method, row.unit, row.group, row.year, r(row.value), r(e[i])])

# ---- rank, percentile rank, Borda, bands
def ranks(x, direction):
    out = np.full(len(x), np.nan)
    ok = ~np.isnan(x)
    out[ok] = rankdata(direction * x[ok], method="min")
    return out

norm_cases = [
    ("ties", [2, 6, 6, 10, np.nan, 1]),
    ("distinct", [3.5, -1, 7, 2, 0, 11, 4.25]),
    ("constant", [5, 5, 5, 5]),
    ("single", [np.nan, 4, np.nan]),
    ("many_ties", [1, 1, 2, 2, 2, 3, 3, 9, 9, 9]),
]
with open(os.path.join(here, "normalisation_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case", "method", "direction", "scope", "years", "values", "bands", "band_scores", "expected"])
    for name, v in norm_cases:
        x = np.array(v, dtype=float)
        years = [2020] * len(x)
        for d, dname in [(1, "higher"), (-1, "lower")]:
            rk = ranks(x, d)
            n = np.sum(~np.isnan(x))
            for method, e in [("rank", rk), ("borda", rk - 1),
                              ("percentile-rank", 100 * (rk - 1) / (n - 1) if n > 1 else np.where(np.isnan(x), np.nan, 50.0))]:
                w.writerow([name, method, dname, "panel", joined(years), joined(x), "", "", joined(e)])
    # per-year ranking on a two-year panel
    x = np.array([4, 8, 8, 1, 30, 10, 20, 20], dtype=float)
    years = np.array([2020, 2020, 2020, 2020, 2021, 2021, 2021, 2021])
    for scope in ["panel", "year"]:
        e = np.full(len(x), np.nan)
        groups = [np.arange(len(x))] if scope == "panel" else [np.where(years == y)[0] for y in [2020, 2021]]
        for g in groups:
            e[g] = ranks(x[g], 1)
        w.writerow(["two_years", "rank", "higher", scope, joined(years), joined(x), "", "", joined(e)])
    # bands
    x = np.array([12, 59.9, 60, 74, 75, 90, 99, np.nan, -5], dtype=float)
    t = np.array([60, 75, 90], dtype=float)
    b = np.where(np.isnan(x), np.nan, np.searchsorted(t, np.nan_to_num(x), side="right"))
    k = len(t)
    w.writerow(["bands", "bands", "higher", "panel", joined([2020] * len(x)), joined(x), joined(t), "", joined(100 * b / k)])
    w.writerow(["bands", "bands", "lower", "panel", joined([2020] * len(x)), joined(x), joined(t), "", joined(100 * (k - b) / k)])
    scores = np.array([0, 40, 70, 100], dtype=float)
    e = np.array([np.nan if np.isnan(bi) else scores[int(bi)] for bi in b])
    w.writerow(["band_scores", "bands", "higher", "panel", joined([2020] * len(x)), joined(x), joined(t), joined(scores), joined(e)])

# ---- ratio to a reference
units = ["a", "b", "c"] * 3
years = [2019] * 3 + [2020] * 3 + [2021] * 3
values = [10, 20, 5, 12, np.nan, 6, 8, 16, 4]
df = pd.DataFrame(dict(unit=units, year=years, value=np.array(values, dtype=float)))
with open(os.path.join(here, "ratio_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case", "reference", "direction", "units", "years", "values", "expected"])
    ref_unit = df[df.unit == "b"].set_index("year")["value"]
    ref_year = df[df.year == 2019].set_index("unit")["value"]
    xu = df.year.map(ref_unit)
    xy = df.unit.map(ref_year)
    for d in ["higher", "lower"]:
        eu = 100 * df.value / xu if d == "higher" else 100 * xu / df.value
        ey = 100 * df.value / xy if d == "higher" else 100 * xy / df.value
        w.writerow(["unit_b", "unit:b", d, ";".join(units), joined(years), joined(df.value), joined(eu)])
        w.writerow(["year_2019", "year:2019", d, ";".join(units), joined(years), joined(df.value), joined(ey)])

with open(os.path.join(here, "treatment_reference_versions.txt"), "w") as f:
    f.write(f"python {platform.python_version()}\nnumpy {np.__version__}\nscipy {scipy.__version__}\npandas {pd.__version__}\n")
    f.write("functions pandas Series.interpolate(method='index', limit_area='inside'), Series.ffill, groupby.transform; "
            "scipy.special.boxcox; scipy.stats.rankdata(method='min'); numpy.searchsorted(side='right')\n")
print("written")
