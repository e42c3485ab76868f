#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/bench_snmp.sh BUILD_DIR [AGENTS] [PORTS] [ENDPOINTS] [PARALLEL]
#
# One SNMP sweep of AGENTS (default 100) simulated switches with PORTS (default
# 48) ports, served by snmpsimd from generated .snmprec files on ENDPOINTS
# (default 4) UDP endpoints on 127.0.0.1:
#   - HostDeck's poller (drivers/snmppoller: Net-SNMP's asynchronous
#     single-session API on one thread): ifTable + ifXTable columns, sysUpTime;
#   - Net-SNMP's snmpbulkwalk (-Cr25) of ifXTable per agent, sequentially and
#     PARALLEL (default 16) at a time, and of ifTable + ifXTable sequentially.
# Prints client CPU seconds (user+sys from getrusage: the poller's own process,
# the snmpbulkwalk children) and wall time, and the ratios. snmpsimd's own CPU
# is not counted in either. The whole run is also timed with /usr/bin/time.
set -euo pipefail

build=${1:?usage: scripts/bench_snmp.sh BUILD_DIR [AGENTS] [PORTS] [ENDPOINTS] [PARALLEL]}
shift
build=$(cd "$build" && pwd)
bench=$build/bench/bench_snmpsweep
if [[ ! -x $bench ]]; then
    echo "bench_snmp: $bench not found; build first (cmake --build $build --target bench_snmpsweep)" >&2
    exit 2
fi
for tool in snmpsimd snmpbulkwalk snmpget; do
    command -v "$tool" >/dev/null || { echo "bench_snmp: $tool is missing (scripts/deps.sh)" >&2; exit 2; }
done
echo "bench_snmp: $(nproc) CPUs, $(uname -r), $(snmpbulkwalk -V 2>&1 | head -1), $(snmpsimd --version 2>&1 | head -1)"
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "bench_snmp: whole run (incl. snmpsimd start-up, warm-up): %e s wall, %U s user, %S s sys (bench process and all children, snmpsimd included)" \
        "$bench" "$@"
else
    "$bench" "$@"
fi
