package org.sigti.security;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.sigti.db.DatabaseMigration;

/**
 * The clock of {@link KeycloakEvents}: every {@value #DEFAULT_SECONDS} s ({@code SIGTI_IDP_EVENTS_SECONDS}; 0 turns
 * it off, leaving the screen's "Actualizar") it imports Keycloak's new failed logins, lockouts and admin actions.
 * Not persistent: a tick missed while SIGTI was down is made up by the next one, which reads from where the last
 * import stopped. Every node of a cluster ticks; the import's lock makes them take turns.
 *
 * <p>Open on purpose ({@code @PermitAll}): the container calls its timer without a caller, and it has no business
 * method. Its call runs as the Auditor ({@code @RunAs}), who reads the security events.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.AUDITOR)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a tick that finds the last one still running skips
public class KeycloakEventTimer {

    static final long DEFAULT_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(KeycloakEventTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;

    @EJB
    DatabaseMigration database;

    @EJB
    KeycloakEvents events;

    @PostConstruct
    void schedule() {
        long seconds = Long.getLong(KeycloakEvents.SECONDS_PROPERTY, DEFAULT_SECONDS);
        if (seconds > 0) {
            timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("sigti-keycloak-events",
                    false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!database.isReady() || !running.compareAndSet(false, true)) {
            return; // the migration's own retry reports the database problem
        }
        try {
            events.pull();
        } catch (RuntimeException e) {
            // not Keycloak (pull() reports that itself): the database, most likely; the next tick tries again
            LOG.log(Level.WARNING, "SIGTI could not import Keycloak's events now: " + e, e);
        } finally {
            running.set(false);
        }
    }
}
