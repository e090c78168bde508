#!/usr/bin/env bash
# subprojects/sqlcipher/regenerate.sh: makes sqlite3.c and sqlite3.h again from SQLCipher's
# source as Debian 13 (trixie) carries it, checked against the pinned .dsc checksum in README.md.
#   subprojects/sqlcipher/regenerate.sh          (as root, or with sudo: it adds a deb-src line)
# Needs: dpkg-dev, debian-keyring (to check the .dsc's signature), tcl (SQLite's amalgamation
# script). The deb-src line points at the mirror this machine's own Debian sources use.
set -euo pipefail

version=4.6.1-2
dsc_sha256=dbe12db69e46bd2e3db2efc1d780a167e127ede1e97b18d39f9ddbd6a17faf5f
here=$(cd "$(dirname "$0")" && pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  dpkg-dev debian-keyring tcl >/dev/null

list=/etc/apt/sources.list.d/ethos-trixie-src.sources
# A deb-src line for trixie, unless apt already knows the source package.
if [ ! -f "$list" ] && ! apt-cache showsrc sqlcipher 2>/dev/null | grep -qx "Version: $version"; then
  mirror=$(sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
             | head -n 1)
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 ~ /\/debian\/?$/ { print $2; exit }' \
                                 /etc/apt/sources.list 2>/dev/null)
  [ -n "$mirror" ] || { echo "No Debian mirror in this machine's apt sources" >&2; exit 1; }
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
    "$mirror" /usr/share/keyrings/debian-archive-keyring.gpg | as_root tee "$list" >/dev/null
fi
as_root apt-get update -q >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get source --download-only "sqlcipher=$version" >/dev/null
echo "$dsc_sha256  sqlcipher_$version.dsc" | sha256sum -c -
# The .dsc is signed by a Debian developer: refuse anything else.
dpkg-source --require-valid-signature -x "sqlcipher_$version.dsc" src

# SQLCipher's README: SQLITE_HAS_CODEC and a temporary store in memory (--enable-tempstore=yes is
# SQLITE_TEMP_STORE=2); FTS5 for Ethos's search. The amalgamation itself is the same for any
# flags: meson passes them again when it compiles (meson.build beside this script).
mkdir build && cd build
../src/configure --enable-tempstore=yes --enable-fts5 --disable-tcl \
  CFLAGS="-DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL" LDFLAGS="-lcrypto" >/dev/null
make sqlite3.c >/dev/null
cp sqlite3.c sqlite3.h "$here/"
cp ../src/LICENSE.md "$here/LICENSE"
sha256sum sqlite3.c sqlite3.h
