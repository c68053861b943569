#!/bin/sh
# Profiles one full Google sync of N contacts (default 10 000) by `cairn sync` under callgrind,
# against a warm cairn-sim child on loopback. Usage: bench/profile-google-sync.sh [BIN_DIR] [N]
# Writes callgrind.out.cairn-sync and callgrind-top.txt (inclusive and self costs) in the cwd.
set -eu
BIN=${1:-build/bin}
N=${2:-10000}
TMP=$(mktemp -d)
trap 'kill "$SIM_PID" 2>/dev/null || true; rm -rf "$TMP"' EXIT

"$BIN/cairn-sim" --port 0 --seed 1 --contacts "$N" >"$TMP/sim.out" 2>"$TMP/sim.err" &
SIM_PID=$!
while ! grep -q '^listening ' "$TMP/sim.out" 2>/dev/null; do sleep 0.1; done
BASE=$(sed -n 's/^listening //p' "$TMP/sim.out" | head -n 1)
export CAIRN_GOOGLE_API_URL="$BASE/google" CAIRN_GOOGLE_TOKEN=cairn-sim-token QT_QPA_PLATFORM=offscreen

# Warm the simulator (it serialises each contact on its first listing), unprofiled.
"$BIN/cairn" sync --source google --mode full --data-dir "$TMP/warm" >/dev/null

valgrind --tool=callgrind --callgrind-out-file=callgrind.out.cairn-sync \
    "$BIN/cairn" sync --source google --mode full --data-dir "$TMP/profiled"
{
    echo "== inclusive"
    callgrind_annotate --inclusive=yes callgrind.out.cairn-sync | head -n 80
    echo "== self"
    callgrind_annotate callgrind.out.cairn-sync | head -n 60
} >callgrind-top.txt
echo "wrote callgrind.out.cairn-sync and callgrind-top.txt"
