#!/usr/bin/env bash
# A throwaway PostgreSQL on 127.0.0.1 for tests (RECIPES.md). Usage:
#   source scripts/test/pg-throwaway.sh   # starts it, exports TEST_DATABASE_URL, stops it on exit
# Runs the server as the postgres user, since initdb refuses root.
set -euo pipefail
PGPORT_TEST=${PGPORT_TEST:-55432}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  return 1 2>/dev/null || exit 1
fi
PGDIR_TEST=$(mktemp -d /tmp/seatwise-pg.XXXXXX)
chown postgres:postgres "$PGDIR_TEST" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$PGBIN/initdb" -D "$PGDIR_TEST/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR_TEST/data" -l "$PGDIR_TEST/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT_TEST -k $PGDIR_TEST -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
stop_throwaway_pg() {
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR_TEST/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR_TEST"
}
trap stop_throwaway_pg EXIT
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT_TEST" -U postgres seatwise_test
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT_TEST/seatwise_test"
echo "throwaway PostgreSQL at $TEST_DATABASE_URL"
