#!/usr/bin/env bash
# Prepares a WildFly 39 server for SIGTI: copies a pristine distribution (optional), installs the PostgreSQL
# driver module and applies every script of wildfly-config/cli/ offline (embedded server), in one batch.
#
#   provision-server.sh --dist DIR --target DIR --pg-driver JAR   (the build: a fresh copy of DIR into target)
#   provision-server.sh --target DIR --pg-driver JAR              (production: configure a pristine install in place)
#
# The build skips the work when the target was provisioned from the same scripts, distribution and driver.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
config=$(dirname "$here")
dist="" target="" driver=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --target) target=$2; shift 2 ;;
    --pg-driver) driver=$2; shift 2 ;;
    *) echo "provision-server.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$target" ] && [ -n "$driver" ] || { echo "usage: provision-server.sh [--dist DIR] --target DIR --pg-driver JAR" >&2; exit 2; }
[ -f "$driver" ] || { echo "provision-server.sh: PostgreSQL driver not found: $driver" >&2; exit 2; }

stamp=$( { cat "$config"/cli/*.cli "$0"; echo "$dist"; sha256sum "$driver"; } | sha256sum | cut -c1-64)
if [ -n "$dist" ]; then
  if [ -f "$target/.sigti-provisioned" ] && [ "$(cat "$target/.sigti-provisioned")" = "$stamp" ]; then
    echo "WildFly at $target is up to date"
    exit 0
  fi
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$dist" "$target"
elif [ -f "$target/.sigti-provisioned" ]; then
  echo "provision-server.sh: $target was already configured for SIGTI; start from a pristine WildFly" >&2
  exit 2
fi
chmod +x "$target"/bin/*.sh

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  echo "module add --name=org.postgresql --resources=$driver --dependencies=java.logging,java.sql,java.naming,java.security.jgss,jakarta.transaction.api"
  echo "batch"
  cat "$config"/cli/*.cli
  echo
  echo "run-batch"
  echo "stop-embedded-server"
} > "$script"

# The server's JDK, or the one on the PATH
JAVA_HOME=${JAVA_HOME:-} "$target/bin/jboss-cli.sh" --file="$script" > "$target/provision.log" 2>&1 || {
  echo "provision-server.sh: applying wildfly-config/cli failed; see $target/provision.log" >&2
  tail -n 20 "$target/provision.log" >&2
  exit 1
}
echo "$stamp" > "$target/.sigti-provisioned"
echo "WildFly provisioned for SIGTI at $target"
