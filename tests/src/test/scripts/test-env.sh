#!/usr/bin/env bash
# The environment of the integration tests, started by Maven around the integration-test phase:
#   start: Chromium and chromedriver (Debian packages, installed when missing), a fresh copy of the WildFly that
#          wildfly-config configured, and a Keycloak with the sigti realm and the demo users on the tests' port
#          and a Samba AD domain controller federated into that Keycloak (samba-ad.sh, keycloak-ad.sh)
#          and a throw-away PostgreSQL cluster (Debian's server, installed when missing) on 127.0.0.1:
#          $SIGTI_TEST_PG_PORT (a port Maven found free) holding SIGTI's own database for the integration suite
#          (owner sigti, password $SIGTI_TEST_DB_PASSWORD; runtime account sigti_app, password
#          $SIGTI_TEST_DB_APP_PASSWORD) and a small database that the backup tests copy with pg_dump
#   stop:  stops that Keycloak, Samba and PostgreSQL (Arquillian stops WildFly itself)
set -euo pipefail

tests=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
root=$(dirname "$tests")
target=$tests/target
keycloak_port=${SIGTI_TEST_KEYCLOAK_PORT:-18180}
offset=${SIGTI_TEST_PORT_OFFSET:-10000}
pg_port=${SIGTI_TEST_PG_PORT:-15432}
pg_state=$target/pg-target.dir
# shellcheck source=../../../../.ci/postgres.sh
source "$root/.ci/postgres.sh"

