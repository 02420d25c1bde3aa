#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures the one build directory both commands use (re-running it is cheap).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGUANXI_WERROR=ON
fi
