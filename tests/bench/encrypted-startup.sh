#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# encrypted-startup.sh BUILD PLAIN CRYPT ROUNDS: run by run-bench.py under
# tests/run-with-keyring.sh (a private Secret Service). Encrypts CRYPT (a copy of PLAIN, its key
# in that keyring, as a new diary's is), then starts the window on each in turn, ROUNDS times
# after one round not counted, and prints "plain MS" and "encrypted MS" lines: the time from exec
# to the first mapped window (mapwait).
set -eu
build=$1 plain=$2 crypt=$3 rounds=$4
"$build/src/cli/ethos-cli" --data-dir "$crypt" encryption enable >/dev/null
for round in $(seq 0 "$rounds"); do
  for which in plain encrypted; do
    dir=$plain
    [ "$which" = encrypted ] && dir=$crypt
    ms=$("$build/tests/bench/mapwait" --timeout 30000 "$build/src/app/ethos" --data-dir "$dir" |
         sed -n 's/^startup_ms //p')
    [ "$round" -gt 0 ] && echo "$which $ms"
  done
done
