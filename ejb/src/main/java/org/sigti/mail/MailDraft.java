package org.sigti.mail;

/**
 * A mail as its owner rendered it, for {@link MailOutbox#queue}.
 *
 * @param source        what it is about: a case number (with {@code caseId}; sent as the X-SIGTI-Case header) or,
 *                      for a mail about no case, the module ({@link OutboxMail#SOURCE_BACKUP})
 * @param caseId        the case, or null
 * @param template      the template it was rendered from, for the record
 * @param recipient     the address; required
 * @param recipientName the name shown with the address, or null
 * @param cc            the addresses in copy (its Cc header), comma separated, or null
 * @param from          the From address, or null for the mail session's (SIGTI_MAIL_FROM)
 */
public record MailDraft(String source, Long caseId, String template, String recipient, String recipientName,
        String subject, String body, String cc, String from) {

    /** A mail from the mail session's address. */
    public MailDraft(String source, Long caseId, String template, String recipient, String recipientName,
            String subject, String body, String cc) {
        this(source, caseId, template, recipient, recipientName, subject, body, cc, null);
    }

    /** A mail with nobody in copy. */
    public MailDraft(String source, Long caseId, String template, String recipient, String recipientName,
            String subject, String body) {
        this(source, caseId, template, recipient, recipientName, subject, body, null);
    }
}
