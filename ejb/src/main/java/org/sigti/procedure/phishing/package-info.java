/**
 * S04.04.00.02 (MINDEF): contención de ataques SPAM y/o PHISHING. The declaration and its hooks ({@link
 * org.sigti.procedure.phishing.S04040002}), the alert mails sent from the alert address ({@link
 * org.sigti.procedure.phishing.PhishingAlerts}), the compromised accounts' remediation through the accounts module
 * ({@link org.sigti.procedure.phishing.CompromisedAccounts}), and the fields a forwarded mail's analysis fills ({@link
 * org.sigti.procedure.phishing.PhishingMailFields}). Uses the modules blocklist, accounts and intake, and the kernel.
 */
package org.sigti.procedure.phishing;
