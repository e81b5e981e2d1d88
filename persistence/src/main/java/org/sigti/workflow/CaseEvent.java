package org.sigti.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One record of a case's audit trail: who (user, roles, unit), when (UTC), what (action, from step, to steps,
 * outcome, comment, documents). Append-only: no setter, every column {@code updatable = false}, and on PostgreSQL
 * the application's database account may not update or delete the table. Records are chained per case: {@link #hash}
 * is the keyed seal ({@link TrailSeal}) of the previous record's hash and every field of this one, so changing or
 * removing a record breaks the chain, and a change cannot be re-sealed without the key, which the database does not
 * hold. Each record also has its entry in its institution's ledger ({@code trail_entry}), so that a case deleted with
 * its whole trail leaves a gap there. {@code AuditVerifier} reports both.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    /** The "previous hash" of a case's first record. */
    public static final String GENESIS = "0".repeat(64);

    public static final int COMMENT_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_username", nullable = false, updatable = false, length = 100)
    private String actorUsername;

    @Column(name = "actor_roles", nullable = false, updatable = false, length = 200)
    private String actorRoles;

    @Column(name = "actor_unit", updatable = false, length = 20)
    private String actorUnit;

    @Column(nullable = false, updatable = false, length = 20)
    private String action;

    @Column(name = "procedure_code", nullable = false, updatable = false, length = 40)
    private String procedureCode;

    @Column(name = "from_step", updatable = false, length = 20)
    private String fromStep;

    @Column(name = "to_steps", updatable = false, length = 100)
    private String toSteps;

    @Column(updatable = false, length = 40)
    private String outcome;

    @Column(name = "comment_text", updatable = false, length = COMMENT_MAXLENGTH)
    private String comment;

    @Column(updatable = false, length = 1000)
    private String documents;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected CaseEvent() {
        // for JPA
    }

    /** What one record says, before it is numbered and chained. */
    public record Entry(Instant occurredAt, String actorUsername, String actorRoles, String actorUnit, String action,
            String procedureCode, String fromStep, String toSteps, String outcome, String comment, String documents) {
        public Entry {
            // both databases keep microseconds: what is hashed is what is stored
            occurredAt = requireNonNull(occurredAt).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            requireNonNull(actorUsername);
            requireNonNull(actorRoles);
            requireNonNull(action);
            requireNonNull(procedureCode);
        }
    }

    public CaseEvent(long caseId, int seq, Entry entry, String prevHash, TrailSeal seal) {
        this.caseId = caseId;
        this.seq = seq;
        this.occurredAt = entry.occurredAt();
        this.actorUsername = entry.actorUsername();
        this.actorRoles = entry.actorRoles();
        this.actorUnit = entry.actorUnit();
        this.action = entry.action();
        this.procedureCode = entry.procedureCode();
        this.fromStep = entry.fromStep();
        this.toSteps = entry.toSteps();
        this.outcome = entry.outcome();
        this.comment = entry.comment();
        this.documents = entry.documents();
        this.prevHash = requireNonNull(prevHash);
        this.hash = computeHash(seal);
    }

    /**
     * What is sealed: the previous hash and every field, each length-prefixed so that no two different records give
     * the same input. Times are taken at microsecond precision, the precision both databases keep.
     */
    public String canonical() {
        return TrailSeal.canonical(prevHash, caseId, seq, occurredAt.getEpochSecond(), occurredAt.getNano() / 1000,
                actorUsername, actorRoles, actorUnit, action, procedureCode, fromStep, toSteps, outcome, comment,
                documents);
    }

    /** The keyed seal of this record as it stands, to compare with {@link #getHash()}. */
    public String computeHash(TrailSeal seal) {
        return seal.mac(canonical());
    }

    /** The unkeyed SHA-256 this record had before the audit key (schema V3 to V41): what V43 checks before sealing. */
    public String legacyHash() {
        return TrailSeal.sha256(canonical());
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getActorUnit() {
        return actorUnit;
    }

    public String getAction() {
        return action;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getFromStep() {
        return fromStep;
    }

    public String getToSteps() {
        return toSteps;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public String getDocuments() {
        return documents;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
