#!/usr/bin/env bash
# An upload through the web import (POST /api/imports), as docs/web.md (Uploads) records it: the time to upload and
# import one generated street file, what the server wrote to disk meanwhile (write_bytes in /proc/PID/io: the upload
# saved once, the database, its journal), and its peak memory (VmHWM).
#
# Usage: bench/upload.sh [--events N] [--work DIR]
#   --events N  street rows in the generated file (default 1,000,000: a 221 MiB CSV)
#   --work DIR  keep the generated file in DIR for the next run (default: a temporary folder, removed at the end)
set -euo pipefail

events=1000000
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "upload.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lantern="$root/lantern"
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "upload.sh: needs $tool" >&2; exit 1; }
done

. "$root/bench/lib.sh"
bench_work "$work" lantern-upload

echo "== build (Release, ReadyToRun, via ./lantern)"
"$lantern" --version
uptime

file="$(find "$work/data" -name '*-street.csv' 2>/dev/null | head -n 1 || true)"
if [ ! -f "$work/.ready-$events" ] || [ -z "$file" ]; then
  rm -rf "$work/data"
  "$lantern" generate --out "$work/data" --events "$events" --months 1 | tail -n 1
  touch "$work/.ready-$events"
  file="$(find "$work/data" -name '*-street.csv' | head -n 1)"
fi
ls -l "$file" | awk '{printf "file: %.0f MiB\n", $5 / 1048576}'

db="$work/upload.db"
rm -f "$db" "$db-journal"
export LANTERN_BENCH_PASSWORD="bench-$RANDOM-$RANDOM-password"
"$lantern" --db "$db" users add bench-admin --role administrator --password-env LANTERN_BENCH_PASSWORD > /dev/null
"$lantern" --db "$db" users add bench-analyst --role analyst --password-env LANTERN_BENCH_PASSWORD > /dev/null

bench_serve "$db"

bench_sign_in bench-analyst "$LANTERN_BENCH_PASSWORD"
token="$(curl -fs -c "$jar" -b "$jar" "$base/api/session" | python3 -c 'import json, sys; print(json.load(sys.stdin)["antiforgery"]["token"])')"

pid="$server" # ./lantern execs dotnet: the server is that process
written() { awk '/^write_bytes/ { print $2 }' "/proc/$pid/io"; }
before="$(written)"
start="$(date +%s.%N)"
status="$(curl -s -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $token" -F "file=@$file" -o "$work/response.json" -w '%{http_code}' "$base/api/imports")"
end="$(date +%s.%N)"
after="$(written)"
[ "$status" = 200 ] || { echo "upload.sh: the import answered $status" >&2; cat "$work/response.json" >&2; exit 1; }
python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["files"][0]["summary"])' "$work/response.json"
echo "upload and import: $(python3 -c "print(f'{$end - $start:.1f}')") s"
echo "server wrote: $(( (after - before) / 1048576 )) MiB; database $(du -m "$db" | cut -f1) MiB"
awk '/VmHWM/ { printf "server peak memory: %.0f MiB\n", $2 / 1024 }' "/proc/$pid/status"
