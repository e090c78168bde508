#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# make-locales.sh DIR STAMP: the locales the language tests run in (Welsh, and UK English for
# comparison), compiled into DIR for LOCPATH, so that no test needs root or the machine's own
# locales. Needs Debian's locales package, for the definitions (build-aux/dev installs it).
set -eu
dir=$1
stamp=$2
mkdir -p "$dir"
for locale in cy_GB en_GB; do
  if [ ! -f "/usr/share/i18n/locales/$locale" ]; then
    echo "make-locales.sh: no definition of $locale: install Debian's locales package (build-aux/dev deps)" >&2
    exit 1
  fi
  localedef --inputfile="$locale" --charmap=UTF-8 "$dir/$locale.UTF-8"
done
touch "$stamp"
