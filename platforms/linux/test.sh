#!/usr/bin/env bash
# Installs what is missing, builds the CI configuration (warnings are errors) and runs every test
# through ctest, then a short fuzz smoke of every libFuzzer target. README's test command;
# .ci/run calls exactly this.
#
#   platforms/linux/test.sh [CTEST ARGS]      the CI run (QADAM_FUZZ_SECONDS per fuzz target, default 45;
#                                             0 skips the fuzz smoke)
#   platforms/linux/test.sh --ci-asan [ARGS]  the same run with the suite built once under AddressSanitizer
#                                             + UBSan (preset ci-asan: warnings are errors, benchmark
#                                             smokes included) instead of the plain ci build. Green,
#                                             about 6 min of tests; not the CI run while its tree
#                                             needs 3 GB of disk (README "Other builds")
#   platforms/linux/test.sh --asan [ARGS]     the whole suite under AddressSanitizer + UBSan (preset asan)
#   platforms/linux/test.sh --tsan [ARGS]     the sync engine, server and integration tests under
#                                             ThreadSanitizer (preset tsan)
# Each step prints how long it took ([qadam-test] lines).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=ci
case "${1:-}" in
  --ci-asan) mode=ci-asan; shift ;;
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
  # Fuzz smoke: clang builds only the fuzz binaries (ccache keeps rebuilds short), then each
  # target runs for QADAM_FUZZ_SECONDS; any crash fails the run (tests/fuzz/README.md).
  start=$(date +%s)
  bash tests/fuzz/run.sh "${QADAM_FUZZ_SECONDS:-45}"
  took "fuzz smoke" "$start"
fi
