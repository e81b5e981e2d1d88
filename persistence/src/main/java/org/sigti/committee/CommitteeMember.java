package org.sigti.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A SIGTI person's seat on a committee: their role in it (presidente, secretario técnico, miembro), whether they sit
 * as titular or alterno, and the order in which they sign the committee's actas ({@code position}). A member who
 * leaves keeps their row (their attendance and signatures refer to it) with the day they left ({@code untilOn}); a
 * person who comes back takes the same row again.
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
    @SequenceGenerator(name = "committee_member_seq", sequenceName = "committee_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_member_seq")
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

    @Column(name = "since_on")
    private LocalDate sinceOn;

    @Column(name = "until_on")
    private LocalDate untilOn;

    protected CommitteeMember() {
        // for JPA
    }

    public CommitteeMember(long committeeId, String username, String fullName, Role role, Seat seat, int position,
            LocalDate sinceOn) {
        this.committeeId = committeeId;
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.seat = seat;
        this.position = position;
        this.sinceOn = sinceOn;
    }

    /** The member's role or seat changes. */
    public void change(Role newRole, Seat newSeat) {
        this.role = newRole;
        this.seat = newSeat;
    }

    /** The member leaves the committee on {@code day}. */
    public void leave(LocalDate day) {
        this.untilOn = day;
    }

    /** A former member comes back, last in the signing order. */
    public void rejoin(String newFullName, Role newRole, Seat newSeat, int newPosition, LocalDate day) {
        this.fullName = newFullName;
        this.role = newRole;
        this.seat = newSeat;
        this.position = newPosition;
        this.sinceOn = day;
        this.untilOn = null;
    }

    public boolean isCurrent() {
        return untilOn == null;
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

    public LocalDate getSinceOn() {
        return sinceOn;
    }

    public LocalDate getUntilOn() {
        return untilOn;
    }
}
