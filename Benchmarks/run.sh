#!/usr/bin/env bash
# Builds the Swift benchmark (release), checks that Swift and numpy compute the same results on small shared
# CSVs, then times both on the full inputs and prints a Markdown table (ratio = numpy time / Swift time; > 1
# means Swift is faster). Usage: bash Benchmarks/run.sh
#
# Environment: CASES (groups to run, any of "index trend flags methods"; default all four), UNITS (100000),
# YEARS (10), RUNS (5), WARMUP (1), E2E_RUNS (RUNS), SERIES (1000000), TREND_YEARS (20),
# TREND_RUNS (3), TREND_1THREAD=0 (skip the one-thread Swift trend run), FLAG_UNITS (100000),
# FLAG_GROUPS (200), FLAG_RUNS (3), METHOD_UNITS (100000), METHOD_RUNS (RUNS), PYTHON (python3),
# OUT (a file to which the raw JSON lines are copied), SKIP_BUILD=1 (time the existing release build),
# PROCESS=0 (skip the whole-process comparison of `touchstone index` and numpy/index_process.py in the index
# group), PROCESS_RUNS (3), TOUCHSTONE (the CLI binary to time; default: the release build of the package above).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
UNITS="${UNITS:-100000}"
YEARS="${YEARS:-10}"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
E2E_RUNS="${E2E_RUNS:-$RUNS}"
PROCESS_RUNS="${PROCESS_RUNS:-3}"
CASES="${CASES:-index trend flags methods}"
SERIES="${SERIES:-1000000}"
TREND_YEARS="${TREND_YEARS:-20}"
TREND_RUNS="${TREND_RUNS:-3}"
TREND_1THREAD="${TREND_1THREAD:-1}"
FLAG_UNITS="${FLAG_UNITS:-100000}"
FLAG_GROUPS="${FLAG_GROUPS:-200}"
FLAG_RUNS="${FLAG_RUNS:-3}"
METHOD_UNITS="${METHOD_UNITS:-100000}"
METHOD_RUNS="${METHOD_RUNS:-$RUNS}"
PYTHON="${PYTHON:-python3}"
want() { [[ " $CASES " == *" $1 "* ]]; }
for c in $CASES; do
    case "$c" in index|trend|flags|methods) ;; *) echo "run.sh: unknown group '$c' in CASES (use index, trend, flags, methods)" >&2; exit 2 ;; esac
done

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
numpy_trend() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" numpy/trend_bench.py "$@"; }
numpy_methods() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" numpy/methods_bench.py "$@"; }

if want index; then
    echo "== verify index: Swift and numpy on the same small CSV (must agree to 1e-9, same ranks)" >&2
    "$BIN" --verify "$WORK/verify" >&2
    numpy_bench --verify "$WORK/verify" >&2
fi
if want trend; then
    echo "== verify trend: Swift (1 thread = all threads, bit for bit) and numpy on the same 2,000 series (1e-9)" >&2
    "$BIN" --case trend_stats --verify "$WORK/verify-trend" --trend-years "$TREND_YEARS" >&2
    numpy_trend --verify "$WORK/verify-trend" >&2
fi
if want methods; then
    echo "== verify methods: treatment, scores and entropy/CRITIC/PCA weights, Swift and numpy on the same 2,000 units (1e-9)" >&2
    "$BIN" --case pipeline_full --verify "$WORK/verify-methods" >&2
    numpy_methods --verify "$WORK/verify-methods" >&2
fi

