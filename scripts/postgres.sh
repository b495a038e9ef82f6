#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for tests and benchmarks, on 127.0.0.1 only.
#
#   bash scripts/postgres.sh start   # prints postgres://lantern:PASSWORD@127.0.0.1:PORT/lantern on stdout
#   bash scripts/postgres.sh stop    # stops it and deletes its folder
#
# start installs PostgreSQL 15 from Debian's packages when initdb is missing (run as root, as CI is), creates a
# cluster in a fresh temporary folder, waits until the server answers, and creates a user with a random password who
# may create databases, and a database of the same name that the user owns (each test makes and drops its own schema). LANTERN_PG_PORT chooses the
# port (default 55432); the folder is remembered per port, so stop needs the same LANTERN_PG_PORT. Messages go to
# stderr, so that url="$(bash scripts/postgres.sh start)" captures the URL alone.
set -euo pipefail

port="${LANTERN_PG_PORT:-55432}"
state="${TMPDIR:-/tmp}/lantern-postgres-${port}.dir"
user=lantern

say() { echo "postgres.sh: $*" >&2; }

bindir() {
  for d in /usr/lib/postgresql/15/bin "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

install_postgres() {
  say "initdb not found: installing PostgreSQL 15 from Debian's packages"
  if [ "$(id -u)" -ne 0 ]; then
    say "installing needs root (apt-get); install postgresql-15 yourself, or run this as root"
    exit 1
  fi
  # Debian's package would create and start a cluster of its own on port 5432: this script wants only its own.
  mkdir -p /etc/postgresql-common
  if [ ! -f /etc/postgresql-common/createcluster.conf ]; then
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold postgresql-15 >&2
}

# Runs a server program as the postgres system user: initdb and postgres refuse to run as root.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  bin="$(bindir || true)"
  if [ -z "$bin" ]; then
    install_postgres
    bin="$(bindir)"
  fi
  if [ -f "$state" ]; then
    old="$(cat "$state")"
    if [ -f "$old/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$old/data" status >/dev/null 2>&1; then
      say "a server started by this script is still running on port $port ($old): stop it first (bash scripts/postgres.sh stop)"
      exit 1
    fi
    # Left by a run that was killed before it could stop its server (or by a machine that restarted): nothing runs there.
    say "removing the remains of an earlier server ($old)"
    stop
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi

  dir="$(mktemp -d "${TMPDIR:-/tmp}/lantern-postgres.XXXXXX")"
  echo "$dir" > "$state"
  trap 'say "start failed: cleaning up"; stop' ERR
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
  fi

  # The superuser connects only through the socket in the private folder; over TCP only the test user, by password.
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-locale \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; false; }
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >&2 || { cat "$dir/server.log" >&2; false; }
  for _ in $(seq 1 60); do
    if as_postgres "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      break
    fi
    sleep 0.5
  done
  as_postgres "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" || { say "the server did not become ready"; cat "$dir/server.log" >&2; false; }

  # Hex, so that it needs no quoting in SQL or escaping in the URL.
  password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  as_postgres "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >&2 <<SQL
CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $user OWNER $user;
SQL
  trap - ERR
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
  echo "postgres://$user:$password@127.0.0.1:$port/$user"
}

stop() {
  if [ ! -f "$state" ]; then
    say "no server recorded for port $port"
    return 0
  fi
  dir="$(cat "$state")"
  bin="$(bindir || true)"
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >&2 || say "pg_ctl stop failed; removing the folder anyway"
  fi
  case "$dir" in
    "${TMPDIR:-/tmp}"/lantern-postgres.*) rm -rf "$dir" ;;
    *) say "refusing to delete $dir: not a folder this script made" ;;
  esac
  rm -f "$state"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: bash scripts/postgres.sh start|stop" >&2; exit 2 ;;
esac
