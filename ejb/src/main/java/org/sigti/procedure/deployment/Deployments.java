package org.sigti.procedure.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.OfficialDraft;
import org.sigti.inventory.SystemCatalog;
import org.sigti.procedure.inventory.CustodyCases;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.security.Roles;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.Text;

/**
 * What UIT/ASS-PR01 and PR02 share (manual UIT/ASS-M01, the same nine steps): the fields of the Profesional's work
 * at step 6 (the system of the catalog, the version, the checklist of "copias de seguridad, monitoreo de puertos y
 * políticas de seguridad en el servidor" and the conclusion), the Informe (or Nota) de conclusión the Profesional
 * writes to the Jefe de la UIT through the Responsable de Servidores y Servicios, who gives it the visto bueno and
 * signs it at step 7 (numbered then) or returns it, and the Jefe's Nota Interna of step 8 to the requesting unit.
 * Every method runs inside the move's transaction; the documents are the kernel's official documents, written with
 * the same desk as SEPREM-DI-004.1's ({@link DictamenDocuments}). No credential ever reaches a document, a field or
 * a mail: they stay in the vault ({@link DeploymentCredentials}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Deployments {

    /** The unit of the manual's three performers (the Área de Servidores y Servicios is a part of the UIT). */
    static final String UIT = "UIT";
    static final String JEFE_UIT = "Jefe de la Unidad de Infraestructura Tecnológica";
    static final String RESPONSABLE_SS = "Responsable de Servidores y Servicios";

    static final List<Option> CHECK = List.of(
            new Option("CUMPLE", Text.of("Verificado: cumple", "Checked: complies")),
            new Option("NO_APLICA", Text.of("No aplica (justificar en el detalle)", "Not applicable (say why in"
                    + " the details)")));

    /** Step 5: the requester's answer to the observations. */
    static final FieldDefinition ANSWER = FieldDefinition.longText("informacion_completada",
            Text.of("Información completada o aclaración", "Information completed or clarification"), true);
    /** Step 6: the system of the catalog deployed or updated, by its code. */
    static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_produccion",
            Text.of("Sistema del catálogo (código)", "System of the catalog (code)"), true);
    /** Step 6: the version deployed: a tag or a commit of the system's repository. */
    static final FieldDefinition VERSION = FieldDefinition.text("version_produccion",
            Text.of("Versión desplegada (etiqueta o confirmación del repositorio)",
                    "Version deployed (tag or commit of the repository)"), true);
    static final FieldDefinition CHECK_BACKUPS = FieldDefinition.choice("control_copias",
            Text.of("Copias de seguridad", "Backups"), true, CHECK);
    static final FieldDefinition CHECK_PORTS = FieldDefinition.choice("control_puertos",
            Text.of("Monitoreo de puertos", "Port monitoring"), true, CHECK);
    static final FieldDefinition CHECK_POLICIES = FieldDefinition.choice("control_politicas",
            Text.of("Políticas de seguridad en el servidor", "Server security policies"), true, CHECK);
    /** Step 6: what was checked for each point of the list (the copy taken, the ports watched, the policies). */
    static final FieldDefinition CHECK_DETAILS = FieldDefinition.longText("detalle_controles",
            Text.of("Detalle de la verificación (copias, puertos, políticas)",
                    "Details of the check (backups, ports, policies)"), true);
    /** Step 6: the conclusion the Informe (or Nota) reports. */
    static final FieldDefinition CONCLUSION = FieldDefinition.longText("conclusion_produccion",
            Text.of("Conclusión (texto del informe)", "Conclusion (text of the report)"), true);
    /** Step 6 of PR02: an Informe or a Nota de conclusión, "de acuerdo al grado de complejidad de la actualización". */
    static final FieldDefinition DOCUMENT = FieldDefinition.choice("documento_conclusion",
            Text.of("Documento de conclusión (según la complejidad)", "Conclusion document (by complexity)"), true,
            List.of(new Option(OfficialDocumentKind.INFORME.name(), Text.of("Informe de conclusión (actualización"
                    + " compleja)", "Conclusion report (complex update)")), new Option(OfficialDocumentKind.NOTA
                            .name(), Text.of("Nota de conclusión (actualización sencilla)", "Conclusion note (simple"
                                    + " update)"))));
    /** Step 6's record of the work: the system, its version and the checklist with its detail. */
    static final List<FieldDefinition> CHECKLIST = List.of(SYSTEM, VERSION, CHECK_BACKUPS, CHECK_PORTS,
            CHECK_POLICIES, CHECK_DETAILS);

    /** Step 8: what the Jefe adds to the Nota Interna (optional). */
    static final FieldDefinition NOTE = FieldDefinition.longText("texto_nota_interna",
            Text.of("Texto adicional de la Nota Interna (opcional)", "Additional text of the Nota Interna"
                    + " (optional)"), false);

    @Inject
    DictamenDocuments documents;

    @Inject
    CustodyCases cases;

    @Inject
    CaseEngine engine;

    @EJB
    SystemCatalog catalog;

    @Inject
    DeploymentCredentials credentials;

    /** Step 4, with observations: the observations are the mail's text, so they must be written. */
    public void requireObservations(Transition t) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("procedures.deployment.observationsRequired", Map.of("comment",
                    "procedures.deployment.observationsRequired.field"));
        }
    }

    /** Step 4, no observations (PR01): a new system goes to production with the credentials the requester handed. */
    public void requireCredentials(Transition t) {
        if (credentials.count(t.caseId()) == 0) {
            throw new WorkflowException("procedures.deployment.noCredentials");
        }
    }

    /**
     * Step 6: the system is one of the institution's catalog, a point of the checklist "not applicable" is justified,
     * and the Informe or Nota de conclusión is written (again, after the Responsable's observation) and passed to the
     * Responsable de Servidores y Servicios for the visto bueno.
     */
    public void conclude(Transition t, OfficialDocumentKind kind, String work) {
        String system = cases.value(t, SYSTEM.name());
        if (system == null || !catalog.activeCodes().contains(system.strip())) {
            throw new WorkflowException("procedures.deployment.unknownSystem", Map.of(SYSTEM.name(),
                    "procedures.deployment.unknownSystem.field"), String.valueOf(system));
        }
        WorkCase c = cases.workCase(t);
        // addressed to the Jefe who routed the case (2), through the Responsable who assigned it (3)
        OfficialDraft.Signer responsable = documents.performerOf(t, "3", Roles.RESPONSABLE, UIT, RESPONSABLE_SS);
        OfficialDraft.Signer jefe = documents.performerOf(t, "2", Roles.JEFE, UIT, JEFE_UIT);
        List<String> body = new ArrayList<>();
        body.add("En atención a la solicitud " + c.getNumber() + " de " + c.getRequesterName() + " (\"" + c.getTitle()
                + "\"), se informa la conclusión de la " + work + " del sistema " + system.strip() + ", versión "
                + cases.value(t, VERSION.name()) + ".");
        body.add("Verificación previa a producción: copias de seguridad: " + check(t, CHECK_BACKUPS)
                + "; monitoreo de puertos: " + check(t, CHECK_PORTS) + "; políticas de seguridad en el servidor: "
                + check(t, CHECK_POLICIES) + ".");
        body.add("Detalle: " + cases.value(t, CHECK_DETAILS.name()));
        body.add("Conclusión: " + cases.value(t, CONCLUSION.name()));
        body.add("Las credenciales de acceso entregadas por la unidad solicitante se mantienen cifradas en SIGTI y no"
                + " se transcriben en este documento.");
        body.add("Elaborado por: " + t.actor().fullName() + ", Profesional de Servidores y Servicios.");
        documents.write(t, new OfficialDraft(kind, engine.unitOf(t.actor().institutionCode(), UIT), t.caseId(),
                documents.fullName(jefe.username()) + ", " + JEFE_UIT + "\nVía: "
                        + documents.fullName(responsable.username()) + ", " + RESPONSABLE_SS,
                cut("Conclusión de la " + work + " del sistema " + system.strip(), OfficialDocument.SUBJECT_MAXLENGTH),
                "Solicitud " + c.getNumber(), String.join("\n\n", body), responsable.username(), List.of(responsable),
                List.of(OfficialDraft.Recipient.unit(engine.unitOf(t.actor().institutionCode(), UIT)))));
    }

    /** Step 7, aprobar: the Responsable's visto bueno and signature number the Informe (or Nota). */
    public void approve(Transition t, OfficialDocumentKind kind) {
        documents.approveAndSign(t, kind, false);
    }

    /** Step 7, devolver: back to the Profesional with the reason. */
    public void returnToProfessional(Transition t, OfficialDocumentKind kind) {
        documents.observe(t, kind);
    }

    /**
     * Step 8: the Jefe de la UIT approves the conclusion and writes, signs and sends the Nota Interna that tells the
     * requesting unit the work is done (numbered in the institution's format).
     */
    public void notifyConclusion(Transition t, OfficialDocumentKind conclusionKind, String work) {
        WorkCase c = cases.workCase(t);
        OfficialDocument conclusion = documents.ofCase(t.caseId(), conclusionKind).orElseThrow(() ->
                new WorkflowException("procedures.dictamen.missing", conclusionKind.heading()));
        String unit = engine.unitOf(t.actor().institutionCode(), UIT);
        List<String> body = new ArrayList<>();
        body.add("Mediante la presente se comunica la conclusión de la " + work + " del sistema "
                + cases.value(t, SYSTEM.name()) + ", versión " + cases.value(t, VERSION.name())
                + ", solicitada en el caso " + c.getNumber() + " (\"" + c.getTitle() + "\"), conforme al "
                + conclusion.getNumber() + " aprobado por el " + RESPONSABLE_SS + ".");
        String extra = cases.value(t, NOTE.name());
        if (extra != null && !extra.isBlank()) {
            body.add(extra.strip());
        }
        body.add("Con este comunicado se cierra el flujo de la solicitud.");
        OfficialDraft.Recipient to = c.getRequesterUnitCode() == null ? OfficialDraft.Recipient.external(
                c.getRequesterName()) : OfficialDraft.Recipient.unit(c.getRequesterUnitCode());
        OfficialDraft.Signer jefe = new OfficialDraft.Signer(t.actor().username(), JEFE_UIT);
        documents.write(t, new OfficialDraft(OfficialDocumentKind.NOTA_INTERNA, unit, t.caseId(),
                c.getRequesterName() + " — Unidad/Área solicitante", cut("Conclusión de la " + work + " del sistema "
                        + cases.value(t, SYSTEM.name()), OfficialDocument.SUBJECT_MAXLENGTH), conclusion.getNumber(),
                String.join("\n\n", body), t.actor().username(), List.of(jefe), List.of(to)));
        documents.approveAndSign(t, OfficialDocumentKind.NOTA_INTERNA, true);
    }

    /** The kind of conclusion document the Profesional chose at step 6 (PR02; PR01 always writes an Informe). */
    public OfficialDocumentKind chosenKind(Transition t) {
        return OfficialDocumentKind.NOTA.name().equals(cases.value(t, DOCUMENT.name())) ? OfficialDocumentKind.NOTA
                : OfficialDocumentKind.INFORME;
    }

    private String check(Transition t, FieldDefinition field) {
        String value = cases.value(t, field.name());
        return CHECK.stream().filter(o -> o.value().equals(value)).map(o -> o.label().es()).findFirst()
                .orElse(String.valueOf(value));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
