#!/bin/sh
# Every source and template with translatable strings must be listed in po/POTFILES.in, or its
# strings never reach translators.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
missing=0
# Desktop entries and AppStream metainfo are translated whole (i18n.merge_file).
for f in $( (grep -rlE '(^|[^a-z_])(_|N_|C_|NC_)\(|g_dngettext' src --include=*.c; grep -rl 'translatable="yes"' ui data
             ls data/*.desktop.in data/*.metainfo.xml.in) | sort -u); do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $f"
    missing=1
  fi
done
while read -r f; do
  [ -z "$f" ] && continue
  [ -f "$f" ] || { echo "po/POTFILES.in names a missing file: $f"; missing=1; }
done < po/POTFILES.in
exit $missing
