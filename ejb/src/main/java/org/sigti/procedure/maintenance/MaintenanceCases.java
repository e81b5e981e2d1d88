package org.sigti.procedure.maintenance;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialSignature;
import org.sigti.document.official.OfficialDraft;
import org.sigti.maintenance.MaintenanceRecords;
import org.sigti.maintenance.SystemMaintenanceType;
import org.sigti.procedure.change.ChangeCases;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * What DPG/ESIN-PRO-5's steps do besides moving the case: the row of the register DGP/ESIN-R-6 (written by the
 * feasibility analysis, concluded by the go-live or the justification) and the Acta de conformidad of the requesting
 * unit (drafted by the Técnico III with the maintenance done in the test environment, signed and numbered by the
 * requester's conformity, or returned with the reason). Runs inside the move's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MaintenanceCases {

    /** The values of the maintenance type field: section 7's a), b) and c). */
    static final String PREVENTIVE = "preventivo";
    static final String CORRECTIVE = "correctivo";
    static final String EVOLUTIVE = "evolutivo";
    private static final Map<String, SystemMaintenanceType> TYPES = Map.of(PREVENTIVE,
            SystemMaintenanceType.PREVENTIVE, CORRECTIVE, SystemMaintenanceType.CORRECTIVE, EVOLUTIVE,
            SystemMaintenanceType.EVOLUTIVE);
    private static final Map<String, String> TYPE_NAMES = Map.of(PREVENTIVE, "preventivo", CORRECTIVE, "correctivo",
            EVOLUTIVE, "evolutivo");

    @PersistenceContext
    EntityManager em;

    @Inject
    MaintenanceRecords records;

    @Inject
    DictamenDocuments documents;

    @Inject
    CaseEngine engine;

    @Inject
    ChangeCases changes;

    /** The type a value of the type field means. */
    static SystemMaintenanceType type(String value) {
        SystemMaintenanceType type = TYPES.get(value);
        if (type == null) {
            throw new IllegalArgumentException("Unknown maintenance type " + value);
        }
        return type;
    }

    /** The feasibility analysis: the register's row, numbered the first time. */
    public void assess(Transition t, FieldDefinition system, FieldDefinition type, boolean feasible) {
        Map<String, String> v = values(t);
        records.assess(t.caseId(), v.get(system.name()), type(v.get(type.name())), feasible);
    }

    /** A preventive maintenance verified: its row of the register, with the checklist's observations. */
    public void registerPreventive(Transition t, String systemField, FieldDefinition observations) {
        Map<String, String> v = values(t);
        records.preventive(t.caseId(), v.get(systemField), v.get(observations.name()));
    }

    /** The request ends: the register's row gets its conclusion date, hour and observations. */
    public void conclude(Transition t, boolean inProduction, String observations) {
        records.conclude(t.caseId(), inProduction, observations);
    }

    /**
     * The Acta de conformidad of the maintenance, issued by ESIN and addressed to the requesting unit, which reviews
     * it and signs it as the unit's conformity.
     */
    public void draftActa(Transition t, FieldDefinition system, FieldDefinition type, FieldDefinition environment,
            FieldDefinition changes, FieldDefinition version) {
        Map<String, String> v = values(t);
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String esin = engine.unitOf(c.getInstitutionCode(), Checklist.ESIN);
        String unit = c.getRequesterUnitCode() == null ? "Unidad solicitante" : "Unidad solicitante ("
                + c.getRequesterUnitCode() + ")";
        List<String> body = List.of(
                "En atención a la solicitud " + c.getNumber() + " (" + c.getTitle() + "), el Área de Estadística y"
                        + " Sistemas de Información Integrados ejecutó el mantenimiento " + TYPE_NAMES.get(
                                v.get(type.name())) + " del sistema " + v.get(system.name()) + ".",
                "Cambios realizados: " + v.get(changes.name()),
                "Versión: " + v.get(version.name()) + ". Ambiente de prueba: " + v.get(environment.name()) + ".",
                "La unidad solicitante revisó la funcionalidad en el ambiente de prueba y manifiesta su conformidad"
                        + " con el mantenimiento, para su pase a producción.");
        OfficialDraft.Signer requester = new OfficialDraft.Signer(c.getRequesterUsername(),
                cut(unit + ": " + c.getRequesterName(), OfficialSignature.CAPACITY_MAXLENGTH));
        documents.write(t, new OfficialDraft(OfficialDocumentKind.ACTA, esin, c.getId(), c.getRequesterName() + "\n"
                + "Responsable de Estadística y Sistemas de Información Integrados",
                cut("Acta de conformidad del mantenimiento del sistema " + v.get(system.name()),
                        OfficialDocument.SUBJECT_MAXLENGTH), "Solicitud " + c.getNumber(), String.join("\n\n", body),
                c.getRequesterUsername(), List.of(requester), List.of(OfficialDraft.Recipient.unit(esin))));
    }

    /**
     * c8 by a document: the Técnico III writes the Informe or the Nota Interna of ESIN with the justification,
     * addressed to the requester and their unit, gives it the visto bueno and signs it (the manual names nobody else
     * for it), which numbers it; it goes to the requesting unit. A refusal rolls the whole move back.
     *
     * @return the document's number
     */
    public String justifyByDocument(Transition t, OfficialDocumentKind kind, FieldDefinition system,
            FieldDefinition justification) {
        Map<String, String> v = values(t);
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String esin = engine.unitOf(c.getInstitutionCode(), Checklist.ESIN);
        String title = kind == OfficialDocumentKind.INFORME ? "Informe" : "Nota Interna";
        List<String> body = List.of(
                "En atención a la solicitud " + c.getNumber() + " (" + c.getTitle() + "), el Área de Estadística y"
                        + " Sistemas de Información Integrados analizó la factibilidad del mantenimiento del sistema "
                        + v.get(system.name()) + " y concluyó que no es viable en este momento.",
                "Justificación: " + v.get(justification.name()),
                "Se remite la presente para su conocimiento; la solicitud queda concluida en el registro de"
                        + " mantenimiento de sistemas (DGP/ESIN-R-6).");
        String unit = c.getRequesterUnitCode();
        OfficialDraft.Recipient to = unit == null ? OfficialDraft.Recipient.external(c.getRequesterName())
                : OfficialDraft.Recipient.unit(unit);
        String author = t.actor().username();
        documents.write(t, new OfficialDraft(kind, esin, c.getId(), c.getRequesterName() + "\n"
                + (unit == null ? "Unidad solicitante" : "Unidad solicitante (" + unit + ")"),
                cut(title + " de no viabilidad del mantenimiento del sistema " + v.get(system.name()),
                        OfficialDocument.SUBJECT_MAXLENGTH), "Solicitud " + c.getNumber(), String.join("\n\n", body),
                author, List.of(new OfficialDraft.Signer(author, "Técnico III – Soporte de Sistemas")),
                List.of(to)));
        return documents.approveAndSign(t, kind, true);
    }

    /** The requester's conformity: visto bueno and signature, which number the acta; it goes to ESIN. */
    public void signActa(Transition t) {
        documents.approveAndSign(t, OfficialDocumentKind.ACTA, true);
    }

    /** Not conforming: the acta goes back to the Técnico III with the reason written in the comment. */
    public void returnActa(Transition t) {
        documents.observe(t, OfficialDocumentKind.ACTA);
    }

    private Map<String, String> values(Transition t) {
        return changes.values(t);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
