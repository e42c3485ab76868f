#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens the console on the embedded
# PostgreSQL with demo data. Extra arguments go to hostdeck (e.g. --db URL).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build run
scripts/build.sh
bin=build/${HOSTDECK_PRESET:-dev}/app/hostdeck
if [[ $# -eq 0 ]]; then
    "$bin" demo load --if-empty
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found: set DISPLAY, or run under xvfb-run, to see the console." >&2
    exit 1
fi
exec "$bin" "$@"
