#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring, in temporary
# folders, and stops both afterwards: a real system keychain for one test, on no one's desktop.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" HOME="$tmp/home"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$HOME"
dbus-run-session -- bash -c '
  printf "keyring-test-password" | gnome-keyring-daemon --foreground --unlock --components=secrets > "$HOME/keyring.log" 2>&1 &
  keyring=$!
  # Ready once the Secret Service name is on the bus.
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
  done
  set +e
  "$@"
  rc=$?
  kill "$keyring" 2>/dev/null
  wait "$keyring" 2>/dev/null
  exit $rc
' with-keyring "$@"
