#!/usr/bin/env bash
# The demo the run command starts, on already built binaries: a local `qadam-server` with the
# embedded store and synthetic demo data, and the Qadam app enrolled to it as the demo probation
# officer. run.sh builds and calls this; tests/smoke/app_smoke.sh calls it on the CI build.
#
#   QADAM_BIN         the app            (default build/release/app/qadam)
#   QADAM_SERVER_BIN  the server         (default build/release/sync/server/qadam-server)
#   QADAM_RUN_DIR     state of the demo  (default build/release/run): server/ (store, key, port,
#                     log, demo codes) and app/ (the device's vault and key store)
#   extra arguments go to the app (e.g. --screenshot FILE.png, --quit-after MS)
#
# First run: the server seeds synthetic people and prints one-time enrolment codes (kept in
# server/demo-codes.txt); the app enrols with the officer's code and the demo passphrase, syncs
# and opens on Today. Later runs reuse both (codes are single use): the server restarts on the
# same port without seeding, the app opens on its unlock screen, which shows the demo passphrase.
# If only one of the two is left, both start afresh. The server stops when the app exits.
# Without a display: says so, renders the screenshot tour offscreen, prints where, exits 0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app=${QADAM_BIN:-$root/build/release/app/qadam}
server=${QADAM_SERVER_BIN:-$root/build/release/sync/server/qadam-server}
run=${QADAM_RUN_DIR:-$root/build/release/run}
mkdir -p "$run"
run=$(cd "$run" && pwd)

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), so the app window cannot open."
  echo "Rendering every screen offscreen instead (phone and desktop sizes; Kazakh, Russian, English)…"
  rm -rf "$run/screenshots"
  QT_QPA_PLATFORM=offscreen "$app" --screenshot "$run/screenshots"
  echo "Screenshots of every screen: $run/screenshots"
  echo "To use the app itself on this machine: xvfb-run -a bash platforms/linux/run.sh"
  exit 0
fi

srv=$run/server
dev=$run/app
store=$srv/qadam-server.db
# The enrolled app remembers the server's address, so both are kept together or not at all.
if [ ! -f "$store" ] || [ ! -f "$dev/data/vault.json" ] || [ ! -s "$srv/port" ]; then
  rm -rf "$srv" "$dev"
fi
mkdir -p "$srv" "$dev"
first_run=0
[ -f "$store" ] || first_run=1

serve=("$server" serve --store "sqlite:$store" --port-file "$srv/port.now")
if [ "$first_run" = 1 ]; then
  echo "Starting a local qadam-server with synthetic demo data (first run: seeding)…"
  serve+=(--listen 127.0.0.1:0 --demo --demo-people "${QADAM_DEMO_PEOPLE:-60}")
else
  echo "Starting the local qadam-server on its store from the first run…"
  serve+=(--listen "127.0.0.1:$(cat "$srv/port")")
fi
rm -f "$srv/port.now"
"${serve[@]}" > "$srv/server.log" 2>&1 &
server_pid=$!
stop_server() {
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 600); do
  [ -s "$srv/port.now" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "qadam-server did not start; its log ($srv/server.log):" >&2
    tail -n 20 "$srv/server.log" >&2
    [ "$first_run" = 1 ] || echo "If the port is taken by another program, remove $run to start afresh." >&2
    exit 1
  fi
  sleep 0.2
done
[ -s "$srv/port.now" ] || { echo "qadam-server did not listen within 120 s; see $srv/server.log" >&2; exit 1; }
port=$(cat "$srv/port.now")
echo "$port" > "$srv/port"
url="http://127.0.0.1:$port"
echo "qadam-server is serving $url (store: $store, log: $srv/server.log)"

args=(--demo --data-dir "$dev/data" --key-dir "$dev/keystore")
if [ "$first_run" = 1 ]; then
  # "  <code>  probation_officer  <name> (<n> cases)": the server's printed one-time codes.
  grep -E '^\s+\S+\s+(probation_officer|counsellor|supervisor)\s' "$srv/server.log" > "$srv/demo-codes.txt" || true
  code=$(awk '$2 == "probation_officer" { print $1; exit }' "$srv/demo-codes.txt")
  [ -n "$code" ] || { echo "qadam-server printed no demo enrolment code; see $srv/server.log" >&2; exit 1; }
  echo "Enrolling the app as the demo probation officer (other demo codes: $srv/demo-codes.txt)."
  args+=(--server "$url" --enrol-code "$code")
fi
echo "Demo passphrase (synthetic data only): qadam-demo-passphrase"
set +e
"$app" "${args[@]}" "$@"
status=$?
set -e
exit "$status"
