#!/bin/bash
# Ethos started by D-Bus, as the desktop starts it (DBusActivatable) and as a notification's Open
# does: the D-Bus service file's program comes up with --gapplication-service, takes
# app.show-reminder and opens its window; Activate then brings back that window, not a second
# Ethos; app.quit ends it.
# usage: test-dbus-activation.sh ETHOS ETHOS-CLI SERVICE-FILE BINDIR
set -u
ethos=$1
cli=$2
service=$3
bindir=$4
tmp=$(mktemp -d)
bus_pid=
cleanup() {
  [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  echo "not ok - $*"
  exit 1
}
slow=${ETHOS_TEST_SLOW:-1}

echo "1..3"
# The service file as installed, pointed at the program just built.
grep -qx "Exec=$bindir/ethos --gapplication-service" "$service" \
  || fail "the service file starts $(grep '^Exec=' "$service"), not $bindir/ethos --gapplication-service"
mkdir -p "$tmp/data/dbus-1/services" "$tmp/bin"
sed "s|^Exec=$bindir/ethos |Exec=$ethos |" "$service" >"$tmp/data/dbus-1/services/org.ethosapp.Ethos.service"
# The window starts the notifier: a stand-in that does nothing, so none outlives the test.
printf '#!/bin/sh\nexit 0\n' >"$tmp/bin/ethos-notifier"
chmod +x "$tmp/bin/ethos-notifier"

export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export PATH="$tmp/bin:$PATH"
id=$("$cli" reminders add --title "DBS recheck" --due 2030-01-01 --kind dbs) || fail "ethos-cli: $id"

# A session bus of its own, which finds services in $XDG_DATA_HOME/dbus-1/services; what the
# services it starts print goes to its log.
dbus-daemon --session --nofork --print-address=3 3>"$tmp/address" >"$tmp/bus.log" 2>&1 &
bus_pid=$!
for _ in $(seq 50); do [ -s "$tmp/address" ] && break; sleep 0.1; done
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$tmp/address")
export DBUS_SESSION_BUS_ADDRESS
[ -n "$DBUS_SESSION_BUS_ADDRESS" ] || fail "no session bus"

app() {
  gdbus call --session --timeout $((25 * slow)) --dest org.ethosapp.Ethos \
    --object-path /org/ethosapp/Ethos --method "$@"
}
has_window() {
  gdbus introspect --session --dest org.ethosapp.Ethos --object-path "/org/ethosapp/Ethos/window/$1" \
    2>/dev/null | grep -q org.gtk.Actions
}
owner_pid() {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID org.ethosapp.Ethos 2>/dev/null \
    | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
}

out=$(app org.freedesktop.Application.ActivateAction show-reminder "[<int64 $id>]" "{}" 2>&1) \
  || fail "ActivateAction: $out"
for _ in $(seq $((50 * slow))); do has_window 1 && break; sleep 0.1; done
has_window 1 || fail "no window after ActivateAction: $(head -3 "$tmp/bus.log")"
pid=$(owner_pid)
[ -n "$pid" ] || fail "nobody owns org.ethosapp.Ethos"
tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "^$ethos --gapplication-service" \
  || fail "org.ethosapp.Ethos is $(tr '\0' ' ' <"/proc/$pid/cmdline")"
echo "ok 1 - ActivateAction show-reminder starts Ethos as a D-Bus service, with its window"

out=$(app org.freedesktop.Application.Activate "{}" 2>&1) || fail "Activate: $out"
sleep $((1 * slow))
[ "$(owner_pid)" = "$pid" ] || fail "another Ethos answers after Activate"
has_window 1 || fail "the window went away on Activate"
! has_window 2 || fail "Activate opened a second window"
echo "ok 2 - Activate brings back the same window"

out=$(app org.freedesktop.Application.ActivateAction quit "[]" "{}" 2>&1) || fail "quit: $out"
for _ in $(seq $((50 * slow))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
! kill -0 "$pid" 2>/dev/null || fail "Ethos still runs after app.quit"
! grep -q -E "CRITICAL|WARNING" "$tmp/bus.log" || fail "warnings: $(grep -E 'CRITICAL|WARNING' "$tmp/bus.log" | head -2)"
echo "ok 3 - app.quit ends it, with no warnings"
