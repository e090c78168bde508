#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a real Secret Service: a private D-Bus session and gnome-keyring-daemon,
# unlocked with a test password, in a home of its own (nothing of the developer's keyring is
# read or written). Without gnome-keyring-daemon the test is skipped (exit 77).
set -eu
command -v gnome-keyring-daemon >/dev/null 2>&1 || { echo "no gnome-keyring-daemon" >&2; exit 77; }
command -v dbus-run-session >/dev/null 2>&1 || { echo "no dbus-run-session" >&2; exit 77; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
unset ETHOS_NO_KEYRING # the window tests set it: these test the keyring
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
  XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
exec dbus-run-session -- sh -c '
  eval "$(printf "test password" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  rc=0
  "$@" || rc=$?
  [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
  exit $rc
' sh "$@"
