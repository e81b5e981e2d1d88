package org.sigti.procedure.sgsi;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.OfficialDraft;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.sgsi.SgsiTeams;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;

/**
 * S04.01.00.03 step 12: the Memorándum interno by which the Jefe(a) de la OGTIE approves the team's SGSI documentation
 * and distributes it to every OGTIE team and the Especialista. The Jefe(a) writes, gives the visto bueno and signs it in
 * the move (the signature numbers it in MINDEF's format, e.g. MEMORÁNDUM N° 000001-2026-MINDEF/OGTIE), and it is
 * sent; a refusal rolls the move back, memorándum included.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SgsiMemorandum {

    static final String JEFE = "Jefe(a) de la Oficina General de Tecnologías de la Información y Estadística";
    private static final String CHIEF = "JEFATURA";

    @Inject
    DictamenDocuments documents;

    @Inject
    CaseEngine engine;

    /** @return the memorándum's number */
    public String issue(Transition t, String team, List<String> entries) {
        String institution = t.actor().institutionCode();
        String ogtie = engine.unitOf(institution, CHIEF);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Por el presente se aprueba la documentación y los registros del Sistema de Gestión de Seguridad"
                + " de la Información (SGSI) del equipo " + team + " de la OGTIE, revisados por el Especialista de"
                + " Seguridad de la Información, y se dispone su difusión:");
        entries.forEach(entry -> paragraphs.add("- " + entry));
        paragraphs.add("El responsable de la coordinación del equipo custodia su documentación.");
        List<OfficialDraft.Recipient> recipients = new ArrayList<>();
        for (String queue : SgsiTeams.TEAMS) {
            recipients.add(OfficialDraft.Recipient.unit(engine.unitOf(institution, queue)));
        }
        recipients.add(OfficialDraft.Recipient.unit(engine.unitOf(institution, SgsiTeams.SPECIALIST)));
        OfficialDraft.Signer jefe = new OfficialDraft.Signer(t.actor().username(), JEFE);
        documents.write(t, new OfficialDraft(OfficialDocumentKind.MEMORANDUM, ogtie, t.caseId(),
                "Responsables de la coordinación de los equipos de la OGTIE\nEspecialista de Seguridad de la"
                        + " Información", "Aprobación y difusión de la documentación del SGSI del equipo " + team,
                "Procedimiento S04.01.00.03, solicitud " + t.caseNumber(), String.join("\n\n", paragraphs),
                t.actor().username(), List.of(jefe), recipients));
        return documents.approveAndSign(t, OfficialDocumentKind.MEMORANDUM, ogtie, true);
    }
}
