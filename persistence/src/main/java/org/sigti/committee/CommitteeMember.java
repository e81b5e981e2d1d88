package org.sigti.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A SIGTI person's seat on a committee: their role in it (presidente, secretario técnico, miembro), whether they sit
 * as titular or alterno, and the order in which they sign the committee's actas ({@code position}).
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember {

    /** The role a member holds in the committee. */
    public enum Role {
        PRESIDENTE, SECRETARIO_TECNICO, MIEMBRO
    }

    /** Whether the member holds the seat or stands in for its holder. */
    public enum Seat {
        TITULAR, ALTERNO
    }

    @Id
    private Long id;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Seat seat;

    @Column(name = "sign_order", nullable = false)
    private int position;

    protected CommitteeMember() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Seat getSeat() {
        return seat;
    }

    public int getPosition() {
        return position;
    }
}
