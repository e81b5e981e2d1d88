#!/usr/bin/env bash
# Federates an Active Directory into the sigti realm of a running Keycloak (LDAP user federation, vendor Active
# Directory), with AD groups imported as Keycloak groups and SIGTI roles given to the AD groups named below.
# Used by the AD tests against a Samba AD DC, and by institutions against their own domain controllers.
#
#   keycloak-ad.sh KEYCLOAK_HOME KEYCLOAK_URL
#
# Environment (required unless a default is shown):
#   SIGTI_AD_URL            ldap(s)://dc.example.gob:636
#   SIGTI_AD_BIND_DN        the read-only bind account, e.g. kc-bind@example.gob
#   SIGTI_AD_BIND_PASSWORD
#   SIGTI_AD_USERS_DN       where people are, e.g. OU=Personal,DC=example,DC=gob
#   SIGTI_AD_GROUPS_DN      where SIGTI's role groups are, e.g. OU=SIGTI,DC=example,DC=gob
#   SIGTI_AD_UNITS_DN       where the organizational units' groups are, e.g. OU=Unidades,DC=example,DC=gob;
#                           imported under the realm's /Unidades group, so a person's unit is their AD unit group
#   SIGTI_AD_ROLE_GROUPS    AD group=SIGTI role pairs, default
#                           "GG-TI-Jefes=Jefe GG-TI-Responsables=Responsable GG-TI-Tecnicos=Tecnico
#                            GG-TI-Operadores=Operador GG-TI-Auditores=Auditor GG-Autoridades=Autoridad
#                            GG-Directores=Director GG-RRHH=RRHH GG-Comites=Comite"
#                           (every user is Solicitante through the realm's default roles)
#   KEYCLOAK_ADMIN_PASSWORD default: KEYCLOAK_HOME/admin-password
#
# AD accounts disabled in the directory cannot log in; their open SIGTI sessions end at the next token refresh
# (the realm's access-token lifespan, 5 minutes by default), because users are checked against AD on every lookup.
set -euo pipefail

home=${1:?KEYCLOAK_HOME}; url=${2:?KEYCLOAK_URL}
: "${SIGTI_AD_URL:?}" "${SIGTI_AD_BIND_DN:?}" "${SIGTI_AD_BIND_PASSWORD:?}" "${SIGTI_AD_USERS_DN:?}" "${SIGTI_AD_GROUPS_DN:?}" "${SIGTI_AD_UNITS_DN:?}"
roles=${SIGTI_AD_ROLE_GROUPS:-"GG-TI-Jefes=Jefe GG-TI-Responsables=Responsable GG-TI-Tecnicos=Tecnico GG-TI-Operadores=Operador GG-TI-Auditores=Auditor GG-Autoridades=Autoridad GG-Directores=Director GG-RRHH=RRHH GG-Comites=Comite"}
password=${KEYCLOAK_ADMIN_PASSWORD:-$(cat "$home/admin-password")}
config=$(mktemp)
trap 'rm -f "$config"' EXIT
kcadm() { "$home/bin/kcadm.sh" "$@" --config "$config"; }

# the password through kcadm's environment (KC_CLI_PASSWORD), never on a command line others can list
KC_CLI_PASSWORD=$password kcadm config credentials --server "$url" --realm master --user admin >/dev/null
realm_id=$(kcadm get realms/sigti --fields id --format csv --noquotes)

