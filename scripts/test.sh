#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test (ctest, in parallel),
# then runs each libFuzzer target over its seed corpus (the "fuzz" preset).
# Extra arguments go to the main ctest run (e.g. -L database, -R tst_schema);
# with them, the fuzz corpora are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build run test
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
(cd "build/${HOSTDECK_PRESET:-dev}" && ctest --output-on-failure --timeout 600 -j4 "$@")
if [[ $# -eq 0 && -z ${HOSTDECK_PRESET:-} ]]; then
    HOSTDECK_PRESET=fuzz scripts/build.sh
    (cd build/fuzz && ctest --output-on-failure --timeout 300 -j2)
fi
