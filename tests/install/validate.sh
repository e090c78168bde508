#!/bin/sh
# The desktop's own validators, which are what distributions and software centres run:
#   validate.sh desktop FILE    desktop-file-validate, with no error nor warning
#   validate.sh metainfo FILE VERSION
#                               appstream-util validate-relax --nonet; VERSION the newest release
#   validate.sh schema DIR      glib-compile-schemas --strict --dry-run
set -u
kind=$1
file=$2
need() {
  command -v "$1" >/dev/null || { echo "$1 is not installed (build-aux/dev test installs it)"; exit 1; }
}
case "$kind" in
  desktop)
    need desktop-file-validate
    out=$(desktop-file-validate "$file" 2>&1)
    rc=$?
    echo "$out"
    [ $rc -eq 0 ] && ! echo "$out" | grep -q -E "error|warning"
    ;;
  metainfo)
    need appstream-util
    appstream-util validate-relax --nonet "$file" || exit 1
    # The newest release is this version (software centres show it as the one installed).
    newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$file" | head -n 1)
    [ "$newest" = "$3" ] || { echo "the newest release is “$newest”, the project $3"; exit 1; }
    ;;
  schema)
    need glib-compile-schemas
    glib-compile-schemas --strict --dry-run "$file"
    ;;
  *)
    echo "usage: validate.sh desktop|metainfo|schema PATH"
    exit 2
    ;;
esac
