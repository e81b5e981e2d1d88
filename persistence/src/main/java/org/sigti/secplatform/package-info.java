/**
 * The entities of MINDEF's register of security platforms (S04.04.00.01): the platforms with their administrators and
 * the place the full-administration credential is kept (never the credential), their administration profiles, the
 * users created on them with a profile, and their monthly backups. Written by the module {@code org.sigti.secplatform}
 * of the ejb module, inside the transactions of the procedure's moves.
 */
package org.sigti.secplatform;
