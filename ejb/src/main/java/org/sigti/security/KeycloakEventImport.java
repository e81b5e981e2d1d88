package org.sigti.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.KeycloakEventCursor.Feed;

/**
 * The database side of {@link KeycloakEvents}: where each of Keycloak's lists was read to, which events are in
 * already, and the writing of a page of events, each in a transaction of its own (the reading of Keycloak, seconds
 * long, holds none). A page is written under the write lock of its list's cursor and checked again under it: two
 * importers reading the same events (two nodes; the clock and the Auditor's "Actualizar") take turns, and the second
 * finds the first one's events in.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
public class KeycloakEventImport {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SecurityEvents securityEvents;

    /** The time (epoch milliseconds) of the newest event imported from the list; 0 before the first. */
    public long readTo(Feed feed) {
        return em.find(KeycloakEventCursor.class, feed).getReadTo();
    }

    /** Which of these Keycloak event ids are security events already. */
    public Set<String> known(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select e.objectId from SecurityEvent e where e.objectType = :type"
                + " and e.objectId in :ids", String.class).setParameter("type", KeycloakEvent.OBJECT_TYPE)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * Writes the events not in yet, each as a security event entered in the trail's ledger, and moves the list's
     * cursor to {@code readTo} (the newest time of the page read, whether its events were new or not). Answers how
     * many were written.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int write(Feed feed, List<KeycloakEvent> events, long readTo) {
        KeycloakEventCursor cursor = em.find(KeycloakEventCursor.class, feed, LockModeType.PESSIMISTIC_WRITE);
        Set<String> known = known(events.stream().map(KeycloakEvent::id).toList());
        Set<String> written = new HashSet<>();
        for (KeycloakEvent event : events) {
            if (!known.contains(event.id()) && written.add(event.id())) {
                securityEvents.fromIdentityProvider(event);
            }
        }
        cursor.passed(readTo);
        return written.size();
    }
}
