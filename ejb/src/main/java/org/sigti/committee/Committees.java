package org.sigti.committee;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.committee.CommitteeViews.Approval;
import org.sigti.committee.CommitteeViews.SessionRef;
import org.sigti.security.Roles;

/**
 * What procedures ask of committees: which sessions approved (modified, received) a document, by the case it belongs
 * to or by its name, and a session to reference from a case step. Read-only, always within one institution (the
 * case's); the procedure's own step checks who acts. See the package documentation for how a step uses it.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.AUDITOR})
public class Committees {

    private static final String APPROVAL = "select new org.sigti.committee.CommitteeViews$Approval(s.id, c.code,"
            + " s.number, s.heldOn, d.name, d.documentVersion, d.caseId, d.outcome, o.number)"
            + " from SessionDocument d join CommitteeSession s on s.id = d.sessionId"
            + " join Committee c on c.id = s.committeeId left join OfficialDocument o on o.id = s.actaDocumentId"
            + " where s.institutionCode = :institution";

    @PersistenceContext
    EntityManager em;

    /** The sessions that acted on the documents of a case, oldest first (each document a row). */
    public List<Approval> sessionsApproving(String institutionCode, long caseId) {
        return em.createQuery(APPROVAL + " and d.caseId = :case order by s.heldOn, s.id, d.id", Approval.class)
                .setParameter("institution", institutionCode).setParameter("case", caseId).getResultList();
    }

    /** The sessions that acted on a document by its name (case-insensitive, exact), oldest first. */
    public List<Approval> sessionsApproving(String institutionCode, String documentName) {
        return em.createQuery(APPROVAL + " and lower(d.name) = lower(:name) order by s.heldOn, s.id, d.id",
                Approval.class).setParameter("institution", institutionCode)
                .setParameter("name", documentName == null ? "" : documentName.strip()).getResultList();
    }

    /** A committee's session by its number, e.g. the CGD's session 3. */
    public Optional<SessionRef> session(String institutionCode, String committeeCode, int number) {
        return refs("c.code = :code and s.number = :number", institutionCode)
                .setParameter("code", committeeCode).setParameter("number", number).getResultStream().findFirst();
    }

    /** A session by its id, when it is of the institution. */
    public Optional<SessionRef> session(String institutionCode, long sessionId) {
        return refs("s.id = :id", institutionCode).setParameter("id", sessionId).getResultStream().findFirst();
    }

    /** The sessions opened for a case (a procedure step that asked for a session), oldest first. */
    public List<SessionRef> sessionsOfCase(String institutionCode, long caseId) {
        return refs("s.caseId = :case", institutionCode).setParameter("case", caseId).getResultList();
    }

    private TypedQuery<SessionRef> refs(String where, String institutionCode) {
        return em.createQuery("select new org.sigti.committee.CommitteeViews$SessionRef(s.id, c.code, s.number,"
                + " s.heldOn, s.caseId, s.actaDocumentId, o.number) from CommitteeSession s join Committee c"
                + " on c.id = s.committeeId left join OfficialDocument o on o.id = s.actaDocumentId"
                + " where s.institutionCode = :institution and " + where + " order by s.heldOn, s.id",
                SessionRef.class).setParameter("institution", institutionCode);
    }
}
