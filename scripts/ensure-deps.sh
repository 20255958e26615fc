#!/usr/bin/env bash
# Installs what Touchstone needs on a fresh Debian machine with Swift: OpenBLAS + LAPACKE (cblas.h, lapacke.h)
# pkg-config, and librsvg2-bin (rsvg-convert, to check that charts render). Does nothing when they are there.
set -euo pipefail
need=()
for pkg in libopenblas-dev liblapacke-dev pkg-config librsvg2-bin; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The report tests: headless Chromium prints report.html and the briefs to PDF, with Noto fonts for Latin and
# Chinese text; poppler-utils (pdfinfo, pdftoppm) counts and renders the pages; the notebook is validated with
# the nbformat package. Recommended packages are skipped (Chromium needs none of them headless).
report_need=()
for pkg in chromium fonts-noto-core fonts-noto-cjk poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || report_need+=("$pkg")
done
if [ "${#report_need[@]}" -gt 0 ]; then
  echo "Installing ${report_need[*]} ..."
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${report_need[@]}" >/dev/null
fi
if ! python3 -c "import nbformat" >/dev/null 2>&1; then
  echo "Installing the nbformat Python package ..."
  python3 -m pip install --quiet nbformat >/dev/null 2>&1 \
    || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-nbformat >/dev/null; }
  python3 -c "import nbformat" >/dev/null 2>&1 || { echo "error: could not install nbformat (python3 -m pip install nbformat)" >&2; exit 1; }
fi
