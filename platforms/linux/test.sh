#!/usr/bin/env bash
# Installs what is missing, builds the CI configuration (warnings are errors) and runs every test
# through ctest. README's test command; .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash platforms/linux/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs" "$@"
