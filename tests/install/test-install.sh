#!/bin/bash
# meson install, into a scratch DESTDIR: every file the desktop, D-Bus, AppStream, man and
# gettext look for is where they look for it under the configured prefix, and says what they
# need (the D-Bus service starts the installed program; the desktop file's icon is installed).
# usage: test-install.sh BUILDDIR MESON BINDIR DATADIR MANDIR LOCALEDIR LINGUAS GUI
set -u
build=$1
meson=$2
bindir=$3
datadir=$4
mandir=$5
localedir=$6
linguas=$7
gui=$8
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
n=0
failed=0
check() {
  local what=$1
  shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $what"
  else
    echo "not ok $n - $what"
    failed=1
  fi
}
has_line() { [ -f "$dest$1" ] && grep -qx -- "$2" "$dest$1"; }

if ! "$meson" install -C "$build" --no-rebuild --destdir "$dest" >"$dest.log" 2>&1; then
  echo "1..1"
  echo "not ok 1 - meson install: $(tail -3 "$dest.log")"
  rm -f "$dest.log"
  exit 1
fi
rm -f "$dest.log"

programs=(ethos-cli ethos-notifier)
[ "$gui" = true ] && programs+=(ethos)
for p in "${programs[@]}"; do
  check "$bindir/$p" test -x "$dest$bindir/$p"
done

app=$datadir/applications/org.ethosapp.Ethos.desktop
service=$datadir/dbus-1/services/org.ethosapp.Ethos.service
metainfo=$datadir/metainfo/org.ethosapp.Ethos.metainfo.xml
if [ "$gui" = true ]; then
  check "$app, D-Bus activatable" has_line "$app" "DBusActivatable=true"
  check "$app starts $bindir/ethos" has_line "$app" "Exec=$bindir/ethos"
  check "$app names the installed icon" has_line "$app" "Icon=org.ethosapp.Ethos"
  check "$service names org.ethosapp.Ethos" has_line "$service" "Name=org.ethosapp.Ethos"
  check "$service starts $bindir/ethos as a service" \
    has_line "$service" "Exec=$bindir/ethos --gapplication-service"
  check "$metainfo" grep -q "<id>org.ethosapp.Ethos</id>" "$dest$metainfo"
  check "$metainfo launches the installed desktop file" \
    grep -q '<launchable type="desktop-id">org.ethosapp.Ethos.desktop</launchable>' "$dest$metainfo"
  check "$mandir/man1/ethos.1" test -s "$dest$mandir/man1/ethos.1"
fi
check "the icon" test -s "$dest$datadir/icons/hicolor/scalable/apps/org.ethosapp.Ethos.svg"
check "the symbolic icon" \
  test -s "$dest$datadir/icons/hicolor/symbolic/apps/org.ethosapp.Ethos-symbolic.svg"
check "the settings schema" test -s "$dest$datadir/glib-2.0/schemas/org.ethosapp.Ethos.gschema.xml"
template=$datadir/org.ethosapp.Ethos/org.ethosapp.Ethos.Notifier.desktop
check "the notifier's autostart template" has_line "$template" "Exec=ethos-notifier"
# Nothing in <datadir>/ethos, which is the practitioner's data folder when the prefix is ~/.local.
check "nothing in the data folder of a ~/.local prefix" test ! -e "$dest$datadir/ethos"
for page in ethos-cli ethos-notifier; do
  check "$mandir/man1/$page.1" test -s "$dest$mandir/man1/$page.1"
done
# Every language po/LINGUAS lists.
for lang in $(sed 's/#.*//' "$linguas"); do
  check "$localedir/$lang/LC_MESSAGES/ethos.mo" test -s "$dest$localedir/$lang/LC_MESSAGES/ethos.mo"
done
echo "1..$n"
exit $failed
