#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster: bash scripts/with-postgres.sh npx vitest run
# Installs nothing. Needs the server binaries (Debian: postgresql-15) and a `postgres` user; run as root or postgres.
# The cluster listens on 127.0.0.1 only, lives in a temp dir, and is stopped and removed whatever happens.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${PG_PORT:-54329}"
if [[ $# -eq 0 ]]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
for tool in initdb pg_ctl pg_isready; do
  [[ -x "$PG_BIN/$tool" ]] || { echo "with-postgres: $PG_BIN/$tool not found (set PG_BIN)" >&2; exit 2; }
done

# initdb refuses to run as root: run the server tools as the postgres user when we are root.
as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -q; then
  echo "with-postgres: something already listens on 127.0.0.1:$PG_PORT (set PG_PORT)" >&2
  exit 2
fi

dir="$(mktemp -d /tmp/claimcheck-pg.XXXXXX)"
chmod 755 "$dir" # postgres must be able to traverse it
started=0
cleanup() {
  local status=$?
  if [[ $started -eq 1 ]]; then as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$password" >"$dir/pwfile"
[[ "$(id -u)" -eq 0 ]] && chown -R postgres:postgres "$dir"

as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"
started=1
as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=100" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }

export DATABASE_URL="postgresql://postgres:${password}@127.0.0.1:${PG_PORT}/postgres"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
