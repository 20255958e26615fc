#!/usr/bin/env python3
"""The pandas counterpart of the whole `touchstone index` process (run.sh's `process` group).

  index_process.py DIR OUT.csv

Reads DIR/units.csv and DIR/indicators.csv (the benchmark project `touchstone-bench` writes) with pandas,
makes the checks Touchstone makes (every unit in the unit table, one row per unit-year), computes the same
index as `index_bench.py` (min-max over the panel, weighted means with weights renormalised over the children
present, min_coverage 0.5, competition ranks per year) and writes every unit-year's index, rank and dimension
scores to OUT.csv, as `touchstone index DIR --all-years --format csv --output OUT.csv` does. run.sh times the
whole process (interpreter start and imports included) with /usr/bin/time, like the Swift command's.
"""
import os
import sys

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from index_bench import DIMENSIONS, read_and_compute  # noqa: E402


def main():
    folder, out = sys.argv[1], sys.argv[2]
    data, (dimensions, index, ranks) = read_and_compute(folder)
    table = pd.DataFrame({"unit": data["unit"], "year": data["year"], "index": index,
                          "rank": pd.array(np.where(np.isnan(ranks), pd.NA, ranks), dtype="Int64")})
    for d in range(DIMENSIONS):
        table[f"d{d + 1}"] = dimensions[:, d]
    tmp = out + ".tmp"
    table.to_csv(tmp, index=False, float_format="%.6f")
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
