#!/bin/sh
# Builds the Debian package, installs it, runs the installed `cairn`, validates the desktop
# and AppStream files it installed, removes it and checks that the binary is gone.
# Usage: packaging/check-deb.sh [BUILD_DIR]   (default: <repo>/.build-deb; needs root)
# An existing build dir is reused as configured; a new one is configured without tests.
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/.build-deb}
APP_ID=io.github.cairn.Cairn

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

say "configure and build in $BUILD"
if [ -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$SRC" -B "$BUILD" >/dev/null
else
    cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAIRN_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" --target cairn cairn-sim cairn-docs -j1 >/dev/null

say "cpack -G DEB"
rm -f "$BUILD"/cairn_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
DEB=$(ls "$BUILD"/cairn_*.deb)
dpkg-deb --info "$DEB" | sed -n '/Package:/,$p'
dpkg-deb --contents "$DEB" | awk '{print $6}'

say "apt-get install $DEB"
apt-get install -y "$DEB" >/dev/null 2>&1 || apt-get install -y "$DEB"
[ -x /usr/bin/cairn ] || fail "/usr/bin/cairn was not installed"

say "cairn --version"
/usr/bin/cairn --version
/usr/bin/cairn --version | grep -q "0\.1\.0" || fail "cairn --version does not print the version"
say "cairn --help"
/usr/bin/cairn --help | head -5
/usr/bin/cairn --help | grep -q "sync" || fail "cairn --help does not list the commands"
say "cairn status on an empty data dir (the SQLite driver is installed)"
TMP=$(mktemp -d)
/usr/bin/cairn --data-dir "$TMP" status || fail "cairn status failed"
rm -rf "$TMP"

say "the manual page and the shell completions"
[ -f /usr/share/man/man1/cairn.1 ] || fail "cairn(1) was not installed"
groff -man -Tutf8 -ww -z /usr/share/man/man1/cairn.1 2>&1 | grep . && fail "cairn(1) has troff warnings"
bash --norc -c '. /usr/share/bash-completion/completions/cairn && complete -p cairn' || fail "the bash completion does not load"
[ -f /usr/share/zsh/vendor-completions/_cairn ] || fail "the zsh completion was not installed"
[ -f /usr/share/fish/vendor_completions.d/cairn.fish ] || fail "the fish completion was not installed"

say "validate the installed desktop and metainfo files"
desktop-file-validate /usr/share/applications/$APP_ID.desktop
appstreamcli validate --no-net /usr/share/metainfo/$APP_ID.metainfo.xml
for f in /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg /usr/share/icons/hicolor/48x48/apps/$APP_ID.png; do
    [ -f "$f" ] || fail "$f missing"
done

say "apt-get remove cairn"
apt-get remove -y cairn >/dev/null 2>&1
[ ! -e /usr/bin/cairn ] || fail "/usr/bin/cairn is still there after removal"
[ ! -e /usr/share/applications/$APP_ID.desktop ] || fail "the desktop file is still there after removal"
say "PASS"