port_in_use() { { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null && { exec 3>&- 3<&-; return 0; }; return 1; }

# The tests' PostgreSQL: a cluster of Debian's PostgreSQL server made by .ci/postgres.sh's functions in a temporary
# directory (no durability: it is thrown away), holding
# - database sigti of role sigti (password $SIGTI_TEST_DB_PASSWORD): SIGTI's own database in the integration suite
#   (the failsafe executions on PostgreSQL), with the two roles of the README's "Database roles": sigti owns the
#   schema and runs the migrations (SIGTI_DB_OWNER), sigti_app (password $SIGTI_TEST_DB_APP_PASSWORD) is the runtime
#   account (SIGTI_DB_USER), which SIGTI grants its tables at start-up; it may connect, create the EJB timer table in
#   schema public, and create databases, as the verification of a copy of SIGTI's database needs a scratch database;
# - database copy_source of role sigti_copy (password $SIGTI_TEST_PG_PASSWORD, CREATEDB for the same reason) with
#   known rows: the backup tests' copy target (PgCopyIT).
start_target_postgres() {
  local bin dir
  bin=$(postgres_bin)
  dir=$(mktemp -d /tmp/sigti-test-pg.XXXXXX)
  echo "$bin $dir" > "$pg_state"
  postgres_cluster "$bin" "$dir" "$pg_port" fsync=off synchronous_commit=off full_page_writes=off
  "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "create role sigti_copy login createdb password '${SIGTI_TEST_PG_PASSWORD:?}'" \
    -c "create database copy_source owner sigti_copy encoding 'UTF8'" \
    -c "create role sigti login password '${SIGTI_TEST_DB_PASSWORD:?}'" \
    -c "create database sigti owner sigti encoding 'UTF8'" \
    -c "create role sigti_app login createdb password '${SIGTI_TEST_DB_APP_PASSWORD:?}'" \
    -c "grant connect on database sigti to sigti_app"
  # the schema's grant is made in database sigti itself
  "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d sigti -v ON_ERROR_STOP=1 -q \
    -c "grant usage, create on schema public to sigti_app"
  PGPASSWORD=$SIGTI_TEST_PG_PASSWORD "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U sigti_copy -d copy_source \
    -v ON_ERROR_STOP=1 -q <<'SQL'
create table cliente (id integer primary key, nombre text not null, alta date not null);
insert into cliente select g, 'Cliente ' || g || ' ' || md5(g::text), date '2020-01-01' + g % 1500
  from generate_series(1, 1000) g;
create schema ventas;
create table ventas.factura (id bigint primary key, cliente_id integer not null references cliente (id),
  monto numeric(12, 2) not null, detalle text);
insert into ventas.factura select g, 1 + g % 1000, (g * 37 % 100000) / 100.0, repeat(md5(g::text), 4)
  from generate_series(1, 2500) g;
create table vacia (id integer);
create view cliente_facturas as select c.nombre, count(f.id) from cliente c join ventas.factura f
  on f.cliente_id = c.id group by c.nombre;
SQL
  echo "PostgreSQL for the tests on 127.0.0.1:$pg_port ($dir): databases sigti and copy_source"
}

stop_target_postgres() {
  if [ -f "$pg_state" ]; then
    local bin dir
    read -r bin dir < "$pg_state"
    postgres_stop "$bin" "$dir"
    rm -f "$pg_state"
  fi
}

ensure_chromium() {
  if [ -x /usr/lib/chromium/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  echo "Installing Debian's chromium and chromium-driver for the browser tests..."
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "test-env.sh: the browser tests need Debian's chromium and chromium-driver; install them as root:" \
           "apt-get install -y chromium chromium-driver" >&2
      exit 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > "$target/apt-chromium.log" 2>&1 || {
    tail -n 20 "$target/apt-chromium.log" >&2; exit 1; }
}

start() {
  mkdir -p "$target"
  for port in $((8080 + offset)) $((8443 + offset)) $((9990 + offset)) "$keycloak_port" 389 "$pg_port"; do
    if port_in_use "$port"; then
      echo "test-env.sh: port $port on 127.0.0.1 is in use; the tests need it. Is an earlier test run still" \
           "going? Stop it (or the program on that port: ss -ltnp 'sport = :$port')." >&2
      exit 1
    fi
  done
  ensure_chromium
  # failsafe adds to an existing summary file: results of an earlier run must not count in this one
  rm -f "$target"/failsafe-reports/failsafe-summary*.xml

  stop_target_postgres
  start_target_postgres
  # the seal of the documents and the test CA of signed uploads (SIGTI_SEAL_*, SIGTI_SIGNATURE_TRUST_ANCHORS of the
  # server, with SIGTI_PKI_PASSWORD): new each run
  rm -rf "$target/pki"
  bash "$root/wildfly-config/bin/demo-pki.sh" "$target/pki" "Institución de prueba"
  # the HTTPS certificate of the server (SIGTI_TLS_KEYSTORE, password SIGTI_PKI_PASSWORD) and localhost.pem, which the
  # tests' HTTPS client trusts: new each run
  bash "$root/wildfly-config/bin/demo-tls.sh" "$target/pki"
  # the key of the credentials' vault (SIGTI_VAULT_KEY_FILE of the server): random, new each run
  (umask 077; head -c 32 /dev/urandom | base64 > "$target/pki/vault.key")
  # the key that seals the audit trail (SIGTI_AUDIT_KEY_FILE) and its checkpoints' file (SIGTI_AUDIT_ANCHOR_FILE):
  # new each run, kept across the run's server starts like the database
  (umask 077; head -c 32 /dev/urandom | base64 > "$target/pki/audit.key")
  rm -f "$target"/audit-anchors-*.tsv
  # the copies the backup tests make: an empty directory each run (SIGTI_BACKUP_DIR of the server)
  rm -rf "$target/backups"
  mkdir -p "$target/backups"

  # a fresh server for each run: its H2 database and deployments start empty
  rm -rf "$target/wildfly"
  cp -a "$root/wildfly-config/target/wildfly" "$target/wildfly"
  # nothing of the run command's (which uses the same configured server) comes along
  rm -rf "$target"/wildfly/standalone/deployments/* "$target"/wildfly/standalone/{data,log,tmp}

  # Keycloak: the copy is kept between runs (its first start builds it); its data is not
  if [ -d "$target/keycloak" ]; then
    rm -rf "$target/keycloak/data/h2"
  else
    cp -a "$root/wildfly-config/target/dist/keycloak-26.7.3" "$target/keycloak"
  fi
  "$root/wildfly-config/bin/keycloak.sh" start "$target/keycloak" "$keycloak_port" --demo-users

  # Active Directory: a Samba AD DC federated into the realm the way an institution federates its own
  bash "$tests/src/test/scripts/samba-ad.sh" start
  SIGTI_AD_URL=ldap://127.0.0.1:389 SIGTI_AD_BIND_DN=kc-bind@sigti.test SIGTI_AD_BIND_PASSWORD='Sigti-Ad-2026!' \
    SIGTI_AD_USERS_DN=OU=Personal,DC=sigti,DC=test SIGTI_AD_GROUPS_DN=OU=SIGTI,DC=sigti,DC=test \
    SIGTI_AD_UNITS_DN=OU=Unidades,DC=sigti,DC=test \
    "$root/wildfly-config/bin/keycloak-ad.sh" "$target/keycloak" "http://localhost:$keycloak_port"
  # the realm's client accepts SIGTI's HTTPS address too: SecureDefaultsIT logs in there
  "$root/wildfly-config/bin/keycloak.sh" also-at "$target/keycloak" "$keycloak_port" "${SIGTI_TEST_HTTPS_BASE_URL:?}"
  # the REST API's machine clients (ApiIT): sigti-api-client acts as an Operador of AGETIC's help desk (AIT);
  # sigti-api-norole has no SIGTI role at all (not even the default Solicitante)
  SIGTI_API_CLIENT_SECRET=${SIGTI_TEST_API_CLIENT_SECRET:?} "$root/wildfly-config/bin/keycloak-api-client.sh" \
    "$target/keycloak" "http://localhost:$keycloak_port" sigti-api-client --role Operador \
    --group /Instituciones/AGETIC/UGAT/AIT
  SIGTI_API_CLIENT_SECRET=$SIGTI_TEST_API_CLIENT_SECRET "$root/wildfly-config/bin/keycloak-api-client.sh" \
    "$target/keycloak" "http://localhost:$keycloak_port" sigti-api-norole --no-default-roles
  # a security system posting alerts (SecurityAlertsApiIT): a Técnico of MINDEF's cybersecurity team (CIBER)
  SIGTI_API_CLIENT_SECRET=$SIGTI_TEST_API_CLIENT_SECRET "$root/wildfly-config/bin/keycloak-api-client.sh" \
    "$target/keycloak" "http://localhost:$keycloak_port" sigti-api-ciber --role Tecnico \
    --group /Instituciones/MINDEF/OGTIE/CIBER
  # tokens of 10 s (production: 5 min) so the test of a disabled AD account sees its session end quickly
  local config; config=$(mktemp)
  KC_CLI_PASSWORD=$(cat "$target/keycloak/admin-password") "$target/keycloak/bin/kcadm.sh" config credentials \
    --server "http://localhost:$keycloak_port" --realm master --user admin --config "$config" >/dev/null
  "$target/keycloak/bin/kcadm.sh" update realms/sigti -s accessTokenLifespan=10 --config "$config"
  rm -f "$config"
}

# db-stop / db-start: the outage test (DatabaseOutageIT) stops the tests' PostgreSQL under SIGTI and starts it again
# with the options it had (pg_ctl restart reads them from postmaster.opts, also when the server is stopped)
pg_ctl_as_owner() {
  local bin dir as=()
  read -r bin dir < "$pg_state"
  if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w "$@"
}

case "${1:-}" in
  start) start ;;
  db-stop) pg_ctl_as_owner -m fast stop > /dev/null ;;
  db-start) pg_ctl_as_owner restart > /dev/null 2>&1 || pg_ctl_as_owner status ;;
  stop)
    "$root/wildfly-config/bin/keycloak.sh" stop "$target/keycloak"
    bash "$tests/src/test/scripts/samba-ad.sh" stop
    stop_target_postgres ;;
  *) echo "usage: test-env.sh start|stop|db-stop|db-start" >&2; exit 2 ;;
esac
