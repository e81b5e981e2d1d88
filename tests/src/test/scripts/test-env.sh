#!/usr/bin/env bash
# The environment of the integration tests, started by Maven around the integration-test phase:
#   start: Chromium and chromedriver (Debian packages, installed when missing), a fresh copy of the WildFly that
#          wildfly-config configured, and a Keycloak with the sigti realm and the demo users on the tests' port
#          and a Samba AD domain controller federated into that Keycloak (samba-ad.sh, keycloak-ad.sh)
#   stop:  stops that Keycloak and Samba (Arquillian stops WildFly itself)
set -euo pipefail

tests=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
root=$(dirname "$tests")
target=$tests/target
keycloak_port=${SIGTI_TEST_KEYCLOAK_PORT:-18180}
offset=${SIGTI_TEST_PORT_OFFSET:-10000}

port_in_use() { { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null && { exec 3>&- 3<&-; return 0; }; return 1; }

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
  for port in $((8080 + offset)) $((9990 + offset)) "$keycloak_port" 389; do
    if port_in_use "$port"; then
      echo "test-env.sh: port $port on 127.0.0.1 is in use; the tests need it. Is an earlier test run still" \
           "going? Stop it (or the program on that port: ss -ltnp 'sport = :$port')." >&2
      exit 1
    fi
  done
  ensure_chromium
  # failsafe adds to an existing summary file: results of an earlier run must not count in this one
  rm -f "$target"/failsafe-reports/failsafe-summary*.xml

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
  # tokens of 30 s (production: 5 min) so the test of a disabled AD account sees its session end quickly
  local config; config=$(mktemp)
  "$target/keycloak/bin/kcadm.sh" config credentials --server "http://localhost:$keycloak_port" --realm master \
    --user admin --password "$(cat "$target/keycloak/admin-password")" --config "$config" >/dev/null
  "$target/keycloak/bin/kcadm.sh" update realms/sigti -s accessTokenLifespan=30 --config "$config"
  rm -f "$config"
}

case "${1:-}" in
  start) start ;;
  stop)
    "$root/wildfly-config/bin/keycloak.sh" stop "$target/keycloak"
    bash "$tests/src/test/scripts/samba-ad.sh" stop ;;
  *) echo "usage: test-env.sh start|stop" >&2; exit 2 ;;
esac
