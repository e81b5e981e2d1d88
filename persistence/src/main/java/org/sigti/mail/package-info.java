/**
 * The mail outbox's records: an {@link org.sigti.mail.OutboxMail} is one mail SIGTI owes, written in the transaction
 * that owes it and sent after the commit by the kernel's worker ({@code org.sigti.mail} in the ejb module). Depends
 * on nothing of SIGTI but the case it may be about (by id).
 */
package org.sigti.mail;
