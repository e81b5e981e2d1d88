/**
 * The blocklist of spam and phishing (S04.04.00.02): what the cybersecurity team blocked (sender accounts, domains,
 * public IP addresses, URLs), by which case and when. A feature module: written in the moves of the procedure's cases
 * ({@link org.sigti.blocklist.Blocklist}), read on its register ({@link org.sigti.blocklist.BlocklistRegister});
 * depends on the kernel (cases, the caller's institution), never on a procedure.
 */
package org.sigti.blocklist;
