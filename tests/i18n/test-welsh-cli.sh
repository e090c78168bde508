#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# test-welsh-cli.sh ETHOS_CLI: ethos-cli in Welsh, as a Welsh-speaking practitioner runs it: its
# help, its complaints and its counts, with the UK English it falls back to for comparison.
# LOCPATH holds the Welsh locale (make-locales.sh), ETHOS_LOCALEDIR the build's catalogues. TAP.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset LANGUAGE
n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  shift
  for line in "$@"; do echo "# $line"; done
}

# has FILE TEXT DESCRIPTION: FILE holds TEXT as a whole line or part of one.
has () {
  if grep -qF -- "$2" "$1"; then ok "$3"; else not_ok "$3" "wanted: $2" "got:" "$(cat "$1")"; fi
}

welsh () {
  LC_ALL=cy_GB.UTF-8 "$cli" "$@"
}

LC_ALL=C.UTF-8 "$cli" --help >"$tmp/help-en" 2>&1
has "$tmp/help-en" "Ethos's codes, diary and reminders from a terminal." "--help in the C locale is English"

welsh --help >"$tmp/help" 2>&1
has "$tmp/help" "Codau, dyddiadur a nodiadau atgoffa Ethos o derfynell." "--help is Welsh"
has "$tmp/help" "  codes search QUERY    Chwilio’r codau" "commands keep their names and columns; their descriptions are Welsh"

welsh reminders add --help >"$tmp/add-help" 2>&1
has "$tmp/add-help" "Ychwanegu adnewyddiad, ailwiriad neu derfyn amser." "a command's --help summary is Welsh"
has "$tmp/add-help" "Y dyddiad dyledus: BBBB-MM-DD, heddiw neu yfory" "its options are described in Welsh"

welsh frobnicate >"$tmp/out" 2>"$tmp/err"
status=$?
if [ $status -eq 2 ]; then ok "an unknown command still exits 2"; else not_ok "an unknown command still exits 2" "status $status"; fi
has "$tmp/err" "ethos-cli: gorchymyn anhysbys “frobnicate” (gweler ethos-cli --help)" "the complaint is Welsh"

welsh --data-dir "$tmp/data" supervision add --date 2026-02-30 --minutes 60 >"$tmp/out" 2>"$tmp/err"
has "$tmp/err" "Nid yw “2026-02-30” yn ddyddiad yn y calendr" "a message from the library is Welsh"

# Each count takes its own form: 1, 2 (soft mutation), 3 and 6 (aspirate mutation), the rest.
for count in 1 2 3 6 7; do
  welsh --data-dir "$tmp/demo-$count" demo --entries $count >"$tmp/demo-$count.out" 2>&1
done
has "$tmp/demo-1.out" "1 cofnod wedi’i wneud" "one entry"
has "$tmp/demo-2.out" "2 gofnod wedi’u gwneud" "two entries"
has "$tmp/demo-3.out" "3 chofnod wedi’u gwneud" "three entries"
has "$tmp/demo-6.out" "6 chofnod wedi’u gwneud" "six entries"
has "$tmp/demo-7.out" "7 cofnod wedi’u gwneud" "seven entries"

# Days and lengths of time in Welsh words, as well as the English ones.
welsh --data-dir "$tmp/words" supervision add --date ddoe --minutes "1 awr 30 munud" >"$tmp/words.out" 2>&1
welsh --data-dir "$tmp/words" supervision list --json >"$tmp/words.json" 2>&1
has "$tmp/words.json" '"minutes" : 90' "“ddoe” and “1 awr 30 munud” are read"

# What scripts read stays as it is: ids, and ISO dates in JSON.
welsh --data-dir "$tmp/data" reminders add --title "DBS" --due 2026-11-22 --kind dbs >/dev/null 2>&1
welsh --data-dir "$tmp/data" reminders list --json --as-of 2026-11-01 >"$tmp/json" 2>&1
has "$tmp/json" '"due" : "2026-11-22"' "JSON keeps ISO dates and English keys"
welsh --data-dir "$tmp/data" codes themes >"$tmp/themes" 2>&1
has "$tmp/themes" "confidentiality  Cyfrinachedd (34 cymal)" "theme ids stay; their names and counts are Welsh"

# The standing in Welsh words, not the JSON's English nicks (which --json keeps).
welsh --data-dir "$tmp/standing" profile set --bodies bacp --class bacp=accredited >/dev/null 2>&1
welsh --data-dir "$tmp/standing" supervision add --date 2026-11-02 --minutes 30 >/dev/null 2>&1
welsh --data-dir "$tmp/standing" standing --as-of 2026-11-20 >"$tmp/standing.out" 2>&1
has "$tmp/standing.out" ": ar y gweill" "a month not over is “ar y gweill”, not in-progress"
if grep -qF -- "in-progress" "$tmp/standing.out"; then
  not_ok "no English nick in the Welsh standing" "got:" "$(cat "$tmp/standing.out")"
else
  ok "no English nick in the Welsh standing"
fi
welsh --data-dir "$tmp/standing" standing --as-of 2026-11-20 --json >"$tmp/standing.json" 2>&1
has "$tmp/standing.json" '"status" : "in-progress"' "the JSON keeps the nicks"

echo "1..$n"
exit $failed
