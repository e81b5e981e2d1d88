package org.sigti.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How far SIGTI has read one of Keycloak's event lists: the time of the newest event it imported. The next reading
 * starts a little before it (events of a Keycloak cluster are not written in strict time order), and the events it
 * finds again are recognised by their id. Whoever imports holds this row's write lock until its transaction ends, so
 * two importers (two nodes, or the clock and the Auditor's "Actualizar") take turns. Both rows are created by the
 * migration (V44).
 */
@Entity
@Table(name = "keycloak_event_cursor")
public class KeycloakEventCursor {

    /** Keycloak's two event lists. */
    public enum Feed {
        /** Login events: {@code /admin/realms/{realm}/events}. */
        LOGIN,
        /** Admin events: {@code /admin/realms/{realm}/admin-events}. */
        ADMIN
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Feed feed;

    /** Epoch milliseconds, as Keycloak gives its events' times; 0 before the first import. */
    @Column(name = "read_to", nullable = false)
    private long readTo;

    protected KeycloakEventCursor() {
        // for JPA
    }

    public Feed getFeed() {
        return feed;
    }

    public long getReadTo() {
        return readTo;
    }

    /** Moves the cursor to an imported event's time; never back, as events older than the newest come late. */
    public void passed(long eventTime) {
        readTo = Math.max(readTo, eventTime);
    }
}
