#!/bin/sh
# Runs a test binary on its own Xvfb display with a tray host (trayer), as SETUP.md says:
# under bare Xvfb there is no system tray. Usage: with-tray-host.sh BINARY [ARGS...]
set -eu
binary=$1
shift
for tool in Xvfb trayer; do
    command -v "$tool" >/dev/null 2>&1 || { echo "with-tray-host: $tool is missing (scripts/bootstrap installs it)" >&2; exit 1; }
done
dir=$(mktemp -d)
xvfb=""
tray=""
cleanup() {
    [ -n "$tray" ] && kill "$tray" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
# -displayfd: Xvfb picks a free display and writes its number when it is ready.
Xvfb -displayfd 3 -screen 0 1024x640x24 -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
i=0
while [ ! -s "$dir/display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$dir/display" ] || { echo "with-tray-host: Xvfb did not start" >&2; cat "$dir/xvfb.log" >&2; exit 1; }
DISPLAY=":$(cat "$dir/display")"
export DISPLAY
trayer --edge top --align right --widthtype pixel --width 200 --height 32 >"$dir/trayer.log" 2>&1 &
tray=$!
QT_QPA_PLATFORM=xcb "$binary" "$@"
