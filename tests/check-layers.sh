#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers (HACKING.md), read from the sources: src/core is GLib only; src/store and
# src/export have no toolkit; SQL and SQLite stay in src/store. The build already refuses most
# of this (each layer's library sees only its own and lower layers' headers, and src/core has a
# sqlite3.h of its own that stops the compiler); this says it plainly, file and line, and also
# catches what a compiler cannot: SQL written as a string in a layer above the store.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
status=0

# Lines of the C files under the folders given that match the pattern (extended regex).
find_in() {
  pattern=$1
  shift
  grep -nE "$pattern" $(find "$@" -name '*.[ch]' | sort) /dev/null || true
}

complain() {
  what=$1
  found=$2
  if [ -n "$found" ]; then
    echo "$what:"
    echo "$found" | sed 's/^/  /'
    status=1
  fi
}

toolkit='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](gtk/|gdk/|adwaita\.h)'
sqlite='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]sqlite3\.h'
graphics='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](cairo|pango/)'
# SQL at the start of a string literal, as a statement would be written.
sql='"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE[[:space:]]+FROM|REPLACE[[:space:]]+INTO|CREATE[[:space:]]+(TABLE|INDEX|TRIGGER|VIEW|VIRTUAL)|DROP[[:space:]]+(TABLE|INDEX)|ALTER[[:space:]]+TABLE|PRAGMA)[[:space:](]'

# A header of a layer above, by name: "ethos-csv.h" from src/core, say.
headers_of() {
  for h in "$@"; do
    basename "$h"
  done | sed 's/[.]/\\./g' | paste -sd '|' -
}
store_headers=$(headers_of src/store/*.h)
export_headers=$(headers_of src/export/*.h)

complain "src/core includes SQLite (it is GLib only; SQL belongs in src/store)" \
  "$(find_in "$sqlite" src/core | grep -v '^src/core/forbidden/')"
complain "src/core includes a toolkit header (it is GLib only)" "$(find_in "$toolkit" src/core)"
complain "src/core includes cairo or pango (drawing belongs in src/export)" \
  "$(find_in "$graphics" src/core)"
complain "src/core includes a header of src/store or src/export" \
  "$(find_in "#[[:space:]]*include[[:space:]]*\"($store_headers|$export_headers)\"" src/core)"
complain "src/store, src/export or src/import includes a toolkit header" \
  "$(find_in "$toolkit" src/store src/export src/import)"
complain "src/import includes a header of src/store or src/export (it reads files into core's tables)" \
  "$(find_in "#[[:space:]]*include[[:space:]]*\"($store_headers|$export_headers)\"" src/import)"
complain "src/import includes cairo or pango" "$(find_in "$graphics" src/import)"
complain "src/store includes a header of src/export" \
  "$(find_in "#[[:space:]]*include[[:space:]]*\"($export_headers)\"" src/store)"
complain "src/store includes cairo or pango (drawing belongs in src/export)" \
  "$(find_in "$graphics" src/store)"
complain "a layer above the store includes SQLite (only src/store talks to the database)" \
  "$(find_in "$sqlite" src/export src/import src/app src/cli src/notifier)"
complain "a layer above the store includes the store's private header" \
  "$(find_in 'include[[:space:]]*"ethos-store-private\.h"' src/core src/export src/import src/app src/cli src/notifier)"
complain "SQL in a string outside src/store (add a function to the store instead)" \
  "$(find_in "$sql" src/core src/export src/import src/app src/cli src/notifier)"

[ $status -eq 0 ] && echo "layers: as HACKING.md says"
exit $status
