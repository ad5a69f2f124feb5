#!/bin/bash
# Stops what start-engines.sh started, by the PIDs it recorded (never by process name).
set -uo pipefail
DIR=${DRIFTLENS_ENGINES_DIR:-/tmp/driftlens-engines}
PG_BIN=${DRIFTLENS_PG_BIN:-/usr/lib/postgresql/15/bin}
for n in 1 2; do
  pidfile=$DIR/clickhouse/node$n/pid
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null || true
  for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  rm -f "$pidfile"
  echo "ClickHouse node$n ($pid) stopped"
done
if [ -f "$DIR/postgres.pid" ]; then
  pid=$(cat "$DIR/postgres.pid")
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$DIR/postgres/data" -m fast stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null
  else "$PG_BIN/pg_ctl" -D "$DIR/postgres/data" -m fast stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null; fi
  rm -f "$DIR/postgres.pid"
  echo "PostgreSQL ($pid) stopped"
fi
