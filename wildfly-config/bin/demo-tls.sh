#!/usr/bin/env bash
# Makes the HTTPS certificate of a server on this machine (the run command's, the tests') with the JDK's keytool:
#
#   demo-tls.sh DIR
#
#   DIR/localhost.p12        a self-signed RSA 3072 key and certificate for localhost and 127.0.0.1 (alias "localhost"),
#                            the server's SIGTI_TLS_KEYSTORE
#   DIR/localhost.password   its password (and the key's): $SIGTI_PKI_PASSWORD, else random; SIGTI_TLS_KEYSTORE_PASSWORD
#   DIR/localhost.pem        the certificate, for a client to trust (the tests' HTTPS client)
#
# Made once and kept; made again when it is more than 800 days old, before browsers refuse it (825 days is the
# longest validity they accept). A production installation provides its own keystore (README, "TLS and proxies").
set -euo pipefail

dir=${1:?usage: demo-tls.sh DIR}
keystore=$dir/localhost.p12
if [ -f "$keystore" ] && [ -z "$(find "$keystore" -mtime +800)" ]; then
  exit 0
fi

command -v keytool >/dev/null || { echo "demo-tls.sh: keytool (from the JDK) is not on the PATH" >&2; exit 1; }
umask 077
mkdir -p "$dir"
rm -f "$keystore" "$dir/localhost.password" "$dir/localhost.pem"
printf '%s' "${SIGTI_PKI_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}" > "$dir/localhost.password"
# the password from its file, never on a command line other users can read
store() { keytool -storetype PKCS12 -keystore "$keystore" -storepass:file "$dir/localhost.password" "$@"; }

# a TLS server key (digitalSignature, keyEncipherment; serverAuth) for the names a browser on this machine uses
store -genkeypair -alias localhost -keyalg RSA -keysize 3072 -sigalg SHA256withRSA -validity 825 \
  -dname "CN=localhost" -ext SAN=dns:localhost,ip:127.0.0.1 \
  -ext KeyUsage:critical=digitalSignature,keyEncipherment -ext ExtendedKeyUsage=serverAuth 2>/dev/null
store -exportcert -rfc -alias localhost -file "$dir/localhost.pem" 2>/dev/null
