#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`: clang, ASan + UBSan, only the fuzz binaries)
# and runs each for a while, one after another; prints executions per second and total executions
# per target and fails when any target finds a crash, a leak, a timeout or runs out of memory.
#
#   tests/fuzz/run.sh [SECONDS_PER_TARGET]     default 60 (CI smoke)
#   tests/fuzz/run.sh --long                   one hour per target
#   tests/fuzz/run.sh --target wire_frame 600  one target
#   tests/fuzz/run.sh --no-build 30            use the binaries already built
#
# The corpus of each target grows in BUILD/fuzz-work/corpus/<target> across runs (seeded from the
# golden vectors and core/data every run); a crash input lands in BUILD/fuzz-work/artifacts/<target>/.
# A fixed crash's input goes into tests/fuzz/regressions/<target>/, which tst_fuzzreplay replays in ctest.
# Environment: QADAM_FUZZ_BUILD_DIR (default build/fuzz).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60
build=true
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --long) seconds=3600 ;;
    --no-build) build=false ;;
    --target) only="$2"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *[!0-9]*|"") echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
    *) seconds="$1" ;;
  esac
  shift
done

targets=(server_request client_reply wire_frame reference_data)
[ -n "$only" ] && targets=("$only")
dir="${QADAM_FUZZ_BUILD_DIR:-build/fuzz}"
log() { printf '[qadam-fuzz] %s\n' "$*"; }

if $build; then
  command -v clang++ >/dev/null || { log "clang++ is missing: run platforms/linux/setup.sh"; exit 1; }
  start=$(date +%s)
  cmake --preset fuzz -B "$dir" >/dev/null
  cmake --build "$dir" -j "$(nproc 2>/dev/null || echo 2)" --target qadam_fuzz
  log "build took $(( $(date +%s) - start )) s"
fi

work="$dir/fuzz-work"
# The seeded worlds are SQLCipher files written for every input: keep them in memory when we can.
tmp_root=/dev/shm
[ -w "$tmp_root" ] || tmp_root="${TMPDIR:-/tmp}"
export TMPDIR
TMPDIR=$(mktemp -d "$tmp_root/qadam-fuzz.XXXXXX")
trap 'rm -rf "$TMPDIR"' EXIT
export LC_ALL=C.UTF-8 TZ=Asia/Almaty QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

failed=()
summary=()
for t in "${targets[@]}"; do
  bin="$dir/tests/fuzz/fuzz_$t"
  [ -x "$bin" ] || { log "no binary $bin"; exit 1; }
  corpus="$work/corpus/$t"
  artifacts="$work/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=2560 -max_len=65536
        -artifact_prefix="$artifacts/")
  case "$t" in
    reference_data) args+=(-dict=tests/fuzz/dicts/reference_data.dict) ;;
    server_request|client_reply) args+=(-dict=tests/fuzz/dicts/sync.dict) ;;
  esac
  dirs=("$corpus")
  [ -d "tests/fuzz/regressions/$t" ] && dirs+=("tests/fuzz/regressions/$t")
  out="$work/$t.log"
  log "$t: ${seconds} s"
  rc=0
  QADAM_FUZZ_SEED_DIR="$corpus" "$bin" "${args[@]}" "${dirs[@]}" >"$out" 2>&1 || rc=$?
  stat() { sed -n "s/^stat::$1: *//p" "$out" | tail -n1; }
  execs=$(stat number_of_executed_units)
  rate=$(stat average_exec_per_sec)
  rss=$(stat peak_rss_mb)
  cov=$( (grep -Eo 'cov: [0-9]+' "$out" || true) | tail -n1 | cut -d' ' -f2)
  units=$(find "$corpus" -type f | wc -l)
  summary+=("$(printf '%-16s %12s %10s %8s %8s %9s  %s' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$units" "${rss:-?}" \
               "$([ "$rc" -eq 0 ] && echo ok || echo "FAILED (exit $rc)")")")
  if [ "$rc" -ne 0 ]; then
    failed+=("$t")
    log "$t failed; the last lines of $out:"
    tail -n 40 "$out" >&2
    ls -1 "$artifacts" >&2 || true
  fi
done

printf '\n%-16s %12s %10s %8s %8s %9s  %s\n' target executions exec/s cov corpus rss_mb result
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  log "crashes in: ${failed[*]} (inputs in $work/artifacts/)"
  exit 1
fi
