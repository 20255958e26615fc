#!/usr/bin/env bash
# Installs what Touchstone needs on a fresh Debian machine with Swift. Does nothing when it is all there.
set -euo pipefail
# Build: OpenBLAS + LAPACKE and pkg-config; zlib for ZIPFoundation (the .xlsx reader and writer). Tests: rsvg-convert renders every chart; headless Chromium prints
# report.html and the briefs to PDF, with Noto fonts for Latin and Chinese text; poppler-utils (pdfinfo,
# pdftoppm) counts and renders the pages. Recommended packages are skipped (none is needed headless).
need=()
for pkg in libopenblas-dev liblapacke-dev pkg-config zlib1g-dev librsvg2-bin chromium fonts-noto-core fonts-noto-cjk poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The notebook export is validated with the nbformat package.
if ! python3 -c "import nbformat" >/dev/null 2>&1; then
  echo "Installing the nbformat Python package ..."
  python3 -m pip install --quiet nbformat >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-nbformat >/dev/null
  python3 -c "import nbformat" >/dev/null 2>&1 || { echo "error: could not install nbformat (python3 -m pip install nbformat)" >&2; exit 1; }
fi
# The --format xlsx workbooks are read back with openpyxl in the tests.
if ! python3 -c "import openpyxl" >/dev/null 2>&1; then
  echo "Installing the openpyxl Python package ..."
  python3 -m pip install --quiet openpyxl >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-openpyxl >/dev/null
  python3 -c "import openpyxl" >/dev/null 2>&1 || { echo "error: could not install openpyxl (python3 -m pip install openpyxl)" >&2; exit 1; }
fi

# The --format json outputs are validated against their schemas with jsonschema in the tests.
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  echo "Installing the jsonschema Python package ..."
  python3 -m pip install --quiet jsonschema >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-jsonschema >/dev/null
  python3 -c "import jsonschema" >/dev/null 2>&1 || { echo "error: could not install jsonschema (python3 -m pip install jsonschema)" >&2; exit 1; }
fi
