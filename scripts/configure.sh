#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures the build directory both commands use (re-running it is cheap); with --sanitize, the
# second one scripts/test.sh builds the core and model tests in, under ASan and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--sanitize" ]; then
  if [ ! -f build-sanitize/build.ninja ]; then
    # -O1 with line tables only: what the sanitizers advise, and quicker to compile than -O2 -g.
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -g1" \
      -DGUANXI_WERROR=ON -DGUANXI_SANITIZE=ON
  fi
  exit 0
fi
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGUANXI_WERROR=ON
fi
