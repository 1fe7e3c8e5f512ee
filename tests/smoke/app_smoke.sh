#!/usr/bin/env bash
# Smoke test of the qadam executable as the run command starts it: first a headless start
# (must say there is no display and exit 0), then an offscreen start that renders the window
# to a PNG. Uses a private HOME so the demo store and key store are created fresh.
set -euo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" --demo --people 30 2>&1)
echo "$out" | grep -q "No display found" || { echo "headless start did not say so: $out"; exit 1; }
echo "$out" | grep -q "30 people" || { echo "demo store not reported: $out"; exit 1; }
echo "$out" | grep -q "chain of .* intact" || { echo "audit chain not verified: $out"; exit 1; }

# Second start reuses the store (no new people) and renders the window.
out=$(QT_QPA_PLATFORM=offscreen "$app" --demo --people 99 --screenshot "$work/start.png" 2>&1)
echo "$out" | grep -q "store unlocked: .* 30 people" || { echo "store not reused: $out"; exit 1; }
[ "$(head -c 8 "$work/start.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || { echo "no PNG written"; exit 1; }
size=$(stat -c %s "$work/start.png")
[ "$size" -gt 5000 ] || { echo "PNG suspiciously small ($size bytes): window empty?"; exit 1; }
# The encrypted store must not be readable as plain SQLite.
db=$(find "$work" -name qadam.db | head -n1)
[ -n "$db" ] && ! head -c 16 "$db" | grep -q "SQLite format 3" || { echo "demo store not encrypted"; exit 1; }
echo "app smoke test passed"
