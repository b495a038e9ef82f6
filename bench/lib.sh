# What the web benchmarks share (sourced by bench/web-load.sh and bench/upload.sh): a work folder removed at the end
# unless the caller keeps it, `lantern serve` on a free port of 127.0.0.1 stopped at the end, and an analyst signed in.
# The caller sets `root` (the repository) and `lantern` (./lantern) before sourcing it.

# Makes the work folder: the one given (kept), or a temporary one (removed at the end). Sets `work` and `keep`.
bench_work() { # bench_work GIVEN PREFIX
  keep=1
  work="$1"
  if [ -z "$work" ]; then
    work="$(mktemp -d -t "$2.XXXXXX")"
    keep=0
  fi
  mkdir -p "$work"
  server=""
  trap bench_cleanup EXIT
}

bench_cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ "$keep" -eq 0 ]; then rm -rf "$work"; fi
}

# Starts `lantern serve` on DB and waits until it answers. Sets `server` (its process: ./lantern execs dotnet) and `base`.
bench_serve() { # bench_serve DB
  local port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  base="http://127.0.0.1:$port"
  "$lantern" --db "$1" serve --host 127.0.0.1 --port "$port" > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    if curl -fs "$base/health" >/dev/null 2>&1; then break; fi
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs "$base/health" >/dev/null
}

# Signs USER in with PASSWORD, keeping the session in the cookie jar `jar` ($work/cookies.txt).
bench_sign_in() { # bench_sign_in USER PASSWORD
  jar="$work/cookies.txt"
  rm -f "$jar"
  curl -fs -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"$2\"}" "$base/api/session"
}
