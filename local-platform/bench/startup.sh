#!/usr/bin/env bash
# Measures the local platform: time from `./upward run` to "all ready", cold (nothing
# unpacked, empty databases) and warm (second start), each part's own start time as the
# launcher reports it, and the resident memory (RSS) of every process once all are ready.
# Maven's downloads are not part of "cold": they stay in ~/.m2.
#
#   local-platform/bench/startup.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d /tmp/upward-bench.XXXXXX)"
export UPWARD_CACHE_DIR="$WORK/cache"
trap './upward stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

./upward stop >/dev/null 2>&1 || true
./mvnw -B -q -ntp install -DskipTests >/dev/null   # so that `run` measures starting, not building

# RSS of a process and its direct children (PostgreSQL's backends, a shell's java).
rss_mb() { { ps -o rss= -p "$1"; ps -o rss= --ppid "$1"; } 2>/dev/null | awk '{s+=$1} END {printf "%.0f", s/1024}'; }

measure() {
  local label="$1" log="$WORK/$1.log" started elapsed
  started=$(date +%s%N)
  ./upward run >"$log" 2>&1 &
  until grep -q "all ready" "$log"; do
    if ! kill -0 $! 2>/dev/null; then echo "run failed:"; tail -30 "$log"; exit 1; fi
    sleep 0.2
  done
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  printf '\n== %s start: %d.%03d s from ./upward run to "all ready"\n' "$label" $((elapsed / 1000)) $((elapsed % 1000))
  grep -E 'ready (on|at)|cluster initialised|unpacked' "$log" | sed 's/^\[[0-9:]*\] /   /'
  printf '   %-22s %8s\n' "process" "RSS (MB)"
  for pidfile in "$UPWARD_CACHE_DIR"/run/pids/*.pid; do
    local name pid
    name="$(basename "$pidfile" .pid)"; pid="$(cat "$pidfile")"
    if [[ "$name" == platform ]]; then   # the launcher alone; its children are listed on their own
      printf '   %-22s %8s\n' "launcher" "$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')"
    else
      printf '   %-22s %8s\n' "$name" "$(rss_mb "$pid")"
    fi
  done
  ./upward stop >/dev/null
}

rm -rf "${TMPDIR:-/tmp}"/upward-postgres-[0-9]*   # PostgreSQL binaries are unpacked again
UPWARD_FRESH=1 measure cold
measure warm
