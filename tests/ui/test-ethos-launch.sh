#!/bin/bash
# The ethos program itself, as a user starts it: --data-dir puts the database there, owner-only;
# a damaged database is explained in the window, never written to, and nothing crashes, whether
# the damage is found on opening or by the check that follows it in the background.
set -u
ethos=$1
notifier=$2
cli=$3
tmp=$(mktemp -d)
cleanup() {
  pkill -f "ethos-notifier --data-dir=$tmp" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "not ok - $*"; exit 1; }

echo "1..5"
out=$("$ethos" --version) || fail "--version"
[[ $out == "ethos "* ]] || fail "--version printed: $out"
echo "ok 1 - --version"

timeout 4 "$ethos" --data-dir "$tmp/data" >"$tmp/log" 2>&1
rc=$?
[ $rc -eq 124 ] || fail "ethos ended with $rc before it was closed: $(head -3 "$tmp/log")"
[ -f "$tmp/data/ethos.db" ] || fail "no database in --data-dir"
[ "$(stat -c %a "$tmp/data")" = 700 ] || fail "data dir is not 0700"
[ "$(stat -c %a "$tmp/data/ethos.db")" = 600 ] || fail "database is not 0600"
! grep -q -E "CRITICAL|WARNING" "$tmp/log" || fail "warnings: $(grep -E 'CRITICAL|WARNING' "$tmp/log" | head -2)"
echo "ok 2 - --data-dir, owner-only"

mkdir -p "$tmp/bad"
head -c 8192 /dev/urandom >"$tmp/bad/ethos.db"
before=$(sha256sum <"$tmp/bad/ethos.db")
timeout 4 "$ethos" --data-dir "$tmp/bad" >"$tmp/log2" 2>&1
rc=$?
[ $rc -eq 124 ] || fail "ethos ended with $rc on a damaged database: $(head -3 "$tmp/log2")"
[ "$before" = "$(sha256sum <"$tmp/bad/ethos.db")" ] || fail "the damaged database was written to"
! grep -q -E "CRITICAL" "$tmp/log2" || fail "criticals on a damaged database"
echo "ok 3 - a damaged database is left as it was"

# Damage in the middle of a diary: the header reads, so the window opens at once; the check that
# follows finds the damage, the window gives way to the one that explains it, nothing is written.
slow=${ETHOS_TEST_SLOW:-1}
"$cli" --data-dir "$tmp/mid" demo --entries 3000 >/dev/null || fail "demo diary"
size=$(stat -c %s "$tmp/mid/ethos.db")
for page in 0 3 6 9; do
  head -c 4096 /dev/zero | tr '\0' 'Z' |
    dd of="$tmp/mid/ethos.db" bs=4096 seek=$((size / 8192 + page)) conv=notrunc status=none
done
before=$(sha256sum <"$tmp/mid/ethos.db")
G_MESSAGES_DEBUG=ethos-application timeout $((4 * slow)) "$ethos" --data-dir "$tmp/mid" \
  >"$tmp/log5" 2>&1
rc=$?
[ $rc -eq 124 ] || fail "ethos ended with $rc on a diary damaged mid-file: $(head -3 "$tmp/log5")"
grep -q "The records are damaged" "$tmp/log5" || fail "the damage was not found: $(grep -v DEBUG "$tmp/log5" | head -3)"
[ "$before" = "$(sha256sum <"$tmp/mid/ethos.db")" ] || fail "the damaged database was written to"
! grep -q -E "CRITICAL" "$tmp/log5" || fail "criticals on a damaged database"
echo "ok 4 - damage found after opening is explained, and the file left as it was"

# The window starts the background notifier when none is running, and only one.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "ok 5 # SKIP no session bus (build-aux/dev test provides one)"
  exit 0
fi
owned() {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner org.ethosapp.Ethos.Notifier 2>/dev/null
}
[ "$(owned)" = "(false,)" ] || fail "a notifier is already running on this bus"
mkdir -p "$tmp/bin"
ln -s "$notifier" "$tmp/bin/ethos-notifier"
PATH="$tmp/bin:$PATH" timeout $((4 * slow)) "$ethos" --data-dir "$tmp/data" >"$tmp/log3" 2>&1
for _ in $(seq $((30 * slow))); do [ "$(owned)" = "(true,)" ] && break; sleep 0.1; done
[ "$(owned)" = "(true,)" ] || fail "the window did not start the notifier: $(head -3 "$tmp/log3")"
PATH="$tmp/bin:$PATH" timeout 3 "$ethos" --data-dir "$tmp/data" >"$tmp/log4" 2>&1
sleep 0.5
count=$(pgrep -c -f "ethos-notifier --data-dir=$tmp/data" || true)
[ "$count" = 1 ] || fail "$count notifiers running after a second start"
echo "ok 5 - the window starts one notifier, which outlives it"
