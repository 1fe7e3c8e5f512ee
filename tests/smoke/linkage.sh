#!/usr/bin/env bash
# R3: every product binary links SQLCipher and never plain libsqlite3 (their symbols clash, and
# plain SQLite would store case data unencrypted). Arguments: the product executables.
set -euo pipefail
for bin in "$@"; do
  needed=$(readelf -d "$bin" | awk '/NEEDED/ {print $5}')
  grep -q 'libsqlcipher' <<<"$needed" || { echo "$bin does not link SQLCipher"; exit 1; }
  if grep -q 'libsqlite3' <<<"$needed"; then echo "$bin links plain libsqlite3"; exit 1; fi
  # Nothing it loads may pull plain SQLite in indirectly either.
  loaded=$(ldd "$bin") # whole, then searched: grep -q on a pipe can SIGPIPE ldd under pipefail
  if grep -q 'libsqlite3\.so' <<<"$loaded"; then echo "$bin loads plain libsqlite3 via a dependency"; exit 1; fi
  echo "$bin: links $(echo "$needed" | grep sqlcipher), no plain SQLite"
done
