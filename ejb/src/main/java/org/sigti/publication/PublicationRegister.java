package org.sigti.publication;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;

/**
 * Reads the registro interno de publicaciones (/publication/register.xhtml) of the caller's institution, a page at a
 * time in the database, newest first. Its readers: the cybersecurity team who keeps it, and of the OGTIE the Jefe(a)
 * and the team coordinators, and the Auditor; anyone else is refused, the refusal recorded as a security event, then
 * {@link AccessDeniedException} (the 403 page). Written through {@link Publications}.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class PublicationRegister {

    public static final int MAX_PAGE = 100;

    private static final String ROW = "select new org.sigti.publication.PublicationRow(p.id, p.version, s.code,"
            + " s.name, p.privateIp, p.publicIp, p.ports, p.caseNumber, p.ticketNumber, p.publishedBy, p.publishedAt,"
            + " p.endedAt, p.endedBy, p.endReason) from Publication p, ItSystem s where s.id = p.systemId"
            + " and p.institutionCode = :i";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    /** Whether the caller may read the register (the menu offers it only then); nothing is recorded. */
    public boolean isCallers() {
        return reader(Callers.actor(context, em));
    }

    /** Whether the caller may read the register; a refusal is recorded and thrown. */
    public void open() {
        allowed("PublicationRegister.open");
    }

    public long count() {
        Actor caller = allowed("PublicationRegister.count");
        return em.createQuery("select count(p) from Publication p where p.institutionCode = :i", Long.class)
                .setParameter("i", caller.institutionCode()).getSingleResult();
    }

    /** A page of publications, newest first (one query). */
    public List<PublicationRow> page(int first, int size) {
        Actor caller = allowed("PublicationRegister.page");
        return em.createQuery(ROW + " order by p.publishedAt desc, p.id desc", PublicationRow.class)
                .setParameter("i", caller.institutionCode()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
    }

    private Actor allowed(String action) {
        Actor caller = Callers.actor(context, em);
        if (!reader(caller)) {
            securityEvents.accessDenied(action, "publication_register", caller.institutionCode(), null,
                    "not a reader of the register (" + caller.unitCode() + ")");
            throw new AccessDeniedException("the register of publications is the cybersecurity team's");
        }
        return caller;
    }

    private static boolean reader(Actor caller) {
        return caller.institutionCode() != null && (caller.has(Roles.JEFE) || caller.has(Roles.AUDITOR)
                || caller.has(Roles.RESPONSABLE) || Publications.TEAM.equals(caller.unitCode()));
    }
}
