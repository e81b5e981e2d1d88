package org.sigti.workflow;

import java.io.Serializable;

/**
 * A mail the kernel owes the requester, fired inside the transaction of the move, which queues it in the outbox
 * there ({@link CaseMailer}): it is sent only if the move commits. {@code template} names a pair of keys {@code <template>.subject} / {@code <template>.body}
 * in {@code org/sigti/workflow/mail.properties}. {@code institution} is the name of the case's institution, which
 * signs the mail.
 */
public record CaseNotice(String template, String recipient, String recipientName, long caseId, String caseNumber,
        String title, String procedureCode, String step, String stepTitle, String comment, String institution)
        implements Serializable {

    public static final String FILED = "filed";
    public static final String OBSERVED = "observed";
    public static final String NOTIFIED = "notified";
    public static final String CONFIRM = "confirm";
    public static final String CLOSED = "closed";
}
