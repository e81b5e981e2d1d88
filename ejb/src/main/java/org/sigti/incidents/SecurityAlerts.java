package org.sigti.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Callers;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Receives a security system's alert (REST API {@code POST /security-alerts}) in one transaction. The same alert
 * (institution, source and fingerprint) that came within the window ({@link #window()}) to an incident still open
 * adds an occurrence to it and a note on its case; any other opens a new incident through {@link SecurityAlertRaised}
 * (the security-incident procedure's OGTIE-detected branch). The caller is the cybersecurity team's: a Técnico or the
 * coordinator of the unit that serves the queue {@value #TEAM} of their institution, usually a security system's
 * service account; anyone else is refused and recorded.
 */
@Stateless
@RolesAllowed({Roles.TECNICO, Roles.RESPONSABLE})
public class SecurityAlerts {

    /** The queue whose team receives security alerts: the cybersecurity team. */
    public static final String TEAM = "CIBER";
    /** System property of the window, an ISO-8601 duration ({@code PT24H}); else the environment's. */
    public static final String WINDOW_PROPERTY = "sigti.security-alerts.window";
    public static final String WINDOW_ENV = "SIGTI_SECURITY_ALERT_WINDOW";
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(SecurityAlerts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CaseEngine engine;

    @Inject
    Event<SecurityAlertRaised> raised;

    @EJB
    SecurityEvents securityEvents;

    Clock clock = Clock.systemUTC();

    /**
     * Opens or updates the incident of an alert. Invalid fields are a {@link WorkflowException} naming each (nothing is
     * written); a caller outside the cybersecurity team an {@link AccessDeniedException}, recorded. With a
     * {@code requestKey} (the request's {@code Idempotency-Key}) the caller already sent, nothing is recorded and the
     * answer is that of the incident it reached then ({@link AlertReceipt#replayed}).
     */
    public AlertReceipt receive(SecurityAlert alert, String requestKey) {
        Map<String, String> problems = alert.problems();
        if (!problems.isEmpty()) {
            throw new WorkflowException("incidents.alert.invalid", problems);
        }
        Actor caller = Callers.actor(context, em);
        if (caller.unitCode() == null || caller.institutionCode() == null
                || !caller.unitCode().equals(engine.unitOf(caller.institutionCode(), TEAM))) {
            securityEvents.accessDenied("SecurityAlerts.receive", "security_alert", alert.source().strip(), null,
                    "not of the team of queue " + TEAM + " of the caller's institution");
            throw new AccessDeniedException("security alerts come from the cybersecurity team");
        }
        gate(caller.institutionCode());
        if (requestKey != null) {
            Optional<SecurityAlertOccurrence> earlier = em.createNamedQuery("SecurityAlertOccurrence.findByKey",
                    SecurityAlertOccurrence.class).setParameter("receivedBy", caller.username())
                    .setParameter("requestKey", requestKey).getResultStream().findFirst();
            if (earlier.isPresent()) {
                SecurityIncident incident = em.find(SecurityIncident.class, earlier.get().getIncidentId());
                WorkCase c = em.find(WorkCase.class, incident.getCaseId());
                return new AlertReceipt(c.getId(), c.getNumber(), false, incident.getOccurrences(), true);
            }
        }
        Instant now = clock.instant();
        String source = alert.source().strip();
        String fingerprint = alert.fingerprint().strip();
        Optional<SecurityIncident> recent = em.createNamedQuery("SecurityIncident.findRecentAlert",
                SecurityIncident.class).setParameter("institution", caller.institutionCode())
                .setParameter("source", source).setParameter("fingerprint", fingerprint)
                .setParameter("since", now.minus(window())).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1).getResultStream().findFirst();
        if (recent.isPresent()) {
            SecurityIncident incident = recent.get();
            incident.alertedAgain(alert.severity(), now);
            record(incident, caller, alert, requestKey, now);
            WorkCase c = em.find(WorkCase.class, incident.getCaseId());
            engine.note(c, caller, "ALERT", "Alerta repetida de " + source + " (" + incident.getOccurrences()
                    + " veces): " + alert.title().strip(), null);
            return new AlertReceipt(c.getId(), c.getNumber(), false, incident.getOccurrences(), false);
        }
        SecurityAlertRaised request = new SecurityAlertRaised(caller, alert);
        raised.fire(request);
        WorkCase c = request.openedCase();
        SecurityIncident incident = em.createNamedQuery("SecurityIncident.findByCase", SecurityIncident.class)
                .setParameter("caseId", c.getId()).getSingleResult();
        incident.alerted(source, fingerprint, alert.severity(), now);
        record(incident, caller, alert, requestKey, now);
        return new AlertReceipt(c.getId(), c.getNumber(), true, 1, false);
    }

    /**
     * Waits for the alerts of the institution received meanwhile to commit, and holds the others until this one does:
     * the look-ups that follow see every incident and request key those alerts wrote. An institution added after the
     * gate's migration gets its row with its first alert.
     */
    private void gate(String institution) {
        if (em.find(SecurityAlertGate.class, institution, LockModeType.PESSIMISTIC_WRITE) == null) {
            em.persist(new SecurityAlertGate(institution));
            em.flush();
        }
    }

    private void record(SecurityIncident incident, Actor caller, SecurityAlert alert, String requestKey,
            Instant now) {
        em.persist(new SecurityAlertOccurrence(incident.getId(), now, caller.username(), alert.severity(),
                alert.title().strip(), alert.detail(), requestKey));
        em.flush();
    }

    /**
     * How long an alert keeps answering to its open incident: {@value #WINDOW_PROPERTY} (system property) or
     * {@value #WINDOW_ENV} (environment), an ISO-8601 duration such as {@code PT24H} or {@code PT30M}; 24 hours when
     * neither is set or the value is not a positive duration.
     */
    public static Duration window() {
        String value = System.getProperty(WINDOW_PROPERTY, System.getenv(WINDOW_ENV));
        if (value == null || value.isBlank()) {
            return DEFAULT_WINDOW;
        }
        try {
            Duration window = Duration.parse(value.strip());
            if (!window.isNegative() && !window.isZero()) {
                return window;
            }
        } catch (DateTimeParseException e) {
            // falls through to the default, said once per call in the log
        }
        LOG.warning(() -> "SIGTI: " + WINDOW_PROPERTY + "/" + WINDOW_ENV + " = " + value
                + " is not a positive ISO-8601 duration (e.g. PT24H); using " + DEFAULT_WINDOW);
        return DEFAULT_WINDOW;
    }
}
