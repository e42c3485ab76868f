#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/soak.sh [CLIENTS] [OPERATIONS]
#
# Runs the tests labelled "soak" (left out of scripts/test.sh): the allocator
# under 16 clients x 10,000 mixed allocations and releases over IPv4 and IPv6
# pools, then the SQL checks of tst_ipamsoak. Builds the optimised "dev"
# preset (HOSTDECK_PRESET=asan runs it under the sanitizers instead, slowly)
# and prints the figures docs/benchmarks.md records.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build run test
preset=${HOSTDECK_PRESET:-dev}
HOSTDECK_PRESET=$preset scripts/build.sh
export QT_QPA_PLATFORM=offscreen
export HOSTDECK_SOAK_CLIENTS=${1:-16}
export HOSTDECK_SOAK_OPS=${2:-10000}
(cd "build/$preset" && ctest -L soak --timeout 3600 --output-on-failure --verbose) | grep -E '^[0-9]+: (QINFO|PASS|FAIL|Totals)|soak:|tests passed|tests failed|Loc:' 