# Other processes on the machine (builds, tests) distort the timings: record the load average around the runs.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS="$WORK/results.jsonl"
touch "$RESULTS"
common=(--units "$UNITS" --years "$YEARS" --warmup "$WARMUP")
if want index; then
    echo "== index, Swift (each case in its own process, so peak RSS is per case)" >&2
    "$BIN" --case index_compute "${common[@]}" --runs "$RUNS" | tee -a "$RESULTS" >&2
    "$BIN" --case index_end_to_end "${common[@]}" --runs "$E2E_RUNS" --workdir "$WORK/data" | tee -a "$RESULTS" >&2
    echo "== index, numpy (the end-to-end case reads the CSV files the Swift run wrote)" >&2
    numpy_bench --case index_compute "${common[@]}" --runs "$RUNS" | tee -a "$RESULTS" >&2
    numpy_bench --case index_end_to_end "${common[@]}" --runs "$E2E_RUNS" --workdir "$WORK/data" | tee -a "$RESULTS" >&2
    if [[ "${PROCESS:-1}" == 1 ]]; then
        # The whole `touchstone index` process against a pandas script doing the same (read, check, compute, write
        # CSV), both timed by /usr/bin/time on the files index_end_to_end wrote.
        if [[ -z "${TOUCHSTONE:-}" ]]; then
            if [[ "${SKIP_BUILD:-0}" != 1 ]]; then (cd .. && swift build -c release --product touchstone >&2); fi
            TOUCHSTONE="$(cd .. && swift build -c release --show-bin-path)/touchstone"
        fi
        echo "== whole process: touchstone index --all-years --format csv, then numpy/index_process.py (pandas), $PROCESS_RUNS runs each" >&2
        : > "$WORK/process.txt"
        for _ in $(seq 1 "$PROCESS_RUNS"); do
            /usr/bin/time -a -o "$WORK/process.txt" -f "touchstone_index %e %M" "$TOUCHSTONE" index "$WORK/data" --all-years \
                --format csv --output "$WORK/swift_index_out.csv" --quiet
            /usr/bin/time -a -o "$WORK/process.txt" -f "pandas_index_process %e %M" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
                "$PYTHON" numpy/index_process.py "$WORK/data" "$WORK/pandas_index_out.csv"
        done
        PROCESS_TABLE="$("$PYTHON" -c '
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, seconds, kb = line.split()
    rows.setdefault(name, []).append((float(seconds), int(kb)))
s, p = (statistics.median(t for t, _ in rows[n]) for n in ("touchstone_index", "pandas_index_process"))
print("| process | median (min) s | peak RSS MB |\n|---|---|---|")
for n in ("touchstone_index", "pandas_index_process"):
    print(f"| `{n}` | {statistics.median(t for t, _ in rows[n]):.2f} ({min(t for t, _ in rows[n]):.2f}) | {max(k for _, k in rows[n]) / 1024:.0f} |")
print(f"\nratio pandas/touchstone (whole process, medians): {p / s:.2f}")
' "$WORK/process.txt")"
    fi
fi
if want trend; then
    trend=(--series "$SERIES" --warmup "$WARMUP" --runs "$TREND_RUNS" --workdir "$WORK/trend")
    echo "== trend, Swift (both cores; it also writes the series for numpy, untimed)" >&2
    "$BIN" --case trend_stats --trend-years "$TREND_YEARS" "${trend[@]}" | tee -a "$RESULTS" >&2
    if [[ "$TREND_1THREAD" == 1 ]]; then
        "$BIN" --case trend_stats_1thread --trend-years "$TREND_YEARS" "${trend[@]}" | tee -a "$RESULTS" >&2
    fi
    echo "== trend, numpy (the very same series, read from the Swift run's float64 file)" >&2
    numpy_trend --years "$TREND_YEARS" "${trend[@]}" | tee -a "$RESULTS" >&2
fi
if want flags; then
    echo "== flags, Swift only (no numpy counterpart exists)" >&2
    "$BIN" --case flags --flag-units "$FLAG_UNITS" --flag-groups "$FLAG_GROUPS" --warmup "$WARMUP" --runs "$FLAG_RUNS" \
        --workdir "$WORK/flags" | tee -a "$RESULTS" >&2
fi

