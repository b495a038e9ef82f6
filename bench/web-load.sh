#!/usr/bin/env bash
# The web app's speed targets (issue #3), measured as docs/BENCHMARKS.md records them:
#   - GET /api/tasking (the tasking page's data) under 50 concurrent clients, on demo data of 1,000,000 events:
#     warm (everyone asks for the page's default list, as when a shift opens today's tasking) and varied (every
#     request asks for filters nobody asked for before, so each is computed), with wrk against 127.0.0.1;
#   - the first request after the server starts, and the first after a data change (a place adjustment);
#   - the server's peak memory (VmHWM);
#   - the JavaScript and CSS the tasking page loads on a first visit.
#
# Usage: bench/web-load.sh [--events N] [--duration 30s] [--connections 50] [--work DIR] [--only warm|varied]
#   --only      run one of the two loads (to compare builds on one case, alternating runs)
#   --work DIR  keep the generated data and database in DIR and reuse them on the next run (default: a temporary
#               folder, removed at the end). Everything else it starts, it stops.
set -euo pipefail

events=1000000
duration=30s
connections=50
work=""
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "web-load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case "$only" in ""|warm|varied) ;; *) echo "web-load.sh: --only takes warm or varied" >&2; exit 2 ;; esac
loads="${only:-warm varied}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lantern="$root/lantern"
threads=$(( connections < 2 ? connections : 2 )) # wrk threads: one per core of the machine the targets are set for (wrk needs a connection each)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (apt)..." >&2
  as_root apt-get install -y -q wrk >&2 || { as_root apt-get update -q >&2 && as_root apt-get install -y -q wrk >&2; }
fi
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "web-load.sh: needs $tool" >&2; exit 1; }
done

. "$root/bench/lib.sh"
bench_work "$work" lantern-web-load
db="$work/bench.db"

echo "== build (Release, ReadyToRun, via ./lantern)"
"$lantern" --version
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(dotnet --version) SDK, wrk $(wrk --version 2>&1 | awk 'NR == 1 { print $2 }')"
uptime

echo "== data: $events synthetic events (lantern demo --events), into $db"
if [ ! -f "$work/.ready-$events" ]; then
  rm -f "$db"
  start=$SECONDS
  "$lantern" demo --db "$db" --data "$work/data" --events "$events" --no-serve > "$work/demo.log"
  grep -E '^(Wrote|[0-9]+ files:)' "$work/demo.log"
  echo "generate + import + demo list: $((SECONDS - start)) s"
  export LANTERN_BENCH_PASSWORD="bench-$RANDOM-$RANDOM-password"
  echo "$LANTERN_BENCH_PASSWORD" > "$work/.password"
  "$lantern" --db "$db" users add bench-admin --role administrator --password-env LANTERN_BENCH_PASSWORD
  "$lantern" --db "$db" users add bench-analyst --role analyst --password-env LANTERN_BENCH_PASSWORD
  touch "$work/.ready-$events"
else
  echo "reusing $db"
fi
password="$(cat "$work/.password")"
ls -l "$db" | awk '{printf "database: %.0f MB\n", $5 / 1e6}'

bench_serve "$db"
echo "== lantern serve on $base"

bench_sign_in bench-analyst "$password"
cookie="lantern.session=$(awk '$6 == "lantern.session" { print $7 }' "$jar")"

peak() { awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status"; }

# The query the tasking page sends: its data-query attribute (src/Lantern/Web/Assets/tasking.js).
page="$(curl -fs -b "$jar" "$base/tasking")"
query="$(printf '%s' "$page" | python3 -c 'import html, re, sys; print(html.unescape(re.search(r"data-query=\"([^\"]*)\"", sys.stdin.read()).group(1)))')"
echo "tasking page query: $query"

echo "== first page load: JavaScript and CSS the tasking page references"
printf '%s' "$page" | python3 -c '
import re, sys
html = sys.stdin.read()
for m in re.finditer(r"<script[^>]*\ssrc=\"([^\"]+)\"", html): print(m.group(1))
for m in re.finditer(r"<link[^>]*>", html):
    tag = m.group(0)
    if re.search(r"rel=\"stylesheet\"", tag): print(re.search(r"href=\"([^\"]+)\"", tag).group(1))
' > "$work/assets.txt"
total=0
total_gzip=0
while read -r asset; do
  size=$(curl -fs -b "$jar" -o /dev/null -w '%{size_download}' "$base$asset")
  gz=$(curl -fs -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$asset")
  headers=$(curl -fs -b "$jar" -H 'Accept-Encoding: gzip' -D - -o /dev/null "$base$asset" | tr -d '\r' \
    | grep -iE '^(cache-control|etag|content-encoding):' | tr '\n' ' ')
  printf '  %-45s %8d bytes (%d as sent with gzip accepted)  %s\n' "$asset" "$size" "$gz" "$headers"
  total=$((total + size))
  total_gzip=$((total_gzip + gz))
done < "$work/assets.txt"
echo "first-load JS+CSS: $total bytes ($total_gzip bytes over the wire with gzip accepted); target < 1,000,000"

echo "== first request after the server started (reads the force's crimes from SQLite, then computes)"
curl -fs -b "$jar" -o "$work/tasking.json" -w 'first request: %{time_total} s, %{size_download} bytes\n' "$base/api/tasking?$query"
curl -fs -b "$jar" -o /dev/null -w 'same again (cached): %{time_total} s\n' "$base/api/tasking?$query"
curl -fs -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w 'same, gzip accepted: %{size_download} bytes\n' "$base/api/tasking?$query"

run_wrk() { # name, varied
  echo "== $1: $connections connections, $threads threads, $duration"
  uptime
  BENCH_COOKIE="$cookie" BENCH_QUERY="$query" BENCH_VARIED="$2" BENCH_THREADS="$threads" \
    wrk -t"$threads" -c"$connections" -d"$duration" --timeout 60s -s "$root/bench/web-load.lua" "$base/" | tee "$work/wrk-$1.txt"
  echo "server peak memory so far (VmHWM): $(peak)"
}
for name in $loads; do
  run_wrk "$name" "$([ "$name" = varied ] && echo 1 || echo 0)"
done

echo "== first request after a data change (a place adjustment: the list is recomputed from the crimes in memory)"
token="$(curl -fs -b "$jar" -c "$jar" "$base/api/session" | python3 -c 'import json, sys; print(json.load(sys.stdin)["antiforgery"]["token"])')"
cell="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["result"]["places"][-1]["cell"])' "$work/tasking.json")"
force="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["force"])' "$work/tasking.json")"
adjustment="$(curl -fs -b "$jar" -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
  -d "{\"force\":\"$force\",\"cell\":\"$cell\",\"action\":\"suppress\",\"reason\":\"web-load benchmark\"}" "$base/api/tasking/places" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
curl -fs -b "$jar" -o /dev/null -w 'first request after the change: %{time_total} s\n' "$base/api/tasking?$query"
# Withdrawn again, so that a kept --work database gives the same list next time.
curl -fs -b "$jar" -H "X-CSRF-TOKEN: $token" -X DELETE "$base/api/tasking/places/$adjustment"

echo "== summary"
echo "server peak memory (VmHWM): $(peak)"
for name in $loads; do
  grep '^RESULT' "$work/wrk-$name.txt" | sed "s/^RESULT/$name:/"
done
