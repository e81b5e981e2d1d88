#!/usr/bin/env bash
# Makes (or updates) a confidential client of the sigti realm for a machine that calls SIGTI's REST API with the
# client-credentials grant, and gives its service-account user the realm roles and the unit group it acts with:
#
#   keycloak-api-client.sh KEYCLOAK_HOME KEYCLOAK_URL CLIENT_ID [--role ROLE]... [--group /Instituciones/INST/.../UNIT]
#                          [--no-default-roles]
#
# The client's secret is SIGTI_API_CLIENT_SECRET (required; e.g. `head -c 24 /dev/urandom | base64`). SIGTI takes the
# caller's unit and institution from the token's groups claim, as for a person: the client gets the same group
# mapper as SIGTI's own client, and its service-account user (service-account-CLIENT_ID) the group. --no-default-roles
# removes the realm's default roles (Solicitante) from it: a client that may do nothing but what --role gives.
# Works on the Keycloak that keycloak.sh started (its admin password in KEYCLOAK_HOME/admin-password); for a
# production Keycloak, run the same kcadm.sh commands as its administrator.
set -euo pipefail

home=${1:?KEYCLOAK_HOME}; url=${2:?KEYCLOAK_URL}; client=${3:?CLIENT_ID}
shift 3
roles=(); group=""; no_defaults=false
while [ $# -gt 0 ]; do
  case "$1" in
    --role) roles+=("${2:?role}"); shift 2 ;;
    --group) group=${2:?group path}; shift 2 ;;
    --no-default-roles) no_defaults=true; shift ;;
    *) echo "keycloak-api-client.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
: "${SIGTI_API_CLIENT_SECRET:?SIGTI_API_CLIENT_SECRET must be set: the secret of the client}"

config=$(mktemp)
trap 'rm -f "$config"' EXIT
kcadm() { "$home/bin/kcadm.sh" "$@" --config "$config"; }
# the password through kcadm's environment (KC_CLI_PASSWORD), never on a command line others can list
KC_CLI_PASSWORD=$(cat "$home/admin-password") kcadm config credentials --server "$url" --realm master \
  --user admin >/dev/null

mapper='{"name":"groups","protocol":"openid-connect","protocolMapper":"oidc-group-membership-mapper",'
mapper+='"config":{"claim.name":"groups","full.path":"true","id.token.claim":"false","access.token.claim":"true",'
mapper+='"userinfo.token.claim":"false"}}'
id=$(kcadm get clients -r sigti -q clientId="$client" --fields id --format csv --noquotes)
if [ -z "$id" ]; then
  # confidential, service account only: no browser login, no password grant
  kcadm create clients -r sigti -s clientId="$client" -s enabled=true -s publicClient=false \
    -s clientAuthenticatorType=client-secret -s serviceAccountsEnabled=true -s standardFlowEnabled=false \
    -s implicitFlowEnabled=false -s directAccessGrantsEnabled=false -s "protocolMappers=[$mapper]" \
    -s "secret=$SIGTI_API_CLIENT_SECRET" >/dev/null
  id=$(kcadm get clients -r sigti -q clientId="$client" --fields id --format csv --noquotes)
else
  kcadm update "clients/$id" -r sigti -s "secret=$SIGTI_API_CLIENT_SECRET"
fi
user="service-account-$client"
for role in "${roles[@]}"; do
  kcadm add-roles -r sigti --uusername "$user" --rolename "$role"
done
if $no_defaults; then
  kcadm remove-roles -r sigti --uusername "$user" --rolename default-roles-sigti
fi
if [ -n "$group" ]; then
  uid=$(kcadm get "clients/$id/service-account-user" -r sigti --fields id --format csv --noquotes)
  gid=$(kcadm get "group-by-path$group" -r sigti --fields id --format csv --noquotes)
  kcadm update "users/$uid/groups/$gid" -r sigti -s realm=sigti -s "userId=$uid" -s "groupId=$gid" -n
fi
echo "Keycloak client $client: service account $user with roles [${roles[*]:-}] in ${group:-no unit group}"
