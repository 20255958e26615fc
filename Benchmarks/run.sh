#!/usr/bin/env bash
# Builds the Swift benchmark (release), checks that Swift and numpy compute the same index on a small shared
# CSV, then times both on the full panel and prints a Markdown table (ratio = numpy time / Swift time; > 1
# means Swift is faster). Usage: bash Benchmarks/run.sh
#
# Environment: UNITS (100000), YEARS (10), RUNS (5), WARMUP (1), E2E_RUNS (RUNS), PYTHON (python3),
# OUT (a file to which the raw JSON lines are copied), SKIP_BUILD=1 (time the existing release build).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
UNITS="${UNITS:-100000}"
YEARS="${YEARS:-10}"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
E2E_RUNS="${E2E_RUNS:-$RUNS}"
PYTHON="${PYTHON:-python3}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/touchstone-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== Python packages" >&2
for module in numpy scipy pandas threadpoolctl; do
    if ! "$PYTHON" -c "import $module" 2>/dev/null; then
        echo "installing $module" >&2
        "$PYTHON" -m pip install --quiet "$module" >&2
    fi
done

if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
    echo "== SKIP_BUILD=1: using the existing release build" >&2
else
    echo "== swift build -c release" >&2
    swift build -c release >&2
fi
BIN="$(swift build -c release --show-bin-path)/touchstone-bench"

# numpy's bundled OpenBLAS is current: OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE (set on some machines for older
# OpenBLAS builds) only slow it down, so they are unset for the numpy commands alone. The Swift side keeps
# the environment as it is (it links the system OpenBLAS).
numpy_bench() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" numpy/index_bench.py "$@"; }

echo "== verify: Swift and numpy on the same small CSV (must agree to 1e-9, same ranks)" >&2
"$BIN" --verify "$WORK/verify" >&2
numpy_bench --verify "$WORK/verify" >&2

# Other processes on the machine (builds, tests) distort the timings: record the load average around the runs.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS="$WORK/results.jsonl"
common=(--units "$UNITS" --years "$YEARS" --warmup "$WARMUP")
echo "== Swift (each case in its own process, so peak RSS is per case)" >&2
"$BIN" --case index_compute "${common[@]}" --runs "$RUNS" | tee -a "$RESULTS" >&2
"$BIN" --case index_end_to_end "${common[@]}" --runs "$E2E_RUNS" --workdir "$WORK/data" | tee -a "$RESULTS" >&2
echo "== numpy (the end-to-end case reads the CSV files the Swift run wrote)" >&2
numpy_bench --case index_compute "${common[@]}" --runs "$RUNS" | tee -a "$RESULTS" >&2
numpy_bench --case index_end_to_end "${common[@]}" --runs "$E2E_RUNS" --workdir "$WORK/data" | tee -a "$RESULTS" >&2

LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${OUT:-}" ]]; then cp "$RESULTS" "$OUT"; fi
echo >&2
"$PYTHON" table.py "$RESULTS"
echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER (2 cores; above ~0.3 before the runs means something else was running)."
