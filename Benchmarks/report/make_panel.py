"""A large panel for timing `touchstone report` (Benchmarks/README.md, "Report at scale").

Draws NoisePanelGenerator's model (Sources/TouchstoneSynthetic/NoisePanelGenerator.swift) with numpy's own
generator: same shape and distribution, not the same numbers. Writes units.csv, data.csv and touchstone.yaml
(the generator's project file) into the folder given.

    python3 Benchmarks/report/make_panel.py DIR [UNITS=10000] [YEARS=50] [GROUPS=100]
"""
import os
import sys

import numpy as np

out = sys.argv[1]
units = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
years = int(sys.argv[3]) if len(sys.argv) > 3 else 50
groups = int(sys.argv[4]) if len(sys.argv) > 4 else 100
rng = np.random.default_rng(20261207)
os.makedirs(out, exist_ok=True)

group = np.arange(units) % groups
level = rng.normal(0, 1, units) + rng.normal(0, 0.3, groups)[group]
members = rng.integers(10, 61, units)
profile = rng.normal(0, 0.5, (units, 4))
year_effect = rng.normal(0, 0.2, years)
first_year = 2024 - years + 1

with open(os.path.join(out, "units.csv"), "w") as f:
    f.write("unit,group,members\n")
    for i in range(units):
        f.write(f"u{i:05d},g{group[i]},{members[i]}\n")

with open(os.path.join(out, "data.csv"), "w") as f:
    f.write("unit,year,politics,foundation,service,discipline,violations\n")
    for t in range(years):
        latent = level + year_effect[t] + rng.normal(0, 0.35, units)
        values = 60 + 10 * (latent[:, None] + profile + rng.normal(0, 0.35, (units, 4)))
        violations = rng.poisson(members * 0.05)
        for i in range(units):
            v = values[i]
            f.write(f"u{i:05d},{first_year + t},{v[0]:.2f},{v[1]:.2f},{v[2]:.2f},{v[3]:.2f},{violations[i]}\n")

with open(os.path.join(out, "touchstone.yaml"), "w") as f:
    f.write("""title: Noise panel
data: {file: data.csv, unit_column: unit, year_column: year}
units: {file: units.csv, id_column: unit, group_columns: [group], size_column: members}
flags: {verify_paths: false, partners: 0}
framework:
  id: index
  children:
    - {id: d_politics, children: [{id: politics}]}
    - {id: d_foundation, children: [{id: foundation}]}
    - {id: d_service, children: [{id: service}]}
    - {id: d_discipline, children: [{id: discipline}, {id: violations, weight: 0, direction: lower, funnel: {model: poisson, denominator: size}}]}
""")
print(f"wrote {units} units x {years} years to {out}")
