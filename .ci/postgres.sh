#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: Debian's server (installed when missing), initdb in a temporary
# directory, listening on a free port of 127.0.0.1 only. Sourced by .ci/run and the benchmarks (bench/lib/plans.sh);
# exports the SIGTI_DB_* variables, and PG_BIN, PG_PORT, PG_DIR for psql. Role sigti may create databases: verifying a
# copy of SIGTI's own database restores it into a scratch database (sigti_sigti_verify, see org.sigti.backup.PgCopies).
# tests/src/test/scripts/test-env.sh uses postgres_bin, postgres_cluster and postgres_stop for the backup tests' target.

# postgres_bin: prints the directory of Debian's newest PostgreSQL server programs, installing them when missing.
postgres_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "Installing Debian's postgresql..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

# postgres_cluster BIN DIR PORT [server setting...]: a new cluster in DIR/data (superuser postgres, trust, 127.0.0.1
# only), started on PORT, run by user postgres when we are root. Settings such as "fsync=off" become -c options.
postgres_cluster() {
  local bin=$1 dir=$2 port=$3
  shift 3
  local as=()
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
  local settings="" setting
  for setting in "$@"; do settings+=" -c $setting"; done
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir$settings" start > /dev/null
}

# postgres_stop BIN DIR: stops the cluster of postgres_cluster and deletes DIR.
postgres_stop() {
  local as=()
  if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
  "${as[@]}" "$1/pg_ctl" -D "$2/data" -m fast -w stop > /dev/null 2>&1 || true
  rm -rf "$2"
}

# start_postgres [server setting...]: settings such as "fsync=off" are passed to the server as -c options.
start_postgres() {
  local bin
  bin=$(postgres_bin)
  PG_PORT=55432
  while { exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT"; } 2>/dev/null; do exec 3>&- 3<&-; PG_PORT=$((PG_PORT + 1)); done
  PG_DIR=$(mktemp -d /tmp/sigti-pg.XXXXXX)
  postgres_cluster "$bin" "$PG_DIR" "$PG_PORT" "$@"
  PG_BIN=$bin
  local password
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "create user sigti createdb password '$password'" -c "create database sigti owner sigti encoding 'UTF8'"
  export SIGTI_DB_KIND=postgresql
  export SIGTI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sigti"
  export SIGTI_DB_USER=sigti
  export SIGTI_DB_PASSWORD=$password
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

# stop_postgres: stops the cluster and deletes its directory; a second call does nothing.
stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    postgres_stop "$PG_BIN" "$PG_DIR"
    PG_DIR=
  fi
}
