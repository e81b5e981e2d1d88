#!/usr/bin/env bash
# A real Active Directory for the tests: a Samba AD domain controller (Debian's samba-ad-dc, installed when missing)
# provisioned in target/samba, serving LDAP on 127.0.0.1:389 only, with the groups and users the AD tests use.
#
#   samba-ad.sh start   provision (first time) and start; returns when LDAP answers
#   samba-ad.sh stop
#   samba-ad.sh tool ARGS...   samba-tool against this domain (e.g. user disable ad.baja)
#
# Domain SIGTI.TEST; role groups in OU=SIGTI: GG-TI-Jefes, GG-TI-Tecnicos, GG-Solicitantes; unit groups in
# OU=Unidades: UIT, RRHH;
# users in OU=Personal: ad.jefe (GG-TI-Jefes, UIT), ad.tecnico (GG-TI-Tecnicos, UIT), ad.baja (GG-Solicitantes, RRHH),
# and kc-bind, Keycloak's read-only bind account.
set -euo pipefail

tests=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
dir=$tests/target/samba
conf=$dir/etc/smb.conf
admin_password='Sigti-Admin-2026!'
export SIGTI_AD_PASSWORD='Sigti-Ad-2026!'

port_in_use() { { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null && { exec 3>&- 3<&-; return 0; }; return 1; }

ensure_samba() {
  if command -v samba >/dev/null && command -v samba-tool >/dev/null && [ -d /usr/share/samba/setup/ad-schema ]; then
    return
  fi
  [ "$(id -u)" = 0 ] || { echo "samba-ad.sh: the AD tests need Debian's samba-ad-dc; install as root:" \
    "apt-get install samba-ad-dc samba samba-ad-provision" >&2; exit 1; }
  echo "Installing Debian's Samba AD domain controller for the Active Directory tests..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends samba-ad-dc samba \
    samba-ad-provision winbind > "$tests/target/apt-samba.log" 2>&1 || { tail -n 20 "$tests/target/apt-samba.log" >&2; exit 1; }
}

tool() { samba-tool "$@" -s "$conf"; }

provision() {
  rm -rf "$dir"
  mkdir -p "$dir"
  samba-tool domain provision --targetdir="$dir" --realm=SIGTI.TEST --domain=SIGTI --server-role=dc \
    --dns-backend=NONE --adminpass="$admin_password" --host-name=dc1 --host-ip=127.0.0.1 \
    --option="interfaces=lo" --option="bind interfaces only=yes" --option="server services=ldap cldap" \
    > "$dir/provision.log" 2>&1 || { tail -n 20 "$dir/provision.log" >&2; exit 1; }
  # Keycloak binds with a password over plain LDAP on loopback (production uses LDAPS)
  sed -i 's/^\[global\]$/[global]\n\tldap server require strong auth = no/' "$conf"
}

populate() {
  tool ou add "OU=SIGTI,DC=sigti,DC=test" >/dev/null
  tool ou add "OU=Unidades,DC=sigti,DC=test" >/dev/null
  tool ou add "OU=Personal,DC=sigti,DC=test" >/dev/null
  for group in GG-TI-Jefes GG-TI-Tecnicos GG-Solicitantes; do
    tool group add "$group" --groupou="OU=SIGTI" >/dev/null
  done
  for group in UIT RRHH; do
    tool group add "$group" --groupou="OU=Unidades" >/dev/null
  done
  add_user kc-bind Keycloak Bind
  add_user ad.jefe Ana "Jefa Directorio" GG-TI-Jefes UIT
  add_user ad.tecnico Tomás "Técnico Directorio" GG-TI-Tecnicos UIT
  add_user ad.baja Beatriz "Baja Directorio" GG-Solicitantes RRHH
}

add_user() {
  local user=$1 given=$2 surname=$3; shift 3
  tool user add "$user" "$SIGTI_AD_PASSWORD" --userou="OU=Personal" --given-name="$given" --surname="$surname" \
    --mail-address="$user@sigti.test" >/dev/null
  for group in "$@"; do tool group addmembers "$group" "$user" >/dev/null; done
}

start() {
  ensure_samba
  if port_in_use 389; then
    echo "samba-ad.sh: port 389 on 127.0.0.1 is in use; stop the LDAP server using it (ss -ltnp 'sport = :389')." >&2
    exit 1
  fi
  provision
  setsid nohup samba -s "$conf" -i -M single --debug-stdout > "$dir/samba.log" 2>&1 < /dev/null &
  echo $! > "$dir/samba.pid"
  for _ in $(seq 1 60); do
    port_in_use 389 && break
    sleep 1
  done
  port_in_use 389 || { tail -n 20 "$dir/samba.log" >&2; echo "samba-ad.sh: Samba did not start" >&2; exit 1; }
  populate
  echo "Samba AD ready on ldap://127.0.0.1:389 (SIGTI.TEST)"
}

stop() {
  if [ -f "$dir/samba.pid" ]; then
    local pid; pid=$(cat "$dir/samba.pid")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$dir/samba.pid"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  tool) shift; tool "$@" ;;
  *) echo "usage: samba-ad.sh start|stop|tool ARGS" >&2; exit 2 ;;
esac
