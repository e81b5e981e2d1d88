package org.sigti.maintenance;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * Reads the Bitácora de control de accesos físico al centro de datos (S04.03.01.03, Formato N°1), one line per
 * person (visitors of the SG and contractors), newest authorization first, paged in the database; only the visits of
 * the caller's institution's cases (names and identity documents of visitors are nobody else's business). Written
 * only by the procedure's moves ({@link DataCenterVisits}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class DataCenterLog {

    /** The largest page a caller gets. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    public long count() {
        return em.createQuery("select count(v) from DataCenterVisit v, WorkCase c where c.id = v.caseId"
                + " and c.institutionCode = :institution", Long.class).setParameter("institution", scope.caller())
                .getSingleResult();
    }

    public List<VisitRow> page(int first, int size) {
        return em.createQuery("select new org.sigti.maintenance.VisitRow(v.id, c.number, v.purpose, v.hostUsername,"
                + " v.authorizedBy, v.authorizedAt, v.visitorName, v.idDocument, v.escort, v.enteredAt, v.exitedAt,"
                + " v.branch, v.company, v.supervisor)"
                + " from DataCenterVisit v, WorkCase c where c.id = v.caseId and c.institutionCode = :institution"
                + " order by v.authorizedAt desc, v.id desc", VisitRow.class)
                .setParameter("institution", scope.caller()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
    }
}
