#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Guanxi on the default database (created on first
# run in the user's data folder). Extra arguments go to the app, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/configure.sh
cmake --build build --target guanxi guanxi-cli
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No graphical display was found (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
  echo "Run this from a desktop session; guanxi-cli works without one: build/app/guanxi-cli --help" >&2
  exit 1
fi
exec build/app/guanxi "$@"
