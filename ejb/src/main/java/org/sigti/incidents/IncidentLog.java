package org.sigti.incidents;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * Reads the bitácora / matriz de incidentes de seguridad informática (S04.04.00.03, activity 12), one line per
 * incident, newest first, paged in the database; only the caller's institution's incidents. Written only by the
 * procedure's moves and the alert intake ({@link SecurityIncidents}, {@link SecurityAlerts}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class IncidentLog {

    /** The largest page a caller gets. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    public long count() {
        return em.createQuery("select count(i) from SecurityIncident i where i.institutionCode = :institution",
                Long.class).setParameter("institution", scope.caller()).getSingleResult();
    }

    public List<IncidentRow> page(int first, int size) {
        return em.createQuery("select new org.sigti.incidents.IncidentRow(i.id, c.number, c.title, c.status,"
                + " i.origin, i.alertSource, i.severity, i.occurrences, i.reportedAt, i.ticketAt,"
                + " i.detectedAt, i.analysedAt, i.classification, i.priority, i.containedAt, i.eradicatedAt,"
                + " i.recoveredAt, i.escalatedAt, i.vendor, i.postIncidentAt, i.lessons, i.kbArticleId, i.closedAt)"
                + " from SecurityIncident i, WorkCase c where c.id = i.caseId and i.institutionCode = :institution"
                + " order by i.reportedAt desc, i.id desc", IncidentRow.class)
                .setParameter("institution", scope.caller()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
    }
}
