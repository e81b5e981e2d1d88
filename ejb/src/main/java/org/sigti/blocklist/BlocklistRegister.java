package org.sigti.blocklist;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * Reads the blocklist of spam and phishing (S04.04.00.02): the caller's institution's lines only, newest first, paged
 * in the database, optionally of one kind. Written only by the procedure's moves ({@link Blocklist}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class BlocklistRegister {

    /** The largest page a caller gets. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    /** How many lines the caller's institution has, of {@code kind} (null: of every kind). */
    public long count(BlockedEntry.Kind kind) {
        var query = em.createQuery("select count(b) from BlockedEntry b where b.institutionCode = :institution"
                + (kind == null ? "" : " and b.kind = :kind"), Long.class).setParameter("institution", scope.caller());
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getSingleResult();
    }

    /** A page of the caller's institution's lines of {@code kind} (null: every kind), newest first. */
    public List<BlockRow> page(BlockedEntry.Kind kind, int first, int size) {
        var query = em.createQuery("select new org.sigti.blocklist.BlockRow(b.id, b.kind, b.value, c.number, b.blockedBy,"
                + " b.blockedAt, b.timesReportedAgain, l.number, b.lastReportedAt)"
                + " from BlockedEntry b join WorkCase c on c.id = b.caseId left join WorkCase l on l.id = b.lastCaseId"
                + " where b.institutionCode = :institution" + (kind == null ? "" : " and b.kind = :kind")
                + " order by b.blockedAt desc, b.id desc", BlockRow.class).setParameter("institution", scope.caller());
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }
}
