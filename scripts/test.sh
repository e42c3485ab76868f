#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test (ctest, in parallel).
# Extra arguments go to ctest (e.g. -L database, -R tst_schema).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build run test
scripts/build.sh
cd build/${HOSTDECK_PRESET:-dev}
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --timeout 600 -j4 "$@"
