#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages HostDeck needs to build, run and test, but
# only those that are missing: a second run costs one dpkg-query.
# Usage: scripts/deps.sh [build|run|test|screenshots]...
set -euo pipefail

build=(cmake ninja-build ccache g++ pkg-config
       qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-charts-dev qt6-networkauth-dev
       qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libxkbcommon-dev libgl-dev
       libcurl4-openssl-dev libssl-dev libsnmp-dev libfreeipmi-dev libpq-dev)
run=(postgresql-15 postgresql-client-15 libpq5 qt6-qpa-plugins qt6-translations-l10n libcurl4 libsnmp40 libfreeipmi17)
test=(xvfb xauth pdns-server pdns-backend-sqlite3 sqlite3 bind9-dnsutils python3 openssl
      snmp snmpd snmpsim openipmi ipmitool freeipmi-tools clang libclang-rt-14-dev)
screenshots=(xvfb xauth imagemagick)

wanted=()
for set in "${@:-build run}"; do
    for s in $set; do
        case "$s" in
            build) wanted+=("${build[@]}") ;;
            run) wanted+=("${run[@]}") ;;
            test) wanted+=("${test[@]}") ;;
            screenshots) wanted+=("${screenshots[@]}") ;;
            *) echo "deps.sh: unknown set '$s' (build, run, test, screenshots)" >&2; exit 2 ;;
        esac
    done
done

missing=()
for p in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "deps.sh: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