if want methods; then
    methods=(--units "$METHOD_UNITS" --warmup "$WARMUP" --runs "$METHOD_RUNS" --workdir "$WORK/methods")
    echo "== methods, Swift (each case in its own process; it writes its inputs for numpy as float64, untimed)" >&2
    for c in weights_entropy weights_critic weights_pca pipeline_full; do
        "$BIN" --case "$c" "${methods[@]}" | tee -a "$RESULTS" >&2
    done
    echo "== methods, numpy/scipy (the very same numbers), its OpenBLAS on 2 threads, then limited to 1" >&2
    for c in weights_entropy weights_critic weights_pca pipeline_full; do
        numpy_methods --case "$c" "${methods[@]}" | tee -a "$RESULTS" >&2
    done
    for c in weights_entropy weights_critic weights_pca pipeline_full; do
        numpy_methods --case "$c" "${methods[@]}" --threads 1 | tee -a "$RESULTS" >&2
    done
fi

LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${OUT:-}" ]]; then cp "$RESULTS" "$OUT"; fi
echo >&2
"$PYTHON" table.py "$RESULTS"
if [[ -n "${PROCESS_TABLE:-}" ]]; then echo; echo "$PROCESS_TABLE"; fi
echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER (2 cores; above ~0.3 before the runs means something else was running)."

# ---- Uncertainty (issue 8), appended: runs unless UNCERTAINTY=0, after the tables above, with its own table.
# Settings: UA_RUNS (3 timed runs per case), WEIGHT_UNITS (100000), WEIGHT_REPS (1000), ASEM_REFERENCE (the
# COINr reference folder; default ../../shared/data/coinr_asem/reference beside the repository).
if [[ "${UNCERTAINTY:-1}" == 1 ]]; then
    UA_RUNS="${UA_RUNS:-3}"
    WEIGHT_UNITS="${WEIGHT_UNITS:-100000}"
    numpy_weights() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" numpy/weights_bench.py "$@"; }
    UA_RESULTS="$WORK/uncertainty.jsonl"
    : > "$UA_RESULTS"
    UA_LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "== verify weights_1000: Swift and numpy on 1,000 units × 50 weight sets (same rank statistics, index to 1e-9)" >&2
    "$BIN" --case weights_1000 --verify "$WORK/verify-weights" >&2
    numpy_weights --verify "$WORK/verify-weights" >&2
    if [[ -f "${ASEM_REFERENCE:-$HERE/../../shared/data/coinr_asem/reference}/g_UA_params.csv" ]]; then
        echo "== ASEM uncertainty and sensitivity (COINr's runs of g_sensitivity.R), Swift; COINr's times from timings.csv" >&2
        for c in asem_load asem_ua asem_ua_pipeline asem_sa; do
            "$BIN" --case "$c" --warmup "$WARMUP" --runs "$UA_RUNS" | tee -a "$UA_RESULTS" >&2
        done
    else
        echo "== ASEM uncertainty skipped: no COINr reference data (set ASEM_REFERENCE)" >&2
    fi
    echo "== weights_1000, Swift (it writes the data and the weight sets for numpy, untimed)" >&2
    "$BIN" --case weights_1000 --units "$WEIGHT_UNITS" --warmup "$WARMUP" --runs "$UA_RUNS" --workdir "$WORK/weights" \
        | tee -a "$UA_RESULTS" >&2
    echo "== weights_1000, numpy (the very same data and weight sets; its rank statistics are compared with Swift's)" >&2
    numpy_weights --case weights_1000 --warmup "$WARMUP" --runs "$UA_RUNS" --workdir "$WORK/weights" | tee -a "$UA_RESULTS" >&2
    cat "$UA_RESULTS" >> "$RESULTS"
    if [[ -n "${OUT:-}" ]]; then cp "$RESULTS" "$OUT"; fi
    echo
    numpy_weights --table "$UA_RESULTS"
    echo "Load average (1, 5, 15 min) before the uncertainty cases: $UA_LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
fi
