#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every message in the sources is translated in every language of po/LINGUAS, none is fuzzy, and
# every translation keeps its message's formats (msgfmt --check). The template is made afresh
# from po/POTFILES.in, with the arguments of meson's glib preset (what "meson compile ethos-pot"
# runs), and merged with each language into a temporary folder: the tree is never touched. A
# string added anywhere without its translation fails here, listed with where it comes from, so
# that the next pass of translation knows exactly what to do.
set -eu
top=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xgettext --package-name=ethos --directory="$top" --files-from=po/POTFILES.in \
  --output="$tmp/ethos.pot" \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format

total=$(msgattrib --no-obsolete "$tmp/ethos.pot" | grep -c '^msgid ' || true)
echo "template: $((total - 1)) messages from po/POTFILES.in"

status=0
languages=$(sed -e 's/#.*//' po/LINGUAS)
if [ -z "$languages" ]; then
  echo "po/LINGUAS names no language"
  exit 1
fi
for lang in $languages; do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: po/LINGUAS names it, but $po is missing"
    status=1
    continue
  fi
  if ! msgfmt --check --output-file=/dev/null "$po" 2>"$tmp/check"; then
    echo "$lang: msgfmt --check fails on $po:"
    cat "$tmp/check"
    status=1
  fi
  msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/$lang.po" "$po" "$tmp/ethos.pot"
  msgfmt --statistics --output-file=/dev/null "$tmp/$lang.po" 2>"$tmp/stats"
  echo "$lang: $(cat "$tmp/stats")"
  msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | sed -e '1,/^$/d' >"$tmp/untranslated"
  msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | sed -e '1,/^$/d' >"$tmp/fuzzy"
  if [ -s "$tmp/untranslated" ]; then
    echo "$lang: not translated (meson compile -C build ethos-pot ethos-update-po brings them into $po; translate them there):"
    cat "$tmp/untranslated"
    status=1
  fi
  if [ -s "$tmp/fuzzy" ]; then
    echo "$lang: fuzzy in $po (check the translation, then remove the fuzzy flag):"
    cat "$tmp/fuzzy"
    status=1
  fi
done
exit $status
