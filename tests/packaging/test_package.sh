#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from the build folder, checks its metadata files and dependencies, unpacks it
# and runs the packaged guanxi-cli. Usage: test_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$src/installer/linux/org.example.guanxi.desktop"
appstreamcli validate --no-net "$src/installer/linux/org.example.guanxi.metainfo.xml"

(cd "$build" && cpack -G DEB -B "$work/pkg" > "$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite libqt6widgets6 libsodium23 fonts-wqy-microhei qt6-translations-l10n libsecret-1-0 libqt6keychain1; do
  grep -q "$needed" <<<"$depends" || { echo "missing dependency: $needed"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/guanxi usr/bin/guanxi-cli \
         usr/share/applications/org.example.guanxi.desktop \
         usr/share/metainfo/org.example.guanxi.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.example.guanxi.svg; do
  [ -e "$work/root/$f" ] || { echo "not in the package: $f"; exit 1; }
done
version=$("$work/root/usr/bin/guanxi-cli" --version)
echo "$version"
grep -q "0\." <<<"$version"
