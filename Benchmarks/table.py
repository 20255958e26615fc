#!/usr/bin/env python3
"""Prints Markdown tables from the JSON lines of touchstone-bench and the numpy scripts (run.sh uses it)."""
import json
import sys

INDEX_CASES = ["index_compute", "index_end_to_end"]
TREND_CASES = ["trend_stats", "trend_stats_1thread"]
FLAG_CASES = ["flags_pipeline", "flags", "flags_no_partners"]
METHOD_CASES = ["weights_entropy", "weights_critic", "weights_pca", "pipeline_full"]


def t(r):
    return f"{r['median_s']:.3f} ({r['min_s']:.3f})" if r else "–"


def m(r):
    return f"{r['peak_rss_mb']:.0f}" if r and r.get("peak_rss_mb") else "–"


def main(path):
    rows = {}
    profile = []
    versions = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line.startswith("{"):
                continue
            r = json.loads(line)
            if "profile" in r:
                profile.append(r)
                continue
            if "case" not in r or "impl" not in r:
                continue
            rows[(r["case"], r["impl"])] = r
            if r["impl"] == "numpy":
                versions = {k: r.get(k) for k in ("python", "numpy", "pandas", "scipy", "blas")}

    if any(c in INDEX_CASES for c, _ in rows):
        print("| case | panel | Swift median (min) s | numpy median (min) s | ratio numpy/Swift | Swift peak RSS MB | numpy peak RSS MB |")
        print("|---|---|---|---|---|---|---|")
        for c in INDEX_CASES:
            s, n = rows.get((c, "swift")), rows.get((c, "numpy"))
            ref = s or n
            if not ref:
                continue
            panel = f"{ref['units']:,} × {ref['indicators']} × {ref['years']}"
            ratio = f"{n['median_s'] / s['median_s']:.2f}" if s and n else "–"
            print(f"| `{c}` | {panel} | {t(s)} | {t(n)} | {ratio} | {m(s)} | {m(n)} |")
        print()

    if any(c in TREND_CASES for c, _ in rows):
        n = rows.get(("trend_stats", "numpy"))
        print("| case | series × years | Swift threads | Swift median (min) s | numpy median (min) s | ratio numpy/Swift | Swift peak RSS MB | numpy peak RSS MB |")
        print("|---|---|---|---|---|---|---|---|")
        for c in TREND_CASES:
            s = rows.get((c, "swift"))
            ref = s or n
            if not ref:
                continue
            ratio = f"{n['median_s'] / s['median_s']:.2f}" if s and n else "–"
            threads = s.get("threads", "–") if s else "–"
            print(f"| `{c}` | {ref['series']:,} × {ref['years']} | {threads} | {t(s)} | {t(n)} | {ratio} | {m(s)} | {m(n)} |")
        print()

    if any(c in FLAG_CASES for c, _ in rows):
        print("| case | units × groups × years × indicators | Swift median (min) s | engine init / assess (median) s | peak RSS MB | flagged units |")
        print("|---|---|---|---|---|---|")
        for c in FLAG_CASES:
            s = rows.get((c, "swift"))
            if not s:
                continue
            split = f"{s['init_median_s']:.2f} / {s['assess_median_s']:.2f}" if "init_median_s" in s else "–"
            flagged = f"{s['flagged']:,}" if "flagged" in s else "–"
            print(f"| `{c}` | {s['units']:,} × {s['groups']} × {s['years']} × {s['indicators']} | {t(s)} | {split} | {m(s)} | {flagged} |")
        f = rows.get(("flags", "swift"))
        if f:
            keys = [k for k in f if k.startswith(("flag_", "severity_", "planted_", "paths", "path_", "partners", "exemplars",
                                                  "insufficient", "decompositions", "max_decomposition", "verify_paths", "assessed"))]
            print()
            print("flags detail: " + ", ".join(f"{k}={f[k]}" for k in keys))
        print()

    if any(c in METHOD_CASES for c, _ in rows):
        print("| case | units × indicators (1 year) | Swift median (min) s | numpy median (min) s | ratio numpy/Swift | numpy, 1 BLAS thread, median (min) s | ratio | Swift peak RSS MB | numpy peak RSS MB |")
        print("|---|---|---|---|---|---|---|---|---|")
        for c in METHOD_CASES:
            s, n, n1 = rows.get((c, "swift")), rows.get((c, "numpy")), rows.get((c, "numpy_1thread"))
            ref = s or n or n1
            if not ref:
                continue
            ratio = f"{n['median_s'] / s['median_s']:.2f}" if s and n else "–"
            ratio1 = f"{n1['median_s'] / s['median_s']:.2f}" if s and n1 else "–"
            print(f"| `{c}` | {ref['units']:,} × {ref['indicators']} | {t(s)} | {t(n)} | {ratio} | {t(n1)} | {ratio1} | {m(s)} | {m(n)} |")
        print()

    if profile:
        print("| stage | best s |")
        print("|---|---|")
        for p in profile:
            print(f"| {p['profile']} | {p['min_s']:.3f} |")
        print()

    if versions:
        print("numpy side: " + ", ".join(f"{k} {v}" for k, v in versions.items() if v))
    swift = next((r for (c, i), r in rows.items() if i == "swift"), None)
    if swift is not None:
        print(f"Swift side: OPENBLAS_CORETYPE={swift.get('openblas_coretype') or '(unset)'}; runs per case: {swift['runs']} after warm-up")


if __name__ == "__main__":
    main(sys.argv[1])
