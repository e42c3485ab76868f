#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/bench_startup.sh BUILD_DIR [RUNS]
#
# Start-up benchmark: time to a usable window on an initialised embedded
# cluster vs `psql -c 'select 1'` against the same cluster, in one run.
#
#   warm: the cluster is already running (another console started it);
#         `hostdeck --startup-probe` (offscreen) prints "ready <ms>" once the
#         first rack data is painted and quits. Compared with psql.
#   cold: the cluster is initialised but stopped; the probe starts it itself
#         (and stops it again on exit, as the console does when idle).
#
# Prints the median wall-clock time of each (process start to exit, RUNS runs
# each, default 7) and the ratios. Uses a private data directory under /tmp,
# loaded once with `hostdeck demo load`, and removes it afterwards.
set -euo pipefail

build=${1:?usage: scripts/bench_startup.sh BUILD_DIR [RUNS]}
runs=${2:-7}
hostdeck=$(cd "$build" && pwd)/app/hostdeck
if [[ ! -x $hostdeck ]]; then
    echo "bench_startup: $hostdeck not found; build first (cmake --build $build)" >&2
    exit 2
fi
if [[ -x /usr/lib/postgresql/15/bin/psql ]]; then
    psql=/usr/lib/postgresql/15/bin/psql
elif command -v psql >/dev/null; then
    psql=$(command -v psql)
else
    echo "bench_startup: psql not found (apt-get install postgresql-client-15)" >&2
    exit 2
fi
pgbin=$(dirname "$(readlink -f "$psql")")
[[ -x $pgbin/pg_ctl ]] || pgbin=/usr/lib/postgresql/15/bin

# Under /tmp: as root the cluster belongs to the system user "hostdeck", which must reach it.
work=$(mktemp -d /tmp/hostdeck-bench-startup-XXXXXX)
chmod 711 "$work"
export HOSTDECK_DATA_DIR=$work/data
export XDG_CONFIG_HOME=$work/config # no saved --db URL or language from elsewhere
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES='qt.qpa.*=false'
unset HOSTDECK_DEMO

# pg_ctl as the cluster's owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u hostdeck -- "$@"
    else
        "$@"
    fi
}
cluster_running() { as_owner "$pgbin/pg_ctl" status -D "$HOSTDECK_DATA_DIR/cluster" >/dev/null 2>&1; }
stop_cluster() {
    if cluster_running; then
        as_owner "$pgbin/pg_ctl" stop -D "$HOSTDECK_DATA_DIR/cluster" -m fast -w >/dev/null
    fi
}
start_cluster() {
    # The same socket-only server the console starts (EmbeddedCluster).
    as_owner "$pgbin/pg_ctl" start -D "$HOSTDECK_DATA_DIR/cluster" -l "$HOSTDECK_DATA_DIR/run/postgresql.log" -w \
        -o "-k $HOSTDECK_DATA_DIR/run -p 5432 -c listen_addresses='' -c unix_socket_permissions=0700" >/dev/null
}
cleanup() {
    stop_cluster || true
    rm -rf "$work"
}
trap cleanup EXIT

now_ns() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e6 }'; }

echo "bench_startup: initialising the embedded cluster in $HOSTDECK_DATA_DIR (hostdeck demo load)"
"$hostdeck" demo load >/dev/null

# One probe run; records wall time (ns) and the probe's own "ready <ms>".
probe() {
    local t0 t1 out
    t0=$(now_ns)
    out=$("$hostdeck" --startup-probe 2>"$work/probe.err") || {
        echo "bench_startup: hostdeck --startup-probe failed:" >&2
        cat "$work/probe.err" >&2
        exit 1
    }
    t1=$(now_ns)
    echo $((t1 - t0)) >>"$1"
    sed -n 's/^ready \([0-9]*\)$/\1/p' <<<"$out" >>"$2"
}

psql_once() {
    local t0 t1
    t0=$(now_ns)
    "$psql" -X -q -h "$HOSTDECK_DATA_DIR/run" -U postgres -d hostdeck -c 'select 1' >/dev/null
    t1=$(now_ns)
    echo $((t1 - t0)) >>"$1"
}

# Warm: a running cluster, as when another console started it.
stop_cluster
start_cluster
probe "$work/warm.ns" "$work/warm.ready" # warm-up: page cache, fontconfig cache
psql_once "$work/psql.ns"
rm -f "$work/warm.ns" "$work/warm.ready" "$work/psql.ns"
for ((i = 0; i < runs; i++)); do
    probe "$work/warm.ns" "$work/warm.ready"
    psql_once "$work/psql.ns"
done
cluster_running || { echo "bench_startup: the probe stopped a cluster it did not start" >&2; exit 1; }

# Cold: initialised but stopped; the probe starts the server itself.
for ((i = 0; i < runs; i++)); do
    stop_cluster
    probe "$work/cold.ns" "$work/cold.ready"
done

warm=$(median <"$work/warm.ns")
warm_ready=$(median <"$work/warm.ready")
cold=$(median <"$work/cold.ns")
cold_ready=$(median <"$work/cold.ready")
psql_ns=$(median <"$work/psql.ns")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "bench_startup: $runs runs each, medians (wall clock, process start to exit)"
echo "bench_startup: warm: hostdeck --startup-probe $(ms "$warm") ms (ready after ${warm_ready} ms)," \
     "psql select 1 $(ms "$psql_ns") ms, ratio $(ratio "$warm" "$psql_ns")"
echo "bench_startup: cold: hostdeck --startup-probe $(ms "$cold") ms (ready after ${cold_ready} ms, includes starting" \
     "PostgreSQL), ratio to psql $(ratio "$cold" "$psql_ns")"
