package org.sigti.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Whether a member attended a session: one row per member of the committee, recorded by the Secretaría técnica. */
@Entity
@Table(name = "committee_attendance")
public class SessionAttendance {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false)
    private boolean present;

    protected SessionAttendance() {
        // for JPA
    }

    public SessionAttendance(long sessionId, long memberId, boolean present) {
        this.sessionId = sessionId;
        this.memberId = memberId;
        this.present = present;
    }

    public void mark(boolean present) {
        this.present = present;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getMemberId() {
        return memberId;
    }

    public boolean isPresent() {
        return present;
    }
}
