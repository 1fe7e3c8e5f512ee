#!/usr/bin/env bash
# Installs every Debian package Qadam needs to build, run and test, on Debian 12 (bookworm).
# Idempotent: when everything is present it only checks and returns within a second or two.
# SQLCipher 4 comes from bookworm-backports; the suite is added using the mirror this machine's
# own apt sources already name (no package host is written in this repository).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libgl-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qtcharts qml6-module-qttest qml6-module-qtqml-models
  qt6-qpa-plugins qt6-wayland
  libsodium-dev libcurl4-openssl-dev libprotobuf-dev protobuf-compiler libzstd-dev
  libcpp-httplib-dev libpqxx-dev libpq-dev libssl-dev postgresql
  libsqlite3-dev
  xvfb xauth
  # The PDF case report tests read the text and render a page with tools we did not write.
  poppler-utils
  # The fuzz targets (tests/fuzz/run.sh): clang with its libFuzzer and sanitizer runtimes,
  # llvm-symbolizer for readable sanitizer stacks, ccache for the clang rebuilds.
  clang libclang-rt-14-dev llvm ccache
)
BACKPORTS_PACKAGES=(libsqlcipher-dev sqlcipher)

log() { printf '[qadam-setup] %s\n' "$*"; }

missing=()
for p in "${PACKAGES[@]}" "${BACKPORTS_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

sqlcipher_major() {
  dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | sed -E 's/^([0-9]+:)?([0-9]+).*/\2/'
}

if [ ${#missing[@]} -eq 0 ] && [ "$(sqlcipher_major)" -ge 4 ] 2>/dev/null; then
  log "all build, run and test dependencies are installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -E bash "$0" "$@"; fi
  log "missing packages: ${missing[*]}; run this script as root"; exit 1
fi

add_backports() {
  if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then return; fi
  # Read the Debian mirror from the existing sources (deb822 or one-line format).
  local mirror=""
  mirror=$(awk '/^URIs:/{u=$2} /^Suites:/{ for(i=2;i<=NF;i++) if ($i=="bookworm") print u }' \
             /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
  if [ -z "$mirror" ]; then
    mirror=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list \
               /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1)
  fi
  if [ -z "$mirror" ]; then
    log "cannot find the Debian bookworm mirror in the apt sources; add bookworm-backports by hand"; exit 1
  fi
  log "adding bookworm-backports from $mirror"
  cat > /etc/apt/sources.list.d/qadam-bookworm-backports.sources <<SRC
Types: deb
URIs: $mirror
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
}

export DEBIAN_FRONTEND=noninteractive
add_backports
log "installing: ${missing[*]}"
apt-get update -q
apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
apt-get install -y -q --no-install-recommends -t bookworm-backports "${BACKPORTS_PACKAGES[@]}"
if [ "$(sqlcipher_major)" -lt 4 ]; then log "SQLCipher 4 is required; found $(sqlcipher_major)"; exit 1; fi
log "done"
