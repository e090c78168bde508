#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The notifier runs all day, so it loads only what it uses (HACKING.md, "The layers"): none of
# the export's libraries (cairo, pango, json-glib, libical), the import's (libgsf, libxml2) or
# the toolkit's. Read from the program's own list of libraries (readelf), so that a build whose
# linker keeps every library it is given (GCC under -fsanitize) shows it too.
set -eu
program=$1
needed=$(readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if [ -z "$needed" ]; then
  echo "$program: readelf found no libraries at all" >&2
  exit 1
fi
unwanted=$(echo "$needed" | grep -E '^lib(cairo|pango|harfbuzz|json-glib|ical|gsf|xml2|gtk|adwaita)' || true)
if [ -n "$unwanted" ]; then
  echo "$program loads libraries it never uses:"
  echo "$unwanted" | sed 's/^/  /'
  exit 1
fi
echo "$program loads:" $needed
