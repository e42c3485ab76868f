#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan + UBSan) and runs
# each for SECONDS (default 60), starting from its seed corpus in fuzz/corpus.
# New interesting inputs go to build/fuzz/corpus/NAME, crashes to build/fuzz/crashes.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
scripts/deps.sh build test
HOSTDECK_PRESET=fuzz scripts/build.sh
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(cidr connection changepayload ipamconfig counterdelta pduoidmap redfish snmpwalk)
mkdir -p build/fuzz/crashes
# No allocation stacks: the Qt-heavy targets spend a good part of their time recording
# them (about 1.3x faster without). Re-run a crash artifact with the default ASAN_OPTIONS for the full report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
for t in "${targets[@]}"; do
    mkdir -p "build/fuzz/corpus/$t"
    echo "== $t: ${seconds} s"
    "build/fuzz/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="build/fuzz/crashes/$t-" "build/fuzz/corpus/$t" "fuzz/corpus/$t" 2>&1 |
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|Done)' || true
done
