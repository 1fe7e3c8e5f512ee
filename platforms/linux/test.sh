#!/usr/bin/env bash
# Installs what is missing, builds the CI configuration (warnings are errors) and runs every test
# through ctest, then a short fuzz smoke of every libFuzzer target. README's test command;
# .ci/run calls exactly this.
#
#   platforms/linux/test.sh [CTEST ARGS]      the CI run: preset ci-asan, one clang build of the whole
#                                             suite, the benchmark smokes and the fuzz targets under
#                                             AddressSanitizer + UBSan (our libraries shared, so the
#                                             tree stays small); every test, then each fuzz target
#                                             for QADAM_FUZZ_SECONDS (default 45; 0 skips them)
#   platforms/linux/test.sh --plain [ARGS]    the same without sanitizers (preset ci, gcc -O2): faster
#                                             tests; the fuzz targets get their own clang build
#   platforms/linux/test.sh --asan [ARGS]     the whole suite under AddressSanitizer + UBSan with gcc
#                                             (preset asan)
#   platforms/linux/test.sh --tsan [ARGS]     the sync engine, server and integration tests under
#                                             ThreadSanitizer (preset tsan)
# Each step prints how long it took ([qadam-test] lines).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=ci-asan
case "${1:-}" in
  --plain) mode=ci; shift ;;
  --ci-asan) shift ;;
  --asan) mode=asan; shift ;;
  --tsan) mode=tsan; shift ;;
esac
bash platforms/linux/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
took() { printf '[qadam-test] %s took %s s\n' "$1" "$(( $(date +%s) - $2 ))"; }
start=$(date +%s)
cmake --preset "$mode" >/dev/null
cmake --build --preset "$mode" -j "$jobs"
took "build ($mode)" "$start"
# The tree's size is a figure worth watching: CI machines have little disk to spare.
printf '[qadam-test] build tree build/%s: %s\n' "$mode" "$(du -sh "build/$mode" | cut -f1)"
start=$(date +%s)
ctest --preset "$mode" -j "$jobs" "$@"
took "ctest ($mode)" "$start"
if { [ "$mode" = ci ] || [ "$mode" = ci-asan ]; } && [ "${QADAM_FUZZ_SECONDS:-45}" -gt 0 ]; then
  # Fuzz smoke: each target runs for QADAM_FUZZ_SECONDS; any crash fails the run
  # (tests/fuzz/README.md). The ci-asan tree already holds the fuzz binaries; for the plain run
  # clang builds them in build/fuzz.
  start=$(date +%s)
  if [ "$mode" = ci-asan ]; then
    QADAM_FUZZ_BUILD_DIR=build/ci-asan bash tests/fuzz/run.sh --no-build "${QADAM_FUZZ_SECONDS:-45}"
  else
    bash tests/fuzz/run.sh "${QADAM_FUZZ_SECONDS:-45}"
  fi
  took "fuzz smoke" "$start"
fi
