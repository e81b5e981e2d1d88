package org.sigti.document.official;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.InstitutionSeals;
import org.sigti.document.Letterhead;
import org.sigti.people.Institutions;
import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;

/**
 * Official documents for the screens: the "Documentos" list, "Nuevo documento" and the document page. IT staff, the
 * authority and unit directors draft; whoever the document names reviews, signs and sends it, including HR and
 * committee members; IT staff and the Auditor read all the institution's documents, the people outside IT those
 * they take part in or their unit received. Everything is of the caller's institution; another institution's
 * document, or one an outsider takes no part in, is a 403 plus a security event. Each method is one transaction; the
 * work is {@link DocumentDesk}'s.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.AUDITOR})
public class OfficialDocuments {

    /** Who drafts: IT staff, and the authority and unit directors, who write the manuals' oficios and memorándums. */
    private static final String[] WRITERS = {Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR,
        Roles.AUTORIDAD, Roles.DIRECTOR};

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    DocumentDesk desk;

    @Inject
    OfficialDocumentPdf pdf;

    @Inject
    Institutions institutions;

    @Inject
    InstitutionSeals seals;

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR})
    public long draft(OfficialDraft draft) {
        return desk.draft(me(), draft);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR})
    public void rewrite(long id, OfficialDraft draft) {
        desk.rewrite(me(), id, draft);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR})
    public void askReview(long id) {
        desk.askReview(me(), id);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE})
    public void approve(long id) {
        desk.approve(me(), id);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE})
    public void observe(long id, String note) {
        desk.observe(me(), id, note);
    }

    /** @return the document's number when this was the last signature, else null */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE})
    public String sign(long id) {
        return desk.sign(me(), id);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE})
    public void send(long id) {
        desk.send(me(), id);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE})
    public void externalNumber(long id, int recipient, String registryNumber) {
        desk.externalNumber(me(), id, recipient, registryNumber);
    }

    public OfficialDocumentView view(long id) {
        return desk.view(me(), id);
    }

    /**
     * The signed document as PDF/A with the institution's letterhead (the issuing unit's name under the institution's)
     * and sealed with the institution's certificate; a draft has none (it is previewed on its page).
     */
    public byte[] pdf(long id) {
        Actor me = me();
        OfficialDocumentView d = desk.view(me, desk.signed(me, id).getId());
        Letterhead institution = institutions.letterhead(me.institutionCode());
        String unit = em.createQuery("select u.name from OrgUnit u where u.institutionCode = :institution"
                + " and u.code = :code", String.class).setParameter("institution", me.institutionCode())
                .setParameter("code", d.unitCode()).getResultStream().findFirst().orElse(institution.unit());
        Letterhead letterhead = new Letterhead(institution.institution(), unit, institution.address(),
                institution.logo());
        return seals.seal(pdf.render(d, letterhead), me.institutionCode(),
                "Emitido por SIGTI: " + d.kind().heading() + " " + d.number());
    }

    public List<OfficialDocumentRow> page(OfficialDocumentQuery query, int first, int size) {
        return desk.page(me(), query, first, size);
    }

    public long count(OfficialDocumentQuery query) {
        return desk.count(me(), query);
    }

    /** The units of the caller's institution (code → name), for the form's choices. */
    public List<String[]> units() {
        return em.createQuery("select u.code, u.name from OrgUnit u where u.institutionCode = :institution"
                + " order by u.code", Object[].class).setParameter("institution", me().institutionCode())
                .getResultStream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    /** Whether the caller may draft documents. */
    public boolean mayDraft() {
        return java.util.Arrays.stream(WRITERS).anyMatch(context::isCallerInRole);
    }

    private Actor me() {
        return Callers.actor(context, em);
    }
}
