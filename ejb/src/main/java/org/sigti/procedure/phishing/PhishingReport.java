package org.sigti.procedure.phishing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.blocklist.BlockedEntry;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.OfficialDraft;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;

/**
 * S04.04.00.02 step 20: the informe of a successful phishing that the cybersecurity coordinator "remite al Jefe(a) por
 * SISTRADOC", as an official document of SIGTI written in the move through {@link DictamenDocuments} (drafted, given
 * the coordinator's own visto bueno and signed, as S04.01.00.03's memorándum is): what the coordinator reports, the
 * compromised users and everything the case put on the blocklist, numbered in the coordinator's unit's series when
 * they sign it, and sent to the Jefatura, whose step 21 takes note of it. The SISTRADOC file number is kept as its
 * reference. A refusal rolls the move back whole, informe included.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PhishingReport {

    static final String COORDINATOR = "Responsable de la coordinación del equipo de ciberseguridad";
    static final String JEFE = "Jefe(a) de la Oficina General de Tecnologías de la Información y Estadística";
    /** The informe's name as the manual gives it (step 20). */
    static final String TITLE = "Informe sobre el análisis del caso de correo phishing concretado";

    @PersistenceContext
    EntityManager em;

    @Inject
    DictamenDocuments documents;

    @Inject
    CaseEngine engine;

    @Inject
    CaseValues values;

    /** @return the informe's number */
    String issue(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Se informa el caso de phishing concretado atendido en la solicitud " + c.getNumber()
                + " del SIGTI (" + c.getTitle() + "), conforme al procedimiento S04.04.00.02 Contención de spam y"
                + " phishing.");
        paragraphs.add("Situación detectada y acciones ejecutadas:\n" + values.value(t, PhishingFields.REPORT));
        String compromised = values.value(t, PhishingFields.COMPROMISED);
        if (compromised != null) {
            paragraphs.add("Usuarios comprometidos: " + compromised + ".");
        }
        List<String> blocks = em.createQuery("select b from BlockedEntry b where b.caseId = :c order by b.id",
                BlockedEntry.class).setParameter("c", c.getId()).getResultStream()
                .map(b -> "- " + PhishingBlocks.label(b.getKind()) + " " + b.getValue()).toList();
        paragraphs.add(blocks.isEmpty() ? "El caso no registró bloqueos."
                : "Bloqueos registrados por el caso:\n" + String.join("\n", blocks));
        String me = t.actor().username();
        String jefatura = engine.unitOf(c.getInstitutionCode(), S04040002.DIRECTION);
        documents.write(t, new OfficialDraft(OfficialDocumentKind.INFORME, t.actor().unitCode(), c.getId(), JEFE,
                TITLE, "Procedimiento S04.04.00.02, solicitud " + c.getNumber() + "; expediente SISTRADOC "
                        + values.value(t, PhishingFields.SISTRADOC), String.join("\n\n", paragraphs), me,
                List.of(new OfficialDraft.Signer(me, COORDINATOR)), List.of(OfficialDraft.Recipient.unit(jefatura))));
        return documents.approveAndSign(t, OfficialDocumentKind.INFORME, t.actor().unitCode(), true);
    }
}
