#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the "asan" preset (Debug, AddressSanitizer
# + UBSan) and runs every test in it (ctest, in parallel), then runs each
# libFuzzer target over its seed corpus (the "fuzz" preset). The suite runs
# under the sanitizers so that a lifetime bug (a result delivered into a view
# that is gone, a use after free) fails it instead of passing by luck.
# Tests labelled "soak" are left out (scripts/soak.sh runs them).
# Extra arguments go to the main ctest run (e.g. -L database, -R tst_schema);
# with them, the fuzz corpora are skipped. HOSTDECK_PRESET=dev runs the suite
# in the optimised build that scripts/run.sh uses instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build run test
preset=${HOSTDECK_PRESET:-asan}
HOSTDECK_PRESET=$preset scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# Any sanitizer report fails the test that caused it. Leak checking is off:
# Qt, fontconfig and Net-SNMP keep process-lifetime allocations by design.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
(cd "build/$preset" && ctest --output-on-failure --timeout 900 -j4 -LE soak "$@")
if [[ $# -eq 0 && -z ${HOSTDECK_PRESET:-} ]]; then
    HOSTDECK_PRESET=fuzz scripts/build.sh
    (cd build/fuzz && ctest --output-on-failure --timeout 300 -j2)
fi
