#!/bin/sh
# Profiles one full sync by `cairn sync` under callgrind, against a warm cairn-sim child on
# loopback, each thread counted apart (--separate-threads).
# Usage: bench/profile-sync.sh [BIN_DIR] [SOURCE] [N]
#   google: N contacts (default 10 000); jira: N issues (default 5 000);
#   asana: N tasks in each of 10 projects (default 500); github: N pulls in each of 2 repos (default 500).
# Writes callgrind.out.cairn-sync(-NN per thread) and callgrind-top.txt in the cwd.
set -eu
BIN=${1:-build/bin}
SOURCE=${2:-google}
TMP=$(mktemp -d)
trap 'kill "$SIM_PID" 2>/dev/null || true; rm -rf "$TMP"' EXIT

case "$SOURCE" in
google) N=${3:-10000}; SIM_ARGS="--contacts $N" ;;
jira) N=${3:-5000}; SIM_ARGS="--contacts 0 --jira-issues $N" ;;
asana) N=${3:-500}; SIM_ARGS="--contacts 0 --asana-projects 10 --asana-tasks $N" ;;
github) N=${3:-500}; SIM_ARGS="--contacts 0 --github-repos 2 --github-pulls $N --github-rate-limit 1000000" ;;
*) echo "profile-sync.sh: unknown source $SOURCE" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
"$BIN/cairn-sim" --port 0 --seed 1 $SIM_ARGS >"$TMP/sim.out" 2>"$TMP/sim.err" &
SIM_PID=$!
while ! grep -q '^listening ' "$TMP/sim.out" 2>/dev/null; do sleep 0.1; done
BASE=$(sed -n 's/^listening //p' "$TMP/sim.out" | head -n 1)
UPPER=$(echo "$SOURCE" | tr '[:lower:]' '[:upper:]')
export "CAIRN_${UPPER}_API_URL=$BASE/$SOURCE" "CAIRN_${UPPER}_TOKEN=cairn-sim-token" CAIRN_JIRA_EMAIL=bench@example.com \
    QT_QPA_PLATFORM=offscreen

configure() {
    case "$SOURCE" in
    jira)
        "$BIN/cairn" config set jira.configs bench --data-dir "$1" >/dev/null
        "$BIN/cairn" config set jira.bench.site https://bench.atlassian.net --data-dir "$1" >/dev/null
        "$BIN/cairn" config set jira.bench.jql "project in (CAIRN, OPS, WEB)" --data-dir "$1" >/dev/null ;;
    github)
        REPOS=$(curl -s "$BASE/_admin/truth/github" | python3 -c \
            'import json, sys; print(",".join(r["full_name"] for r in json.load(sys.stdin)["repos"]))')
        "$BIN/cairn" config set github.repos "$REPOS" --data-dir "$1" >/dev/null ;;
    esac
}

# Warm the simulator (it serialises each item on its first listing), unprofiled.
configure "$TMP/warm"
"$BIN/cairn" sync --source "$SOURCE" --mode full --data-dir "$TMP/warm" >/dev/null
configure "$TMP/profiled"
valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file=callgrind.out.cairn-sync \
    "$BIN/cairn" sync --source "$SOURCE" --mode full --data-dir "$TMP/profiled"
{
    for f in callgrind.out.cairn-sync-*; do
        echo "== $f: inclusive"
        callgrind_annotate --inclusive=yes "$f" | head -n 60
        echo "== $f: self"
        callgrind_annotate "$f" | head -n 40
    done
} >callgrind-top.txt
echo "wrote callgrind.out.cairn-sync-* and callgrind-top.txt"
