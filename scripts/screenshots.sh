#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots (docs/screenshots/*.png) under Xvfb: a fresh
# embedded cluster with the demo data, the console at 1600x1000, in English
# and once in German.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build run screenshots
scripts/build.sh
bin=$PWD/build/${HOSTDECK_PRESET:-dev}/app/hostdeck
out=$PWD/docs/screenshots
data=$(mktemp -d /tmp/hostdeck-shots-XXXXXX)
config=$(mktemp -d /tmp/hostdeck-shots-config-XXXXXX)
cleanup() {
    # The console stops its cluster when it quits; this catches a run that died.
    if [[ -f $data/cluster/postmaster.pid ]]; then
        kill -INT "$(head -n 1 "$data/cluster/postmaster.pid")" 2>/dev/null || true
        sleep 1
    fi
    rm -rf "$data" "$config"
}
trap cleanup EXIT
export HOSTDECK_DATA_DIR=$data XDG_CONFIG_HOME=$config HOSTDECK_DEMO=1
mkdir -p "$out"
run() {
    timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
}
LC_ALL=C.UTF-8 LANG=en_GB.UTF-8 LANGUAGE=en run "$bin" --screenshots "$out"
LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 LANGUAGE=de run "$bin" --screenshots "$out"
ls -l "$out"
