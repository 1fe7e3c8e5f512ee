#!/usr/bin/env bash
# R3: every product binary links SQLCipher and never plain libsqlite3 (their symbols clash, and
# plain SQLite would store case data unencrypted). Arguments: the product executables.
set -euo pipefail
for bin in "$@"; do
  needed=$(readelf -d "$bin" | awk '/NEEDED/ {print $5}')
  if grep -q 'libsqlite3' <<<"$needed"; then echo "$bin links plain libsqlite3"; exit 1; fi
  # SQLCipher directly (static build) or through libqadam_core.so (sanitizer builds with
  # QADAM_SHARED_LIBS); nothing it loads may pull plain SQLite in indirectly either.
  loaded=$(ldd "$bin") # whole, then searched: grep -q on a pipe can SIGPIPE ldd under pipefail
  grep -q 'libsqlcipher\.so' <<<"$loaded" || { echo "$bin does not load SQLCipher"; exit 1; }
  if grep -q 'libsqlite3\.so' <<<"$loaded"; then echo "$bin loads plain libsqlite3 via a dependency"; exit 1; fi
  echo "$bin: loads $(grep -o 'libsqlcipher\.so[.0-9]*' <<<"$loaded" | head -n 1), no plain SQLite"
done
