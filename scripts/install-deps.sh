#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Guanxi needs to build, run and test. Idempotent: it asks apt
# only for packages that are not installed yet, so a second run costs a dpkg query.
set -euo pipefail

build_pkgs=(cmake ninja-build g++ ccache pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev libxkbcommon-dev
  qtkeychain-qt6-dev libsodium-dev libicu-dev sqlite3 libsqlite3-dev
  libphonenumber-dev libxlsxwriter-dev libminizip-dev libfreexl-dev libkainjow-mustache-dev rime-data-luna-pinyin
  fonts-wqy-microhei fontconfig)
test_pkgs=(xvfb xauth x11-apps imagemagick poppler-utils dpkg-dev file util-linux
  dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  desktop-file-utils appstream xdotool fuse3 bindfs opencc clang-format-14)

want=("${build_pkgs[@]}")
if [ "${1:-}" = "--with-test-tools" ]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
