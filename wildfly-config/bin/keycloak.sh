#!/usr/bin/env bash
# Starts and stops a local Keycloak (development mode, H2 on disk in its home) with the sigti realm imported.
# Used by the run command (bin/sigti) and by the tests; a production Keycloak is installed by the institution.
#
#   keycloak.sh start HOME PORT [--demo-users]   HOME is a Keycloak distribution (copied from target/dist)
#   keycloak.sh also-at HOME PORT URL            the realm's client accepts SIGTI at URL too (its HTTPS address)
#   keycloak.sh stop HOME
#
# start needs SIGTI_OIDC_CLIENT_SECRET and SIGTI_BASE_URL (the realm's client secret and redirect URIs) and
# returns once the realm answers. The realm is imported only when it does not exist yet: data survives restarts.
# also-at (on a started Keycloak, SIGTI_BASE_URL set) makes the client's login-return and logout addresses
# SIGTI_BASE_URL and URL, whatever they were: a realm imported earlier gets them as well.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
realm_dir=$(dirname "$here")/keycloak
action=${1:-}; home=${2:-}
[ -n "$action" ] && [ -n "$home" ] || { echo "usage: keycloak.sh start|also-at|stop HOME [PORT] [--demo-users|URL]" >&2; exit 2; }
pidfile=$home/keycloak.pid

# HTTP status of a GET on loopback, with bash alone (curl is not on every fresh machine)
http_status() {
  local port=$1 path=$2 line
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\n\r\n' "$path" "$port" >&3
  IFS= read -r -t 10 line <&3 || line=""
  exec 3>&- 3<&-
  set -- $line
  echo "${2:-000}"
}

case "$action" in
  start)
    port=${3:?port}
    : "${SIGTI_OIDC_CLIENT_SECRET:?SIGTI_OIDC_CLIENT_SECRET must be set}" "${SIGTI_BASE_URL:?SIGTI_BASE_URL must be set}"
    if [ "$(http_status "$port" /)" != 000 ]; then
      echo "keycloak.sh: port $port is already in use on 127.0.0.1. Stop the program using it (is another" \
           "Keycloak running? 'bin/sigti stop') or choose another port." >&2
      exit 1
    fi
    chmod +x "$home"/bin/*.sh
    mkdir -p "$home/data/import"
    rm -f "$home"/data/import/*.json
    cp "$realm_dir/sigti-realm.json" "$home/data/import/"
    if [ "${4:-}" = "--demo-users" ]; then
      cp "$realm_dir"/demo/*.json "$home/data/import/"
    fi
    # the admin console's account: a password generated once per Keycloak home, never a default one
    if [ ! -f "$home/admin-password" ]; then
      (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$home/admin-password")
    fi
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin
    KC_BOOTSTRAP_ADMIN_PASSWORD=$(cat "$home/admin-password")
    export KC_BOOTSTRAP_ADMIN_PASSWORD
    setsid nohup "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --import-realm \
      > "$home/keycloak.log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
    # the first start of a fresh copy builds Keycloak (about a minute on 2 cores)
    for _ in $(seq 1 300); do
      if [ "$(http_status "$port" /realms/sigti/.well-known/openid-configuration)" = 200 ]; then
        echo "Keycloak ready at http://localhost:$port (realm sigti)"
        exit 0
      fi
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "keycloak.sh: Keycloak stopped while starting; the end of $home/keycloak.log:" >&2
        tail -n 30 "$home/keycloak.log" >&2
        exit 1
      fi
      sleep 1
    done
    echo "keycloak.sh: Keycloak did not answer within 300 s; see $home/keycloak.log" >&2
    exit 1
    ;;
  also-at)
    port=${3:?port} url=${4:?url}
    : "${SIGTI_BASE_URL:?SIGTI_BASE_URL must be set}"
    config=$(mktemp)
    trap 'rm -f "$config"' EXIT
    kcadm() { "$home/bin/kcadm.sh" "$@" --config "$config"; }
    # the password through kcadm's environment (KC_CLI_PASSWORD), never on a command line others can list
    KC_CLI_PASSWORD=$(cat "$home/admin-password") kcadm config credentials --server "http://localhost:$port" \
      --realm master --user admin >/dev/null
    id=$(kcadm get clients -r sigti -q clientId=sigti --fields id --format csv --noquotes)
    kcadm update "clients/$id" -r sigti -s "redirectUris=[\"$SIGTI_BASE_URL/*\",\"$url/*\"]" \
      -s "attributes.\"post.logout.redirect.uris\"=$SIGTI_BASE_URL/*##$url/*"
    ;;
  stop)
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      # kc.sh runs java as a child: end the whole process group
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -KILL -- "-$pid" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
  *)
    echo "usage: keycloak.sh start|also-at|stop HOME [PORT] [--demo-users|URL]" >&2; exit 2 ;;
esac
