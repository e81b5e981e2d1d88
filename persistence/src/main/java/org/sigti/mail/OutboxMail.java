package org.sigti.mail;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One mail SIGTI owes someone, rendered when it was owed (subject and body as they will be sent) and written in the
 * transaction that owed it. Life cycle: {@code PENDING} until {@code nextAttemptAt}; {@code SENDING} once a worker
 * claimed it ({@code attempts} counts the attempts started); then {@code SENT}, or {@code PENDING} again with the
 * error and a later attempt, or {@code FAILED} after the last attempt, until the Jefe makes it due again.
 *
 * <p>Every change after the insert is one of the conditional UPDATEs below, guarded by the status and the version
 * the changer read: the database lets exactly one of two racing workers (or servers) claim a row, and a worker whose
 * claim was taken back (its row released as stale) cannot record an outcome over someone else's.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMail.findDue", query = "select m.id from OutboxMail m where m.status = :pending"
        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = "OutboxMail.claim", query = "update OutboxMail m set m.status = :sending,"
        + " m.attempts = m.attempts + 1, m.lastAttemptAt = :now, m.version = m.version + 1"
        + " where m.id = :id and m.version = :version and m.status = :pending and m.nextAttemptAt <= :now")
@NamedQuery(name = "OutboxMail.sent", query = "update OutboxMail m set m.status = :sent, m.sentAt = :now,"
        + " m.nextAttemptAt = null, m.version = m.version + 1"
        + " where m.id = :id and m.version = :version and m.status = :sending")
@NamedQuery(name = "OutboxMail.attemptFailed", query = "update OutboxMail m set m.status = :status,"
        + " m.nextAttemptAt = :next, m.lastErrorKind = :kind, m.lastError = :error, m.version = m.version + 1"
        + " where m.id = :id and m.version = :version and m.status = :sending")
@NamedQuery(name = "OutboxMail.releaseStale", query = "update OutboxMail m set m.status = :pending,"
        + " m.nextAttemptAt = :now, m.lastErrorKind = :interrupted, m.lastError = null, m.version = m.version + 1"
        + " where m.status = :sending and m.lastAttemptAt < :cutoff")
@NamedQuery(name = "OutboxMail.dueNow", query = "update OutboxMail m set m.status = :pending,"
        + " m.nextAttemptAt = :now, m.retriedBy = :by, m.retriedAt = :now, m.version = m.version + 1"
        + " where m.id = :id and m.status in (:pending, :failed)")
public class OutboxMail {

    public static final int SOURCE_MAXLENGTH = 40;
    public static final int TEMPLATE_MAXLENGTH = 40;
    public static final int RECIPIENT_MAXLENGTH = 320;
    public static final int RECIPIENT_NAME_MAXLENGTH = 200;
    public static final int CC_MAXLENGTH = 2000;
    public static final int SUBJECT_MAXLENGTH = 500;
    public static final int BODY_MAXLENGTH = 100_000;
    public static final int ERROR_MAXLENGTH = 500;
    public static final int USERNAME_MAXLENGTH = 100;
    /** What {@link #source} says of a backup mail about no case. */
    public static final String SOURCE_BACKUP = "backup";

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false, length = SOURCE_MAXLENGTH)
    private String source;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false, length = TEMPLATE_MAXLENGTH)
    private String template;

    @Column(nullable = false, updatable = false, length = RECIPIENT_MAXLENGTH)
    private String recipient;

    @Column(name = "recipient_name", updatable = false, length = RECIPIENT_NAME_MAXLENGTH)
    private String recipientName;

    @Column(name = "cc_addresses", updatable = false, length = CC_MAXLENGTH)
    private String cc;

    /** The From the mail asks for (an alert address), or null: the mail session's configured From. */
    @Column(name = "sender_address", updatable = false, length = RECIPIENT_MAXLENGTH)
    private String sender;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAXLENGTH)
    private String subject;

    @Column(nullable = false, updatable = false, length = BODY_MAXLENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_error_kind", length = 20)
    private MailErrorKind lastErrorKind;

    @Column(name = "last_error", length = ERROR_MAXLENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "retried_by", length = USERNAME_MAXLENGTH)
    private String retriedBy;

    @Column(name = "retried_at")
    private Instant retriedAt;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    /**
     * A mail owed now, due at once. Texts longer than their columns are cut, never rejected: a long mail must not
     * undo the move that owes it.
     *
     * @param source what the mail is about: a case number (with {@code caseId}) or a module such as
     *               {@link #SOURCE_BACKUP}
     */
    public static OutboxMail queued(Instant now, String source, Long caseId, String template, String recipient,
            String recipientName, String subject, String body) {
        OutboxMail mail = new OutboxMail();
        mail.createdAt = requireNonNull(now, "Time is required.");
        mail.source = cut(requireNonNull(source, "Source is required."), SOURCE_MAXLENGTH);
        mail.caseId = caseId;
        mail.template = cut(requireNonNull(template, "Template is required."), TEMPLATE_MAXLENGTH);
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("Recipient is required.");
        }
        mail.recipient = cut(recipient.strip(), RECIPIENT_MAXLENGTH);
        mail.recipientName = recipientName == null ? null : cut(recipientName, RECIPIENT_NAME_MAXLENGTH);
        mail.subject = cut(requireNonNull(subject, "Subject is required."), SUBJECT_MAXLENGTH);
        mail.body = cut(requireNonNull(body, "Body is required."), BODY_MAXLENGTH);
        mail.status = MailStatus.PENDING;
        mail.attempts = 0;
        mail.nextAttemptAt = now;
        return mail;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Puts addresses in copy (its Cc header; comma separated, blank: nobody), before the mail is persisted. */
    public void copyTo(String addresses) {
        this.cc = addresses == null || addresses.isBlank() ? null : cut(addresses.strip(), CC_MAXLENGTH);
    }

    /** Sends the mail from {@code address} (blank: the mail session's From), before the mail is persisted. */
    public void sendFrom(String address) {
        this.sender = address == null || address.isBlank() ? null : cut(address.strip(), RECIPIENT_MAXLENGTH);
    }

    /** The From the mail asks for, or null for the mail session's. */
    public String getSender() {
        return sender;
    }

    /** The addresses in copy, comma separated, or null. */
    public String getCc() {
        return cc;
    }

    /** The X-SIGTI-Case header of the mail: its case number when it is about a case, else null. */
    public String caseHeader() {
        return caseId == null ? null : source;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSource() {
        return source;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public MailErrorKind getLastErrorKind() {
        return lastErrorKind;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getRetriedBy() {
        return retriedBy;
    }

    public Instant getRetriedAt() {
        return retriedAt;
    }

    public long getVersion() {
        return version;
    }
}
