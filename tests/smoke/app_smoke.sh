#!/usr/bin/env bash
# Smoke test of the run command's flow (platforms/linux/rundemo.sh) on the built binaries:
#  1. headless: says there is no display, renders the screenshot tour, says where, exits 0;
#  2. offscreen, first run: a local qadam-server with demo data starts, the app enrols itself as
#     the demo probation officer, syncs, opens unlocked and saves its window; the server stops
#     when the app exits;
#  3. offscreen, second run: the same server store and enrolled app, no seeding, no enrolment:
#     the unlock screen with the demo passphrase hint.
# Private HOME and run directory, so nothing of a developer's own demo is touched.
set -euo pipefail
app=$1
server=$2
here=$(cd "$(dirname "$0")" && pwd)
rundemo=$here/../../platforms/linux/rundemo.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/xdg
export QADAM_BIN=$app QADAM_SERVER_BIN=$server QADAM_RUN_DIR=$work/demo QADAM_DEMO_PEOPLE=30
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fail() { echo "FAIL: $1"; shift; printf '%s\n' "$@"; exit 1; }
# Searches read the output from a here-string: `echo "$out" | grep -q` fails under pipefail when
# grep stops at an early match and echo, still writing a long output, dies of SIGPIPE.

# 1. Headless.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM bash "$rundemo" 2>&1) || fail "headless run exited non-zero" "$out"
grep -q "No display found" <<<"$out" || fail "headless start did not say so" "$out"
grep -q "Screenshots of every screen: $work/demo/screenshots" <<<"$out" || fail "tour location not printed" "$out"
pngs=$(find "$work/demo/screenshots" -name '*.png' | wc -l)
[ "$pngs" -gt 0 ] || fail "the tour rendered no PNG" "$out"
echo "headless: no display reported, $pngs screenshots rendered"

# 2. First run: server with demo data, the app enrols, syncs and opens.
out=$(QT_QPA_PLATFORM=offscreen bash "$rundemo" --screenshot "$work/first.png" 2>&1) || fail "first run failed" "$out"
grep -q "first run: seeding" <<<"$out" || fail "server not seeded on the first run" "$out"
grep -q "enrolling this demo device with http://127.0.0.1:" <<<"$out" || fail "no enrolment started" "$out"
grep -q "enrolled as probation_officer; first sync done" <<<"$out" || fail "enrolment or first sync failed" "$out"
grep -q "unlocked as probation_officer" <<<"$out" || fail "the app did not open as the officer" "$out"
[ "$(head -c 8 "$work/first.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "no PNG written" "$out"
size=$(stat -c %s "$work/first.png")
[ "$size" -gt 5000 ] || fail "PNG suspiciously small ($size bytes): window empty?" "$out"
port=$(cat "$work/demo/server/port")
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "qadam-server still listens after the app exited"; fi
for db in "$work/demo/server/qadam-server.db" "$work/demo/app/data/qadam.db"; do
  [ -f "$db" ] || fail "missing store $db"
  ! head -c 16 "$db" | grep -q "SQLite format 3" || fail "store not encrypted: $db"
done
grep -q probation_officer "$work/demo/server/demo-codes.txt" || fail "demo codes not kept"
echo "first run: enrolled as the demo officer, synced, window saved ($size bytes), server stopped"

# 3. Second run: everything reused.
out=$(QT_QPA_PLATFORM=offscreen bash "$rundemo" --screenshot "$work/second.png" 2>&1) || fail "second run failed" "$out"
grep -q "on its store from the first run" <<<"$out" || fail "server store not reused" "$out"
! grep -q "seeding" <<<"$out" || fail "server seeded again" "$out"
! grep -q "enrolling" <<<"$out" || fail "enrolled again" "$out"
grep -q "locked: the demo passphrase is qadam-demo-passphrase" <<<"$out" || fail "not on the unlock screen" "$out"
[ "$(stat -c %s "$work/second.png")" -gt 5000 ] || fail "second window empty" "$out"
echo "second run: same server store and enrolled device, unlock screen"
echo "app smoke test passed"
