/**
 * The vault of the secrets a requester hands a case (issue 14: the tokens, access keys and credentials of
 * UIT/ASS-PR01's deployment): {@link org.sigti.vault.SecretCipher} seals each one with AES-256-GCM under the
 * installation's key ({@code sigti.vault.key-file}, read from the server's configuration, never from the database),
 * {@link org.sigti.vault.SecretVault} keeps only the ciphertext (table {@code case_secret}), opens it for the reader
 * the caller names and records that reading as a security event (who and when, never the value). Who may hand or
 * read a case's secrets is the procedure's decision, not the vault's. A module: depends on the kernel's security
 * events, never on a procedure nor on jakarta.faces.
 */
package org.sigti.vault;
