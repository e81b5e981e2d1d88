#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: Debian's server (installed when missing), initdb in a temporary
# directory, listening on a free port of 127.0.0.1 only. Sourced by .ci/run and bench/inbox-benchmark.sh; exports the
# SIGTI_DB_* variables, and PG_BIN, PG_PORT, PG_DIR for psql.

# start_postgres [server setting...]: settings such as "fsync=off" are passed to the server as -c options.
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "Installing Debian's postgresql..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  PG_PORT=55432
  while { exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT"; } 2>/dev/null; do exec 3>&- 3<&-; PG_PORT=$((PG_PORT + 1)); done
  PG_DIR=$(mktemp -d /tmp/sigti-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$PG_DIR/initdb.log"
  local settings="" setting
  for setting in "$@"; do settings+=" -c $setting"; done
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DIR$settings" start > /dev/null
  PG_BIN=$bin
  PG_AS=("${as[@]}")
  local password
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "create user sigti password '$password'" -c "create database sigti owner sigti encoding 'UTF8'"
  export SIGTI_DB_KIND=postgresql
  export SIGTI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sigti"
  export SIGTI_DB_USER=sigti
  export SIGTI_DB_PASSWORD=$password
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

# stop_postgres: stops the cluster and deletes its directory; a second call does nothing.
stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop > /dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=
  fi
}
