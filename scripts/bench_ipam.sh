#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/bench_ipam.sh BUILD_DIR [SECONDS] [N]
#
# IPAM benchmarks on one throw-away cluster (started with the test fixture's
# hostdeck_testcluster, stopped and removed at the end):
#
#   1. Allocation throughput: bench_ipamalloc lets 8 clients (WorkerPool
#      threads, one connection each) allocate /29s from an IPv4 /12 and then
#      /64s from an IPv6 /44 for SECONDS each (default 10). Baseline, measured
#      right after on the same cluster and database: pgbench with 8 clients
#      (-j 2) running one-row UPDATE transactions for SECONDS. Prints both in
#      transactions/s and the ratios.
#   2. Next free block: bench_ipamnextfree (N timed calls per family, default
#      200): the next free /29 in a /8 holding 500,000 allocations and the
#      next free /64 in a /32 holding 100,000, vs one indexed point lookup.
set -euo pipefail

build=${1:?usage: scripts/bench_ipam.sh BUILD_DIR [SECONDS] [N]}
seconds=${2:-10}
n=${3:-200}
build=$(cd "$build" && pwd)
cluster_tool=$build/tests/support/hostdeck_testcluster
alloc=$build/bench/bench_ipamalloc
nextfree=$build/bench/bench_ipamnextfree
for tool in "$cluster_tool" "$alloc" "$nextfree"; do
    if [[ ! -x $tool ]]; then
        echo "bench_ipam: $tool not found; build first (cmake --build $build --target hostdeck_testcluster bench_ipamalloc bench_ipamnextfree)" >&2
        exit 2
    fi
done
pgbench=/usr/lib/postgresql/15/bin/pgbench
[[ -x $pgbench ]] || pgbench=$(command -v pgbench || true)
if [[ -z $pgbench || ! -x $pgbench ]]; then
    echo "bench_ipam: pgbench not found (it comes with the postgresql-15 package: scripts/deps.sh run)" >&2
    exit 2
fi

# Under /tmp: as root the cluster belongs to the system user "hostdeck", which must reach it.
work=$(mktemp -d /tmp/hostdeck-bench-ipam-XXXXXX)
chmod 711 "$work"
cleanup() {
    "$cluster_tool" stop "$work" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
"$cluster_tool" start "$work" >/dev/null

echo "== Allocation throughput, $seconds s per family, 8 clients"
alloc_out=$("$alloc" "$work" "$seconds" 8)
echo "$alloc_out" | grep -v '^RESULT'
result=$(echo "$alloc_out" | grep '^RESULT')
ipv4=$(sed -E 's/.*ipv4_tps=([0-9.]+).*/\1/' <<<"$result")
ipv6=$(sed -E 's/.*ipv6_tps=([0-9.]+).*/\1/' <<<"$result")

cat >"$work/update.sql" <<'SQL'
\set id random(1, 1000)
UPDATE bench_rows SET n = n + 1 WHERE id = :id;
SQL
pg_out=$("$pgbench" -n -c 8 -j 2 -T "$seconds" -f "$work/update.sql" -h "$work/run" -p 5432 -U postgres bench_ipam)
tps=$(sed -nE 's/^tps = ([0-9.]+) \(without initial connection time\)/\1/p' <<<"$pg_out")
echo "pgbench -n -c 8 -j 2 -T $seconds (one-row UPDATE of 1,000 rows): $tps tx/s"
awk -v a="$ipv4" -v b="$ipv6" -v t="$tps" 'BEGIN {
    printf "ratio pgbench/IPv4 allocation: %.1f (allocation %.1f tx/s = %.1f%% of pgbench)\n", t / a, a, 100 * a / t
    printf "ratio pgbench/IPv6 allocation: %.1f (allocation %.1f tx/s = %.1f%% of pgbench)\n", t / b, b, 100 * b / t
}'

echo "== Next free block in big trees, N=$n"
"$nextfree" "$work" "$n"
