#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds HostDeck with the "dev" preset: ninja, ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${HOSTDECK_PRESET:-dev}
build_dir=build/$preset
# Let ccache reuse objects across clones in other directories (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if [[ ! -f $build_dir/build.ninja ]]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build "$build_dir" -j"$(nproc)"
