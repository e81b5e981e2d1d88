package org.sigti.intake;

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

/**
 * A mail SIGTI read from one of its intake mailboxes, and what it did with it: written once per mailbox and
 * Message-ID, in the transaction that acted on the mail, so a mail read twice is acted on once.
 */
@Entity
@Table(name = "intake_message")
@NamedQuery(name = "IntakeMessage.known", query = "select count(m) from IntakeMessage m"
        + " where m.mailbox = :mailbox and m.messageId = :messageId")
public class IntakeMessage {

    public static final int MESSAGE_ID_MAXLENGTH = 998;
    public static final int SENDER_MAXLENGTH = 320;
    public static final int SUBJECT_MAXLENGTH = 500;
    public static final int DETAIL_MAXLENGTH = 500;

    /** What SIGTI did with a mail. */
    public enum Outcome {
        /** A new case, filed in the mailbox's procedure. */
        OPENED,
        /** Added to the case its subject names (a note, the requester's answer to an observation). */
        ADDED,
        /** An auto-reply, a bulk or list mail, a loop, or a mail of SIGTI's own: nothing done. */
        IGNORED,
        /** Too large or unreadable: nothing filed; the sender of a mail too large was told. */
        REFUSED
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String mailbox;

    @Column(name = "message_id", nullable = false, updatable = false, length = MESSAGE_ID_MAXLENGTH)
    private String messageId;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    @Column(updatable = false, length = SENDER_MAXLENGTH)
    private String sender;

    @Column(updatable = false, length = SUBJECT_MAXLENGTH)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(updatable = false, length = DETAIL_MAXLENGTH)
    private String detail;

    protected IntakeMessage() {
        // for JPA
    }

    public IntakeMessage(String mailbox, String messageId, Instant readAt, String sender, String subject,
            Outcome outcome, Long caseId, String detail) {
        this.mailbox = mailbox;
        this.messageId = cut(messageId, MESSAGE_ID_MAXLENGTH);
        this.readAt = readAt;
        this.sender = cut(sender, SENDER_MAXLENGTH);
        this.subject = cut(subject, SUBJECT_MAXLENGTH);
        this.outcome = outcome;
        this.caseId = caseId;
        this.detail = cut(detail, DETAIL_MAXLENGTH);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getMailbox() {
        return mailbox;
    }

    public String getMessageId() {
        return messageId;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getDetail() {
        return detail;
    }
}
