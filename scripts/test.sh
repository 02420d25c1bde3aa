#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Guanxi and runs every test. Idempotent; on a fresh Debian 12 machine (as root) it first
# installs what is missing. The build directory is shared with scripts/run.sh, so running one
# after the other builds once.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --with-test-tools
bash scripts/configure.sh
# Formatting first: it takes a second and says which files differ from .clang-format.
cmake --build build --target format-check
cmake --build build
# Tests are offscreen (set per test in CMake) and never need a display or network.
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 600

# The core and model tests (and the CLI they drive) once more, built with AddressSanitizer and
# UndefinedBehaviorSanitizer: any report fails the test that caused it.
bash scripts/configure.sh --sanitize
cmake --build build-sanitize --target layer-tests
ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1" \
LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizer-suppressions/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  ctest --test-dir build-sanitize --output-on-failure -j "$(nproc)" --timeout 900 -L '^(core|models)$'
