#!/usr/bin/env python3
"""Prints a Markdown table from the JSON lines of touchstone-bench and numpy/index_bench.py (run.sh uses it)."""
import json
import sys


def main(path):
    rows = {}
    versions = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line.startswith("{"):
                continue
            r = json.loads(line)
            rows[(r["case"], r["impl"])] = r
            if r["impl"] == "numpy":
                versions = {k: r.get(k) for k in ("python", "numpy", "pandas", "scipy", "blas")}
    cases = sorted({c for c, _ in rows}, key=lambda c: ["index_compute", "index_end_to_end"].index(c) if c in ("index_compute", "index_end_to_end") else 9)
    print("| case | panel | Swift median (min) s | numpy median (min) s | ratio numpy/Swift | Swift peak RSS MB | numpy peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for c in cases:
        s, n = rows.get((c, "swift")), rows.get((c, "numpy"))
        ref = s or n
        panel = f"{ref['units']:,} × {ref['indicators']} × {ref['years']}"
        def t(r):
            return f"{r['median_s']:.3f} ({r['min_s']:.3f})" if r else "–"
        def m(r):
            return f"{r['peak_rss_mb']:.0f}" if r and r.get("peak_rss_mb") else "–"
        ratio = f"{n['median_s'] / s['median_s']:.2f}" if s and n else "–"
        print(f"| `{c}` | {panel} | {t(s)} | {t(n)} | {ratio} | {m(s)} | {m(n)} |")
    if versions:
        print()
        print("numpy side: " + ", ".join(f"{k} {v}" for k, v in versions.items() if v))
    swift = next((r for (c, i), r in rows.items() if i == "swift"), None)
    if swift is not None:
        print(f"Swift side: OPENBLAS_CORETYPE={swift.get('openblas_coretype') or '(unset)'}; runs per case: {swift['runs']} after warm-up")


if __name__ == "__main__":
    main(sys.argv[1])