# the directory: read-only, users checked against AD on every lookup (no cache), so a disabled account is seen
provider=$(kcadm create components -r sigti -i -f - <<JSON
{ "name": "active-directory", "providerId": "ldap", "providerType": "org.keycloak.storage.UserStorageProvider",
  "parentId": "$realm_id",
  "config": { "enabled": ["true"], "priority": ["0"], "vendor": ["ad"], "editMode": ["READ_ONLY"],
    "connectionUrl": ["$SIGTI_AD_URL"], "startTls": ["false"], "authType": ["simple"],
    "bindDn": ["$SIGTI_AD_BIND_DN"], "bindCredential": ["$SIGTI_AD_BIND_PASSWORD"],
    "usersDn": ["$SIGTI_AD_USERS_DN"], "searchScope": ["2"],
    "usernameLDAPAttribute": ["sAMAccountName"], "rdnLDAPAttribute": ["cn"], "uuidLDAPAttribute": ["objectGUID"],
    "userObjectClasses": ["person, organizationalPerson, user"],
    "customUserSearchFilter": ["(!(sAMAccountName=$(printf '%s' "${SIGTI_AD_BIND_DN%%@*}")))"],
    "importEnabled": ["true"], "syncRegistrations": ["false"], "trustEmail": ["true"],
    "pagination": ["true"], "connectionPooling": ["true"], "useTruststoreSpi": ["always"],
    "cachePolicy": ["NO_CACHE"], "fullSyncPeriod": ["-1"], "changedSyncPeriod": ["-1"] } }
JSON
)

# names come from givenName and sn; the vendor's "full name" mapper would split cn into them a second time
for id in $(kcadm get components -r sigti -q parent="$provider" -q name="full name" --fields id --format csv --noquotes); do
  kcadm delete "components/$id" -r sigti
done
kcadm create components -r sigti -f - >/dev/null <<JSON
{ "name": "first name", "providerId": "user-attribute-ldap-mapper",
  "providerType": "org.keycloak.storage.ldap.mappers.LDAPStorageMapper", "parentId": "$provider",
  "config": { "ldap.attribute": ["givenName"], "user.model.attribute": ["firstName"], "read.only": ["true"],
    "always.read.value.from.ldap": ["true"], "is.mandatory.in.ldap": ["false"] } }
JSON

# AD groups become Keycloak groups: role groups at the top, unit groups under /Unidades (the "groups" claim
# carries full paths, and SIGTI takes the person's unit from the /Unidades/... one)
group_mapper() {
  local name=$1 dn=$2 path=$3
  kcadm create components -r sigti -i -f - <<JSON
{ "name": "$name", "providerId": "group-ldap-mapper",
  "providerType": "org.keycloak.storage.ldap.mappers.LDAPStorageMapper", "parentId": "$provider",
  "config": { "groups.dn": ["$dn"], "group.name.ldap.attribute": ["cn"],
    "group.object.classes": ["group"], "preserve.group.inheritance": ["false"],
    "membership.ldap.attribute": ["member"], "membership.attribute.type": ["DN"],
    "membership.user.ldap.attribute": ["sAMAccountName"], "mode": ["READ_ONLY"],
    "user.roles.retrieve.strategy": ["GET_GROUPS_FROM_USER_MEMBEROF_ATTRIBUTE"],
    "memberof.ldap.attribute": ["memberOf"], "ignore.missing.groups": ["true"], "groups.path": ["$path"],
    "drop.non.existing.groups.during.sync": ["false"] } }
JSON
}
units_group=${SIGTI_UNITS_GROUP:-/Unidades}
for mapper in $(group_mapper ad-role-groups "$SIGTI_AD_GROUPS_DN" /) $(group_mapper ad-unit-groups "$SIGTI_AD_UNITS_DN" "$units_group"); do
  kcadm create "user-storage/$provider/mappers/$mapper/sync?direction=fedToKeycloak" -r sigti >/dev/null
done
kcadm create "user-storage/$provider/sync?action=triggerFullSync" -r sigti >/dev/null

for pair in $roles; do
  group=${pair%%=*} role=${pair#*=}
  if kcadm get groups -r sigti -q search="$group" --fields name --format csv --noquotes | grep -qx "$group"; then
    kcadm add-roles -r sigti --gname "$group" --rolename "$role"
  fi
done
echo "Active Directory $SIGTI_AD_URL federated into realm sigti (provider $provider)"
