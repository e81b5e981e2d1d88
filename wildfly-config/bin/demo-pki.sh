#!/usr/bin/env bash
# Makes the certificates of a demo or test installation with the JDK's keytool, once per directory:
#
#   demo-pki.sh DIR [INSTITUTION]
#
#   DIR/seal.p12          the institution's seal (alias "sello"): a self-signed signing certificate that SIGTI seals
#                         its documents with (sigti.seal.keystore)
#   DIR/ca.p12            a certification authority standing in for RENIEC, ADSIB... (alias "ca")
#   DIR/trust-anchors/    its certificate, the one trust anchor of signed uploads (sigti.signature.trust-anchors)
#   DIR/signer.p12        a person's signing certificate issued by that CA (alias "firmante"), to sign a PDF in a
#                         PDF reader and upload it
#   DIR/password          the password of the three keystores (and of their keys): $SIGTI_PKI_PASSWORD, else random
#
# A production installation configures its own keystore and trust anchors instead (README, "Documents").
set -euo pipefail

dir=${1:?usage: demo-pki.sh DIR [INSTITUTION]}
institution=${2:-Institución pública (demostración)}
[ -f "$dir/seal.p12" ] && exit 0

command -v keytool >/dev/null || { echo "demo-pki.sh: keytool (from the JDK) is not on the PATH" >&2; exit 1; }
mkdir -p "$dir/trust-anchors"
umask 077
password=${SIGTI_PKI_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
printf '%s' "$password" > "$dir/password"
store() { keytool -storetype PKCS12 -storepass "$password" -keypass "$password" "$@"; }

# the seal: a document-signing key of the institution (digitalSignature, nonRepudiation), ten years
store -genkeypair -keystore "$dir/seal.p12" -alias sello -keyalg RSA -keysize 3072 -sigalg SHA256withRSA \
  -validity 3650 -dname "CN=SIGTI - Sello de demostración, O=$institution, C=BO" \
  -ext KeyUsage:critical=digitalSignature,nonRepudiation 2>/dev/null

# the CA of the people's certificates, and its certificate as the trust anchor
store -genkeypair -keystore "$dir/ca.p12" -alias ca -keyalg RSA -keysize 3072 -sigalg SHA256withRSA \
  -validity 3650 -dname "CN=Entidad certificadora de demostración, O=SIGTI, C=BO" \
  -ext BasicConstraints:critical=ca:true -ext KeyUsage:critical=keyCertSign,cRLSign 2>/dev/null
store -exportcert -rfc -keystore "$dir/ca.p12" -alias ca -file "$dir/trust-anchors/ca.pem" 2>/dev/null

# a person's certificate issued by that CA, with the chain in the keystore
store -genkeypair -keystore "$dir/signer.p12" -alias firmante -keyalg RSA -keysize 2048 -sigalg SHA256withRSA \
  -validity 730 -dname "CN=Firmante de demostración, OU=Firma digital, C=BO" 2>/dev/null
store -certreq -keystore "$dir/signer.p12" -alias firmante -file "$dir/signer.csr" 2>/dev/null
store -gencert -keystore "$dir/ca.p12" -alias ca -infile "$dir/signer.csr" -outfile "$dir/signer.pem" -rfc \
  -validity 730 -ext KeyUsage:critical=digitalSignature,nonRepudiation 2>/dev/null
store -importcert -noprompt -keystore "$dir/signer.p12" -alias ca -file "$dir/trust-anchors/ca.pem" 2>/dev/null
store -importcert -noprompt -keystore "$dir/signer.p12" -alias firmante -file "$dir/signer.pem" 2>/dev/null
rm -f "$dir/signer.csr" "$dir/signer.pem"
