package org.sigti.blocklist;

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
 * A line of an institution's blocklist (S04.04.00.02, spam and phishing, steps 6, 9 and 18): a sender account, a
 * domain, a public IP address or a URL, blocked by a case on a date. Life cycle: created {@link #BlockedEntry blocked}
 * by the first case that blocks it, and never duplicated: a later case that blocks it again is {@link #reportAgain
 * recorded} on the same line (how many times, which case last). The value is kept as its kind normalizes it (lower
 * case, no trailing dot or slash), so one sender is one line whatever its spelling.
 */
@Entity
@Table(name = "blocklist_entry")
@NamedQuery(name = "BlockedEntry.find", query = "select b from BlockedEntry b where b.institutionCode = :institution"
        + " and b.kind = :kind and b.value = :value")
public class BlockedEntry {

    /** What is blocked. */
    public enum Kind {
        /** A sender's mail account (user@domain). */
        SENDER,
        /** A whole mail domain. */
        DOMAIN,
        /** A public IP address (IPv4 or IPv6). */
        IP,
        /** A web link (http or https). */
        URL
    }

    public static final int VALUE_MAXLENGTH = 500;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Kind kind;

    @Column(name = "entry_value", nullable = false, updatable = false, length = VALUE_MAXLENGTH)
    private String value;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "blocked_by", nullable = false, updatable = false, length = 100)
    private String blockedBy;

    @Column(name = "blocked_at", nullable = false, updatable = false)
    private Instant blockedAt;

    @Column(name = "times_reported_again", nullable = false)
    private int timesReportedAgain;

    @Column(name = "last_case_id")
    private Long lastCaseId;

    @Column(name = "last_reported_at")
    private Instant lastReportedAt;

    @Version
    private long version;

    protected BlockedEntry() {
    }

    public BlockedEntry(String institutionCode, Kind kind, String value, long caseId, String blockedBy,
            Instant blockedAt) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.kind = requireNonNull(kind, "Kind is required.");
        this.value = requireNonNull(value, "Value is required.");
        if (value.isBlank() || value.length() > VALUE_MAXLENGTH) {
            throw new IllegalArgumentException("Value must have 1 to " + VALUE_MAXLENGTH + " characters.");
        }
        this.caseId = caseId;
        this.blockedBy = requireNonNull(blockedBy, "Who blocks is required.");
        this.blockedAt = requireNonNull(blockedAt, "Time is required.");
    }

    /** Another case blocks what this line already blocks: counted here, never a second line. */
    public void reportAgain(long byCase, Instant at) {
        timesReportedAgain++;
        lastCaseId = byCase;
        lastReportedAt = requireNonNull(at, "Time is required.");
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public Kind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getBlockedBy() {
        return blockedBy;
    }

    public Instant getBlockedAt() {
        return blockedAt;
    }

    public int getTimesReportedAgain() {
        return timesReportedAgain;
    }

    public Long getLastCaseId() {
        return lastCaseId;
    }

    public Instant getLastReportedAt() {
        return lastReportedAt;
    }

    public long getVersion() {
        return version;
    }
}
