#!/usr/bin/env bash
# Installs what is missing, builds the CI configuration (warnings are errors) and runs every test
# through ctest, then a short fuzz smoke of every libFuzzer target. README's test command;
# .ci/run calls exactly this.
#
#   platforms/linux/test.sh [CTEST ARGS]   the CI run (QADAM_FUZZ_SECONDS per fuzz target, default 45;
#                                          0 skips the fuzz smoke)
#   platforms/linux/test.sh --asan [ARGS]  the whole suite under AddressSanitizer + UBSan (preset asan)
#   platforms/linux/test.sh --tsan [ARGS]  the sync engine, server and integration tests under
#                                          ThreadSanitizer (preset tsan)
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=ci
case "${1:-}" in
  --asan) mode=asan; shift ;;
  --tsan) mode=tsan; shift ;;
esac
bash platforms/linux/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$mode" >/dev/null
cmake --build --preset "$mode" -j "$jobs"
ctest --preset "$mode" -j "$jobs" "$@"
if [ "$mode" = ci ] && [ "${QADAM_FUZZ_SECONDS:-45}" -gt 0 ]; then
  # Fuzz smoke: clang builds only the fuzz binaries (ccache keeps rebuilds short), then each
  # target runs for QADAM_FUZZ_SECONDS; any crash fails the run (tests/fuzz/README.md).
  bash tests/fuzz/run.sh "${QADAM_FUZZ_SECONDS:-45}"
fi
