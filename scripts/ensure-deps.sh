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
