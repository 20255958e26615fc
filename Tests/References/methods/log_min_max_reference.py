"""Independent reference values for Touchstone's `log-min-max` normalisation (min-max on ln(x + c)).

Coded from the formula with numpy alone (np.log, np.nanmin, np.nanmax); nothing here calls Touchstone.

    score = l + (u - l) * (ln(x + c) - min) / (max - min)      (lower is better: (max - ln(x + c)) / (max - min))

min and max over the scope group: all values (panel) or each year (year). Missing values (nan) stay missing.

    python3 Tests/References/methods/log_min_max_reference.py     # from the package root; rewrites the CSV

Output log_min_max.csv: case, shift, direction, scope, low, high, years, values, expected (lists joined by ';',
numbers with repr(), i.e. the shortest text that reads back as the same double; 'nan' = missing).
"""
import csv, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261207)

def score(values, years, shift, direction, scope, low, high):
    x = np.asarray(values, dtype=float)
    y = np.log(x + shift)
    out = np.full_like(y, np.nan)
    groups = [np.arange(len(x))] if scope == "panel" else [np.flatnonzero(np.asarray(years) == t) for t in sorted(set(years))]
    for g in groups:
        lo, hi = np.nanmin(y[g]), np.nanmax(y[g])
        s = (hi - y[g]) / (hi - lo) if direction == "lower" else (y[g] - lo) / (hi - lo)
        out[g] = low + (high - low) * s
    return out

cases = []
income = np.round(np.exp(rng.normal(9, 1.2, 12)), 2)            # skewed, positive: incomes
counts = rng.poisson(3, 12).astype(float); counts[[2, 7]] = [0, 40]  # zeros and a long tail
panel = np.round(rng.lognormal(2, 0.8, 12), 3); panel[5] = np.nan   # two years, one missing
cases.append(("incomes", income, [2020] * 12, 1.0, "higher", "panel", 0.0, 100.0))
cases.append(("incomes_lower", income, [2020] * 12, 1.0, "lower", "panel", 0.0, 100.0))
cases.append(("counts_log1p", counts, [2020] * 12, 1.0, "higher", "panel", 0.0, 100.0))
cases.append(("counts_shift_half", counts, [2020] * 12, 0.5, "higher", "panel", 1.0, 100.0))
cases.append(("panel_missing", panel, [2020] * 6 + [2021] * 6, 1.0, "higher", "panel", 0.0, 100.0))
cases.append(("per_year", panel, [2020] * 6 + [2021] * 6, 1.0, "higher", "year", 0.0, 100.0))
cases.append(("shift_zero", income, [2020] * 12, 0.0, "higher", "panel", 0.0, 1.0))

fmt = lambda v: "nan" if np.isnan(v) else repr(float(v))
with open(os.path.join(HERE, "log_min_max.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["case", "shift", "direction", "scope", "low", "high", "years", "values", "expected"])
    for name, values, years, shift, direction, scope, low, high in cases:
        expected = score(values, years, shift, direction, scope, low, high)
        w.writerow([name, repr(shift), direction, scope, repr(low), repr(high), ";".join(map(str, years)),
                    ";".join(fmt(v) for v in values), ";".join(fmt(v) for v in expected)])

with open(os.path.join(HERE, "log_min_max_versions.txt"), "w") as f:
    f.write(f"python {sys.version.split()[0]}\nnumpy {np.__version__}\n")
