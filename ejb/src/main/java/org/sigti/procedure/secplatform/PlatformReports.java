package org.sigti.procedure.secplatform;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The documents S04.04.00.01's steps send "vía SISTRADOC", as SIGTI's official documents written inside the move's
 * transaction: an informe its author signs and sends in the same move (step 8's informe and step 15's Informe de
 * conformidad to the Jefe(a), step 11's Informe de generación de back up to the cybersecurity coordinator), numbered in
 * the author's unit's series; and the Jefe(a)'s oficio that remits the Informe de conformidad to the DIRAB (step 16),
 * an external recipient. A refusal rolls the move back whole, document included.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlatformReports {

    static final String JEFE_OGTIE = "Jefe(a) de la Oficina General de Tecnologías de la Información y Estadística";
    static final String COORDINATOR = "Responsable de la coordinación del equipo de ciberseguridad";
    static final String SPECIALIST = "Técnico Informático Especialista";
    static final String DIRAB = "Dirección de Abastecimiento (DIRAB)";

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentDesk desk;

    @Inject
    CaseEngine engine;

    /**
     * An informe of the step's performer, from their unit, to the unit serving {@code queue}: drafted, given the
     * author's own visto bueno, signed (which numbers it) and sent.
     *
     * @return the informe's number
     */
    String informe(Transition t, String capacity, String addressees, String queue, String subject, String body) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String to = engine.unitOf(c.getInstitutionCode(), queue);
        String me = t.actor().username();
        long id = desk.draft(t.actor(), new OfficialDraft(OfficialDocumentKind.INFORME, t.actor().unitCode(), c.getId(),
                addressees, subject, "Procedimiento S04.04.00.01, solicitud " + c.getNumber(), body, me,
                List.of(new OfficialDraft.Signer(me, capacity)), List.of(OfficialDraft.Recipient.unit(to))));
        return signAndSend(t, id);
    }

    /** Step 16: the Jefe(a)'s oficio that remits the case's Informe de conformidad to the DIRAB, signed and sent. */
    String remitToDirab(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OfficialDocument informe = em.createQuery("select d from OfficialDocument d where d.caseId = :c"
                + " and d.kind = :k and d.number is not null order by d.id desc", OfficialDocument.class)
                .setParameter("c", c.getId()).setParameter("k", OfficialDocumentKind.INFORME).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("secplatform.conformity.missing", c.getNumber()));
        String me = t.actor().username();
        String body = String.join("\n\n",
                "Tengo el agrado de dirigirme a usted para remitirle el " + informe.getNumber() + ", Informe de"
                        + " conformidad del mantenimiento de la plataforma de seguridad informática realizado por el"
                        + " contratista, elaborado por el equipo de ciberseguridad de la OGTIE.",
                "Se remite para los fines que correspondan.",
                "Referencia: solicitud " + c.getNumber() + " del SIGTI (" + c.getTitle() + ").");
        long id = desk.draft(t.actor(), new OfficialDraft(OfficialDocumentKind.OFICIO, t.actor().unitCode(), c.getId(),
                "Director(a) de la " + DIRAB, "Remisión del Informe de conformidad " + informe.getNumber(),
                informe.getNumber(), body, me, List.of(new OfficialDraft.Signer(me, JEFE_OGTIE)),
                List.of(OfficialDraft.Recipient.external(DIRAB))));
        return signAndSend(t, id);
    }

    private String signAndSend(Transition t, long id) {
        desk.askReview(t.actor(), id);
        desk.approve(t.actor(), id);
        String number = desk.sign(t.actor(), id);
        desk.send(t.actor(), id);
        return number;
    }
}
