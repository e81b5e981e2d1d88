package org.sigti.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.incidents.SecurityIncident.Origin;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Writes the bitácora / matriz de incidentes de seguridad (S04.04.00.03) inside the transaction of the case's move:
 * the report or detection opens the incident's line, and each phase of the manual stamps its time on it
 * ({@link SecurityIncident}). A phase on a case without a line is refused (the move rolls back whole).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SecurityIncidents {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Opens the incident's line: reported by a unit (activity 1) or detected by the OGTIE (activity 3). */
    public SecurityIncident open(long caseId, Origin origin) {
        WorkCase c = em.find(WorkCase.class, caseId);
        SecurityIncident incident = SecurityIncident.reported(caseId, c.getInstitutionCode(), origin,
                clock.instant());
        em.persist(incident);
        em.flush();
        return incident;
    }

    /** The incident of a case, locked for the move's change; a case without one has no bitácora line. */
    public SecurityIncident of(long caseId) {
        return em.createNamedQuery("SecurityIncident.findByCase", SecurityIncident.class)
                .setParameter("caseId", caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElseThrow(() -> new WorkflowException("incidents.line.missing",
                        String.valueOf(caseId)));
    }

    /** Whether the incident entered by the OGTIE's branch (no ticket of a unit's report yet). */
    public boolean detectedByOgtie(long caseId) {
        return of(caseId).getOrigin() != Origin.UNIT_REPORT;
    }

    /** Stamps one phase on the case's line, e.g. {@code phase(id, i -> i.contain(at))}, with the time now. */
    public void phase(long caseId, Consumer<SecurityIncident> change) {
        change.accept(of(caseId));
        em.flush();
    }

    /** Now, as the bitácora records it. */
    public Instant now() {
        return clock.instant();
    }
}
