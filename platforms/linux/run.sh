#!/usr/bin/env bash
# Installs what is missing, builds Release and starts the main job: the Qadam app on a demo store.
# Without a display it says so and exits 0. README's run command.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash platforms/linux/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs" --target qadam
exec build/release/app/qadam --demo "$@"
