/**
 * The mail outbox, a kernel service: whoever owes a mail renders it and queues it ({@link org.sigti.mail.MailOutbox})
 * in the transaction that owes it, so a rolled-back move leaves no mail; after the commit a worker
 * ({@link org.sigti.mail.MailSender}) sends it off the user's thread, with timeouts, retrying with a growing delay
 * ({@link org.sigti.mail.Backoff}), and a sweep ({@link org.sigti.mail.MailSweep}) sends what is still due. The Jefe
 * and the Auditor read the outbox, the Jefe makes a mail due again ({@link org.sigti.mail.MailOutboxLog}).
 *
 * <p>Depends only on the kernel's database and security packages and on the outbox's entity; never on a procedure or
 * a module (the modules use it), never on jakarta.faces. {@code org.sigti.ArchitectureTest} keeps it so.
 */
package org.sigti.mail;
