#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Guanxi and runs every test. Idempotent; on a fresh Debian 12 machine (as root) it first
# installs what is missing. The build directory is shared with scripts/run.sh, so running one
# after the other builds once.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --with-test-tools
bash scripts/configure.sh
cmake --build build
# Tests are offscreen (set per test in CMake) and never need a display or network.
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 600
