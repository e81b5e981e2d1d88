package org.sigti.security;

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

/**
 * One security fact, such as a denied attempt: who (user, roles and unit at that moment), what (the action and the
 * object it aimed at), from where, and when in UTC. Append-only: there is no way to change an event once written.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public static final int ACTION_MAXLENGTH = 300;
    public static final int DETAIL_MAXLENGTH = 1000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(nullable = false, updatable = false, length = 200)
    private String roles;

    @Column(name = "unit_code", updatable = false, length = 20)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private SecurityEventKind kind;

    @Column(nullable = false, updatable = false, length = ACTION_MAXLENGTH)
    private String action;

    @Column(name = "object_type", updatable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 100)
    private String objectId;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(updatable = false, length = DETAIL_MAXLENGTH)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    /** A denied attempt. Texts longer than their columns are cut, never rejected: the event must be written. */
    public static SecurityEvent accessDenied(Instant when, Actor actor, String action, String objectType,
            String objectId, String sourceAddress, String detail) {
        return of(SecurityEventKind.ACCESS_DENIED, when, actor, action, objectType, objectId, sourceAddress, detail);
    }

    /** A security fact of the given kind. */
    public static SecurityEvent of(SecurityEventKind kind, Instant when, Actor actor, String action,
            String objectType, String objectId, String sourceAddress, String detail) {
        SecurityEvent event = new SecurityEvent();
        event.occurredAt = requireNonNull(when, "Time is required.");
        event.username = cut(requireNonNull(actor, "Actor is required.").username(), 100);
        event.roles = cut(String.join(",", actor.roles()), 200);
        event.unitCode = cut(actor.unitCode(), 20);
        event.kind = requireNonNull(kind, "Kind is required.");
        event.action = cut(requireNonNull(action, "Action is required."), ACTION_MAXLENGTH);
        event.objectType = cut(objectType, 60);
        event.objectId = cut(objectId, 100);
        event.sourceAddress = cut(sourceAddress, 64);
        event.detail = cut(detail, DETAIL_MAXLENGTH);
        return event;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRoles() {
        return roles;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getDetail() {
        return detail;
    }

    /** Who acted, as the security layer saw them at that moment. */
    public record Actor(String username, java.util.List<String> roles, String unitCode) {
        public Actor {
            roles = roles == null ? java.util.List.of() : java.util.List.copyOf(roles);
        }
    }
}
