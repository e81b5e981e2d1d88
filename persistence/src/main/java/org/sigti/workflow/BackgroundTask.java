package org.sigti.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One run of a long action done in the background (the audit trail's check): who started it, for which institution,
 * how far it got and how it ended, with its result for the page that shows it. Its progress is written in
 * transactions of its own, so the page reads it while the run goes on.
 */
@Entity
@Table(name = "background_task")
public class BackgroundTask {

    /** How far a run got. */
    public enum State {
        RUNNING, DONE, FAILED,
        /** The server stopped during the run. */
        INTERRUPTED
    }

    public static final int RESULT_MAXLENGTH = 200_000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "kind", nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(name = "started_by", nullable = false, updatable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private State state;

    @Column(name = "done_count", nullable = false)
    private long done;

    @Column(name = "total_count", nullable = false)
    private long total;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "result", length = RESULT_MAXLENGTH)
    private String result;

    @Version
    private long version;

    protected BackgroundTask() {
        // for JPA
    }

    public BackgroundTask(String institutionCode, String kind, String startedBy, Instant startedAt) {
        this.institutionCode = requireNonNull(institutionCode);
        this.kind = requireNonNull(kind);
        this.startedBy = requireNonNull(startedBy);
        this.startedAt = requireNonNull(startedAt);
        this.state = State.RUNNING;
    }

    /** How far the run got: {@code done} of {@code total} (the total may grow as the run finds more). */
    public void progress(long done, long total) {
        this.done = Math.max(0, done);
        this.total = Math.max(this.done, total);
    }

    /** The run ended: {@code state} DONE, FAILED or INTERRUPTED, with what it found (or why it failed). */
    public void end(State state, String result, Instant at) {
        if (state == State.RUNNING) {
            throw new IllegalArgumentException("a run ends in another state than RUNNING");
        }
        this.state = state;
        this.result = result;
        this.finishedAt = requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getKind() {
        return kind;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public State getState() {
        return state;
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getResult() {
        return result;
    }
}
