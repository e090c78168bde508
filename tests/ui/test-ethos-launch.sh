#!/bin/bash
# The ethos program itself, as a user starts it: --data-dir puts the database there, owner-only;
# a damaged database is explained in the window, never written to, and nothing crashes.
set -u
ethos=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "not ok - $*"; exit 1; }

echo "1..3"
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
