package org.sigti.incidents;

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
 * A line of the bitácora / matriz de incidentes de seguridad informática (S04.04.00.03): one security incident, i.e.
 * one case. Life cycle: {@link #reported reported} by a unit (activity 1) or detected by the OGTIE (activity 3, by a
 * person or by a security system's alert, {@link #alerted}); then each phase of the manual stamps its time once
 * ({@link #ticketed ticket} at 2 or 6, {@link #detect detection} 4, {@link #analyse analysis} 7 with classification
 * and priority, {@link #contain containment} 8, {@link #eradicate eradication} 9, {@link #recover recovery} 10,
 * {@link #escalate vendor escalation} 11, {@link #postIncident post-incident} 12 with the lessons learned and the
 * knowledge-base article, {@link #close closing} 14). A phase done again (a step repeated) keeps its first time.
 */
@Entity
@Table(name = "security_incident")
@NamedQuery(name = "SecurityIncident.findByCase", query = "select i from SecurityIncident i where i.caseId = :caseId")
@NamedQuery(name = "SecurityIncident.findRecentAlert", query = "select i from SecurityIncident i"
        + " where i.institutionCode = :institution and i.alertSource = :source and i.fingerprint = :fingerprint"
        + " and i.lastAlertAt >= :since and i.closedAt is null order by i.lastAlertAt desc")
public class SecurityIncident {

    /** Where the incident came from: the manual's two entry branches, the second by a person or a machine. */
    public enum Origin {
        /** Reported by a unit of organization (activity 1, then the help desk's ticket at 2). */
        UNIT_REPORT,
        /** Detected by the OGTIE's cybersecurity team in its own monitoring (activity 3). */
        OGTIE_DETECTION,
        /** Detected by a security system, whose alert SIGTI received through its REST API (activity 3). */
        SECURITY_ALERT
    }

    public static final int CLASSIFICATION_MAXLENGTH = 40;
    public static final int SOURCE_MAXLENGTH = 100;
    public static final int FINGERPRINT_MAXLENGTH = 200;
    public static final int SEVERITY_MAXLENGTH = 20;
    public static final int VENDOR_MAXLENGTH = 300;
    public static final int LESSONS_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "institution_code", nullable = false, length = 20, updatable = false)
    private String institutionCode;

    /** Set when the line opens; an alert's intake turns OGTIE_DETECTION into SECURITY_ALERT in the same move. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "alert_source", length = SOURCE_MAXLENGTH)
    private String alertSource;

    @Column(length = FINGERPRINT_MAXLENGTH)
    private String fingerprint;

    @Column(length = SEVERITY_MAXLENGTH)
    private String severity;

    @Column(nullable = false)
    private int occurrences;

    @Column(name = "last_alert_at")
    private Instant lastAlertAt;

    @Column(name = "ticket_at")
    private Instant ticketAt;

    @Column(name = "detected_at")
    private Instant detectedAt;

    @Column(name = "analysed_at")
    private Instant analysedAt;

    @Column(length = CLASSIFICATION_MAXLENGTH)
    private String classification;

    @Column(length = 20)
    private String priority;

    @Column(name = "contained_at")
    private Instant containedAt;

    @Column(name = "eradicated_at")
    private Instant eradicatedAt;

    @Column(name = "recovered_at")
    private Instant recoveredAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(length = VENDOR_MAXLENGTH)
    private String vendor;

    @Column(name = "post_incident_at")
    private Instant postIncidentAt;

    @Column(length = LESSONS_MAXLENGTH)
    private String lessons;

    @Column(name = "kb_article_id")
    private Long kbArticleId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected SecurityIncident() {
    }

    private SecurityIncident(long caseId, String institutionCode, Origin origin, Instant at) {
        this.caseId = caseId;
        this.institutionCode = requireNonNull(institutionCode, "The institution is required.");
        this.origin = requireNonNull(origin, "The origin is required.");
        this.reportedAt = requireNonNull(at, "The time is required.");
    }

    /** A new incident of a case, reported by a unit or detected by the OGTIE at {@code at}. */
    public static SecurityIncident reported(long caseId, String institutionCode, Origin origin, Instant at) {
        return new SecurityIncident(caseId, institutionCode, origin, at);
    }

    /** The incident came from a security system's alert: its source, fingerprint and severity, first occurrence. */
    public void alerted(String source, String fingerprint, String severity, Instant at) {
        this.origin = Origin.SECURITY_ALERT;
        this.alertSource = requireNonNull(source);
        this.fingerprint = requireNonNull(fingerprint);
        this.severity = severity;
        this.occurrences = 1;
        this.lastAlertAt = at;
    }

    /** The same alert arrived again: one more occurrence; a higher severity is kept by the caller's choice. */
    public void alertedAgain(String severity, Instant at) {
        this.occurrences++;
        this.lastAlertAt = at;
        if (severity != null) {
            this.severity = severity;
        }
    }

    public void ticketed(Instant at) {
        ticketAt = first(ticketAt, at);
    }

    public void detect(Instant at) {
        detectedAt = first(detectedAt, at);
    }

    /** Analysis (7): the classification and priority are the latest given, the time the first. */
    public void analyse(String classification, String priority, Instant at) {
        this.classification = classification;
        this.priority = priority;
        analysedAt = first(analysedAt, at);
    }

    public void contain(Instant at) {
        containedAt = first(containedAt, at);
    }

    public void eradicate(Instant at) {
        eradicatedAt = first(eradicatedAt, at);
    }

    public void recover(Instant at) {
        recoveredAt = first(recoveredAt, at);
    }

    public void escalate(String vendor, Instant at) {
        this.vendor = vendor;
        escalatedAt = first(escalatedAt, at);
    }

    public void postIncident(String lessons, Long kbArticleId, Instant at) {
        this.lessons = lessons;
        if (kbArticleId != null) {
            this.kbArticleId = kbArticleId;
        }
        postIncidentAt = first(postIncidentAt, at);
    }

    public void close(Instant at) {
        closedAt = first(closedAt, at);
    }

    private static Instant first(Instant recorded, Instant at) {
        return recorded != null ? recorded : at;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getAlertSource() {
        return alertSource;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getSeverity() {
        return severity;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public Instant getLastAlertAt() {
        return lastAlertAt;
    }

    public Instant getTicketAt() {
        return ticketAt;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public Instant getAnalysedAt() {
        return analysedAt;
    }

    public String getClassification() {
        return classification;
    }

    public String getPriority() {
        return priority;
    }

    public Instant getContainedAt() {
        return containedAt;
    }

    public Instant getEradicatedAt() {
        return eradicatedAt;
    }

    public Instant getRecoveredAt() {
        return recoveredAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getVendor() {
        return vendor;
    }

    public Instant getPostIncidentAt() {
        return postIncidentAt;
    }

    public String getLessons() {
        return lessons;
    }

    public Long getKbArticleId() {
        return kbArticleId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
