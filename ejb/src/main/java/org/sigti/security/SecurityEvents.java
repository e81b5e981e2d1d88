package org.sigti.security;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;

/**
 * Writes security events. A denial is recorded in its own transaction, so it stays when the denied operation rolls
 * back, and it is recorded whoever the caller is (a person without any SIGTI role is exactly who gets denied).
 */
@Stateless
@PermitAll // recording a denial must work for every caller, including those with no SIGTI role
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger(SecurityEvents.class.getName());

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private TrailLedgers ledgers;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records that the caller was denied an action.
     *
     * @param action        what was attempted, e.g. {@code GET /sigti/admin/users.xhtml} or {@code RequestInbox.open}
     * @param objectType    the kind of object aimed at, or null
     * @param objectId      its id, or null
     * @param sourceAddress the client's address, or null when not known
     * @param detail        anything else worth keeping, or null
     */
    public void accessDenied(String action, String objectType, String objectId, String sourceAddress, String detail) {
        SecurityEvent.Actor actor = caller();
        ledgers.persist(TrailTable.SECURITY_EVENT,
                SecurityEvent.accessDenied(clock.instant(), actor, action, objectType, objectId, sourceAddress,
                detail));
        LOG.warning(() -> "SIGTI: access denied to " + actor.username() + " " + actor.roles() + " for "
                + oneLine(action) + (objectId == null ? "" : " on " + objectType + " " + oneLine(objectId)));
    }

    /**
     * Records a request no screen produces, refused without touching anything ({@link
     * SecurityEventKind#MALFORMED_REQUEST}).
     *
     * @param action        the method and page, e.g. {@code GET /sigti/case.xhtml}
     * @param sourceAddress the client's address, or null when not known
     * @param detail        what was wrong, e.g. the parameters that did not convert (cut by the entity)
     */
    public void malformed(String action, String sourceAddress, String detail) {
        SecurityEvent.Actor actor = caller();
        ledgers.persist(TrailTable.SECURITY_EVENT,
                SecurityEvent.of(SecurityEventKind.MALFORMED_REQUEST, clock.instant(), actor, action, null, null,
                sourceAddress, detail));
        LOG.warning(() -> "SIGTI: malformed request by " + actor.username() + ": " + oneLine(action) + ": "
                + oneLine(detail));
    }

    /**
     * Records a refusal for an actor the caller's service identified itself (the workflow kernel knows who acts, with
     * the unit and roles of that moment).
     */
    public void refused(SecurityEventKind kind, String username, List<String> roles, String unitCode, String action,
            String objectType, String objectId, String detail) {
        SecurityEvent.Actor actor = new SecurityEvent.Actor(username, roles, unitCode);
        ledgers.persist(TrailTable.SECURITY_EVENT,
                SecurityEvent.of(kind, clock.instant(), actor, action, objectType, objectId, null, detail));
        LOG.warning(() -> "SIGTI: " + kind + " for " + actor.username() + " " + actor.roles() + ": "
                + oneLine(action) + " on " + objectType + " " + oneLine(objectId) + ": " + oneLine(detail));
    }

    /**
     * Records a security-relevant fact the caller did and was allowed to (a waiver of the backup before a change),
     * in the caller's transaction: it is kept only if what it records is.
     *
     * @param kind       what kind of fact
     * @param action     what was done, e.g. {@code SystemChanges.waive}
     * @param objectType the kind of object it was done on
     * @param objectId   its id
     * @param detail     the reason given, or anything else worth keeping
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordFact(SecurityEventKind kind, String action, String objectType, String objectId, String detail) {
        SecurityEvent.Actor actor = caller();
        ledgers.persist(TrailTable.SECURITY_EVENT,
                SecurityEvent.of(kind, clock.instant(), actor, action, objectType, objectId, null, detail));
        LOG.info(() -> "SIGTI: " + kind + " by " + actor.username() + " " + actor.roles() + ": " + oneLine(action)
                + " on " + objectType + " " + oneLine(objectId) + ": " + oneLine(detail));
    }

    /**
     * Records an event of the identity provider (Keycloak): a failed login, a lockout, an administrator's change, at
     * the time Keycloak gave it, naming Keycloak's event as its object ({@link KeycloakEvent#OBJECT_TYPE} and its id),
     * in the caller's transaction (the import's, which holds the lock that keeps it from writing an event twice).
     * The person's unit is the one SIGTI knows them by now; Keycloak's events carry no roles.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void fromIdentityProvider(KeycloakEvent event) {
        SecurityEvent.Actor actor = new SecurityEvent.Actor(event.who(), List.of(), unitOf(event.who()));
        ledgers.persist(TrailTable.SECURITY_EVENT, SecurityEvent.of(event.kind(), event.at(), actor, event.action(),
                KeycloakEvent.OBJECT_TYPE, event.id(), event.sourceAddress(), event.detail()));
        if (event.kind() == SecurityEventKind.ACCOUNT_LOCKED) {
            LOG.warning(() -> "SIGTI: account locked in Keycloak: " + oneLine(actor.username()) + " ("
                    + oneLine(event.action()) + ", " + oneLine(event.detail()) + ") from "
                    + oneLine(event.sourceAddress()));
        }
    }

    private SecurityEvent.Actor caller() {
        String username = context.getCallerPrincipal().getName();
        List<String> roles = Roles.ALL.stream().filter(context::isCallerInRole).toList();
        return new SecurityEvent.Actor(username, roles, unitOf(username));
    }

    private String unitOf(String username) {
        return em.createNamedQuery("UserProfile.findUnitCode", String.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    /** Log lines must not be forged by CR/LF in user-controlled text. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n\\t]", "_");
    }
}
