#!/bin/bash
# Starts the database engines the pushdown tests and `npm run bench -- pushdown` run against, on
# 127.0.0.1 only, and records their PIDs so that stop-engines.sh stops exactly them:
#   - a two-shard ClickHouse cluster "driftlens2": two clickhouse-server processes, one shard
#     each (node1 http $DRIFTLENS_CH_PORT1, node2 http $DRIFTLENS_CH_PORT2), for Distributed tables;
#   - a PostgreSQL 15 server on $DRIFTLENS_PG_PORT, run as the postgres user (it refuses root).
# ClickHouse is installed from Debian (apt) when missing; PostgreSQL comes with the base image.
# Everything lives under $DRIFTLENS_ENGINES_DIR (default /tmp/driftlens-engines). Idempotent: an
# engine that already answers is left running. Prints the environment the tests read.
set -euo pipefail
DIR=${DRIFTLENS_ENGINES_DIR:-/tmp/driftlens-engines}
CH_HTTP1=${DRIFTLENS_CH_PORT1:-18223}
CH_HTTP2=${DRIFTLENS_CH_PORT2:-28223}
CH_TCP1=$((CH_HTTP1 + 1000)); CH_TCP2=$((CH_HTTP2 + 1000))
PG_PORT=${DRIFTLENS_PG_PORT:-55432}
PG_BIN=${DRIFTLENS_PG_BIN:-/usr/lib/postgresql/15/bin}
mkdir -p "$DIR"

if ! command -v clickhouse-server >/dev/null 2>&1 && [ ! -x /usr/sbin/clickhouse-server ]; then
  echo "installing clickhouse-server and clickhouse-client (apt) …"
  if [ "$(id -u)" -ne 0 ]; then echo "ClickHouse is missing and installing it needs root: apt-get install -y --no-install-recommends clickhouse-server clickhouse-client" >&2; exit 1; fi
  apt-get install -y --no-install-recommends clickhouse-server clickhouse-client >"$DIR/apt.log" 2>&1 \
    || { apt-get update >>"$DIR/apt.log" 2>&1 && apt-get install -y --no-install-recommends clickhouse-server clickhouse-client >>"$DIR/apt.log" 2>&1; } \
    || { echo "apt-get could not install ClickHouse; see $DIR/apt.log" >&2; exit 1; }
fi

clickhouse_config() {  # node, http port, tcp port
  local node=$DIR/clickhouse/node$1
  mkdir -p "$node"/{data,tmp,user_files,log}
  cat >"$node/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$node/log/server.log</log><errorlog>$node/log/server.err.log</errorlog><size>50M</size><count>2</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$2</http_port>
  <tcp_port>$3</tcp_port>
  <interserver_http_port>$(($3 + 9))</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <max_connections>64</max_connections>
  <keep_alive_timeout>3</keep_alive_timeout>
  <max_concurrent_queries>20</max_concurrent_queries>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <mark_cache_size>67108864</mark_cache_size>
  <path>$node/data/</path>
  <tmp_path>$node/tmp/</tmp_path>
  <user_files_path>$node/user_files/</user_files_path>
  <users_config>$DIR/clickhouse/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mlock_executable>false</mlock_executable>
  <remote_servers>
    <driftlens2>
      <shard><replica><host>127.0.0.1</host><port>$CH_TCP1</port><user>default</user></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$CH_TCP2</port><user>default</user></replica></shard>
    </driftlens2>
    <!-- the first shard and one where nothing listens: what a check sees when a shard is down -->
    <driftlens_down>
      <shard><replica><host>127.0.0.1</host><port>$CH_TCP1</port><user>default</user></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$((CH_TCP2 + 7))</port><user>default</user></replica></shard>
    </driftlens_down>
  </remote_servers>
</yandex>
XML
}

