#!/usr/bin/env bash
# Installs what is missing, builds Release and starts the main job: a local qadam-server with the
# embedded store and synthetic demo data, and the Qadam app enrolled to it as the demo probation
# officer (platforms/linux/rundemo.sh). Without a display it says so, renders the screenshot tour
# into build/release/run/screenshots, prints where and exits 0. README's run command.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash platforms/linux/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs" --target qadam qadam-server
exec bash platforms/linux/rundemo.sh "$@"
