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
 * A case filed by a step of another (the help desk's ticket a lifecycle step creates): the parent case and the step
 * whose completion filed it, the key the parent's declaration names the link by, and the child case. Open until the
 * child case ends; the parent's steps that wait on the key go on when the child gets where they wait.
 */
@Entity
@Table(name = "case_link")
public class CaseLink {

    public static final int KEY_MAXLENGTH = 20;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "parent_case_id", nullable = false, updatable = false)
    private Long parentCaseId;

    @Column(name = "parent_step", nullable = false, updatable = false, length = 20)
    private String parentStep;

    @Column(name = "link_key", nullable = false, updatable = false, length = KEY_MAXLENGTH)
    private String key;

    @Column(name = "child_case_id", nullable = false, updatable = false, unique = true)
    private Long childCaseId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected CaseLink() {
        // for JPA
    }

    public CaseLink(long parentCaseId, String parentStep, String key, long childCaseId, Instant openedAt) {
        this.parentCaseId = parentCaseId;
        this.parentStep = requireNonNull(parentStep, "the parent step is required");
        this.key = requireNonNull(key, "the link's key is required");
        this.childCaseId = childCaseId;
        this.openedAt = requireNonNull(openedAt);
    }

    /** The child case ended. */
    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = requireNonNull(at);
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getParentCaseId() {
        return parentCaseId;
    }

    public String getParentStep() {
        return parentStep;
    }

    public String getKey() {
        return key;
    }

    public Long getChildCaseId() {
        return childCaseId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