# Users: "default" (no password, loopback only; the shards talk as it) and "driftlens" with the
# password in $DIR/clickhouse/password (what the tests and the benchmark connect as).
mkdir -p "$DIR/clickhouse"
[ -f "$DIR/clickhouse/password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$DIR/clickhouse/password")
CH_HASH=$(printf '%s' "$(cat "$DIR/clickhouse/password")" | sha256sum | cut -d' ' -f1)
cat >"$DIR/clickhouse/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><load_balancing>random</load_balancing></default></profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>
    <driftlens><password_sha256_hex>$CH_HASH</password_sha256_hex><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></driftlens>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML

CH_SERVER=$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)
for n in 1 2; do
  if [ $n = 1 ]; then http=$CH_HTTP1; tcp=$CH_TCP1; else http=$CH_HTTP2; tcp=$CH_TCP2; fi
  node=$DIR/clickhouse/node$n
  clickhouse_config $n $http $tcp
  if curl -sf "http://127.0.0.1:$http/ping" >/dev/null; then
    # Already answering: ours (its PID is on record) or another's. Never start a second server on
    # the port or overwrite the PID on record, so that stop-engines.sh stops what this script started.
    if ! { [ -f "$node/pid" ] && kill -0 "$(cat "$node/pid")" 2>/dev/null; }; then
      echo "ClickHouse already answers on 127.0.0.1:$http and was not started here: stop-engines.sh leaves it running" >&2
    fi
    continue
  fi
  # Ours and still starting: the wait below gives it time.
  if [ -f "$node/pid" ] && kill -0 "$(cat "$node/pid")" 2>/dev/null; then continue; fi
  setsid "$CH_SERVER" --config-file="$node/config.xml" >"$node/log/stdout.log" 2>&1 &
  echo $! >"$node/pid"
done
for port in $CH_HTTP1 $CH_HTTP2; do
  for i in $(seq 300); do curl -sf "http://127.0.0.1:$port/ping" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$port/ping" >/dev/null || { echo "ClickHouse on port $port did not start; see $DIR/clickhouse/node*/log" >&2; exit 1; }
done

# PostgreSQL, as the postgres user, with a password for the "driftlens" role.
PG=$DIR/postgres
mkdir -p "$PG"
chown postgres "$PG" 2>/dev/null || true
[ -f "$DIR/postgres.password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$DIR/postgres.password")
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$PG/data/PG_VERSION" ]; then
  (umask 077; cp "$DIR/postgres.password" "$PG/pwfile"); chown postgres "$PG/pwfile" 2>/dev/null || true
  as_postgres "$PG_BIN/initdb" -D "$PG/data" -A scram-sha-256 -U postgres --pwfile="$PG/pwfile" >"$DIR/initdb.log" 2>&1 \
    || { echo "initdb failed; see $DIR/initdb.log" >&2; exit 1; }
  rm -f "$PG/pwfile"
fi
if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG/data" status >/dev/null 2>&1; then
  as_postgres "$PG_BIN/pg_ctl" -D "$PG/data" -l "$PG/server.log" -w -o "-p $PG_PORT -k $PG -c listen_addresses=127.0.0.1" start >/dev/null
fi
head -1 "$PG/data/postmaster.pid" >"$DIR/postgres.pid"

cat >"$DIR/env" <<ENV
DRIFTLENS_TEST_CLICKHOUSE=clickhouse://driftlens@127.0.0.1:$CH_HTTP1/default
DRIFTLENS_TEST_CLICKHOUSE_NODE2=clickhouse://driftlens@127.0.0.1:$CH_HTTP2/default
DRIFTLENS_TEST_CLICKHOUSE_CLUSTER=driftlens2
DRIFTLENS_TEST_CLICKHOUSE_CLUSTER_DOWN=driftlens_down
DRIFTLENS_TEST_CLICKHOUSE_DOWN_SHARD=127.0.0.1:$((CH_TCP2 + 7))
DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE=$DIR/clickhouse/password
DRIFTLENS_TEST_POSTGRES=postgres://postgres@127.0.0.1:$PG_PORT/postgres
DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE=$DIR/postgres.password
ENV
echo "engines up: ClickHouse shards on 127.0.0.1:$CH_HTTP1 and :$CH_HTTP2 (cluster driftlens2), PostgreSQL on 127.0.0.1:$PG_PORT; settings in $DIR/env"
