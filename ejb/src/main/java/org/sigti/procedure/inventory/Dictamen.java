package org.sigti.procedure.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.OfficialDraft;
import org.sigti.inventory.Equipment;
import org.sigti.inventory.EquipmentKind;
import org.sigti.inventory.EquipmentState;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.Text;

/**
 * What SEPREM-DI-004.1's documents say: the subject of the dictamen (equipment of the case's institution's inventory,
 * or a service), the photos that document the inspection, the Dictamen Técnico filled from the inventory and the
 * steps' values, and the documento de traslado that carries it to the requesting unit. Runs inside the move's
 * transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Dictamen {

    /** The recommendation that leaves the equipment "para baja". */
    static final String DISPOSAL = "BAJA";
    static final List<Option> RECOMMENDATIONS = List.of(
            new Option(DISPOSAL, Text.of("Baja del bien", "Disposal of the asset")),
            new Option("REPARACION", Text.of("Reparación", "Repair")),
            new Option("COMPRA", Text.of("Compra o adquisición", "Purchase")),
            new Option("ACTUALIZACION", Text.of("Actualización o mejora", "Upgrade")),
            new Option("RENOVACION", Text.of("Renovación del servicio", "Renewal of the service")),
            new Option("CONTINUAR_USO", Text.of("Continuar en uso", "Keep in use")));
    private static final List<String> PHOTO_TYPES = List.of("image/png", "image/jpeg");
    private static final Map<EquipmentKind, String> KINDS = Map.of(EquipmentKind.COMPUTER, "Computadora",
            EquipmentKind.LAPTOP, "Laptop", EquipmentKind.PRINTER, "Impresora", EquipmentKind.PHONE, "Teléfono",
            EquipmentKind.NETWORK_DEVICE, "Equipo de red", EquipmentKind.CERT_TOKEN,
            "Dispositivo de certificado digital", EquipmentKind.OTHER, "Otro");
    private static final Map<EquipmentState, String> STATES = Map.of(EquipmentState.IN_STOCK, "En almacén",
            EquipmentState.ASSIGNED, "Asignado", EquipmentState.IN_MAINTENANCE, "En mantenimiento",
            EquipmentState.FOR_DISPOSAL, "Para baja", EquipmentState.RETIRED, "Dado de baja");

    /** The dictamen's subject: a piece of equipment of the inventory, or a service. */
    public record Subject(Equipment equipment, String service) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CustodyCases cases;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    CaseEngine engine;

    /**
     * The subject step 2 recorded: the equipment by its patrimonial code (or SIGTI number) in the case's
     * institution, not retired, or the service named.
     *
     * @throws WorkflowException with the field marked, when the code names no equipment of the institution (another
     *         institution's is unknown here too, and the attempt is recorded as a security event)
     */
    public Subject subjectOf(Transition t) {
        if (!SepremDi0041.EQUIPMENT.equals(cases.value(t, SepremDi0041.SUBJECT.name()))) {
            String service = cases.value(t, SepremDi0041.SERVICE_NAME.name());
            if (service == null) {
                throw new WorkflowException("procedures.dictamen.serviceRequired", Map.of(
                        SepremDi0041.SERVICE_NAME.name(), "workflow.field.required"));
            }
            return new Subject(null, service);
        }
        String field = SepremDi0041.EQUIPMENT_CODE.name();
        String code = cases.value(t, field);
        if (code == null) {
            throw new WorkflowException("procedures.dictamen.equipmentRequired", Map.of(field,
                    "workflow.field.required"));
        }
        Equipment e = cases.find(t.actor().institutionCode(), code);
        if (e == null) {
            boolean elsewhere = em.createQuery("select count(e) from Equipment e where e.patrimonialCode = :code",
                    Long.class).setParameter("code", Equipment.normalizedCode(code)).getSingleResult() > 0;
            if (elsewhere) {
                securityEvents.accessDenied("SepremDi0041.inspect", "equipment", Equipment.normalizedCode(code), null,
                        "another institution's equipment named in case " + t.caseNumber());
            }
            throw new WorkflowException("procedures.equipment.unknown", Map.of(field,
                    "procedures.equipment.unknown.field"), code);
        }
        if (e.getState() == EquipmentState.RETIRED) {
            throw new WorkflowException("procedures.dictamen.retired", Map.of(field, "procedures.dictamen.retired.field"),
                    e.getPatrimonialCode());
        }
        return new Subject(e, null);
    }

    /** The names of the photos attached to the case, oldest first. */
    public List<String> photos(long caseId) {
        return em.createQuery("select a.fileName from CaseAttachment a where a.caseId = :c and a.contentType in"
                + " :types order by a.uploadedAt, a.id", String.class).setParameter("c", caseId)
                .setParameter("types", PHOTO_TYPES).getResultList();
    }

    /** The Dictamen Técnico of the case, from the inventory and the values of steps 2 to 4. */
    public OfficialDraft opinion(Transition t, OfficialDraft.Signer jefe) {
        WorkCase c = cases.workCase(t);
        Subject s = subjectOf(t);
        List<String> body = new ArrayList<>();
        body.add("Solicitud " + c.getNumber() + " de " + c.getRequesterName() + ": " + c.getTitle() + ".");
        if (s.equipment() != null) {
            Equipment e = s.equipment();
            body.add("Equipo inspeccionado: " + KINDS.get(e.getKind()) + " " + e.getBrand() + " " + e.getModel()
                    + ", serie " + e.getSerial() + ", código patrimonial " + e.getPatrimonialCode() + ". Estado en el"
                    + " inventario: " + STATES.get(e.getState()) + ". Ubicación: " + orNone(e.getLocation())
                    + ". Custodio: " + orNone(e.getCustodianName() == null ? e.getCustodianUsername()
                            : e.getCustodianName()) + ". Adquirido: " + orNone(e.getAcquiredOn())
                    + ". Garantía hasta: " + orNone(e.getWarrantyUntil()) + ".");
        } else {
            body.add("Servicio evaluado: " + s.service() + ".");
        }
        body.add("Características observadas: " + cases.value(t, SepremDi0041.CHARACTERISTICS.name()));
        body.add("Estado observado: " + cases.value(t, SepremDi0041.CONDITION.name()));
        body.add("Evidencia: " + String.join(", ", photos(t.caseId())) + " (fotografías adjuntas al caso "
                + c.getNumber() + ").");
        body.add("Evaluación técnica: " + cases.value(t, SepremDi0041.EVALUATION.name()));
        body.add("Recomendación: " + recommendation(t) + ".");
        body.add("Elaborado por: " + t.actor().fullName() + ", Analista de Infraestructura.");
        String subject = "Dictamen técnico " + (s.equipment() == null ? "del servicio " + s.service()
                : "del equipo " + s.equipment().getPatrimonialCode() + " (" + KINDS.get(s.equipment().getKind())
                        + " " + s.equipment().getBrand() + " " + s.equipment().getModel() + ")");
        return new OfficialDraft(OfficialDocumentKind.DICTAMEN_TECNICO, unitOf(t, SepremDi0041.INFRA), t.caseId(),
                "Director(a) de Informática",
                cut(subject, OfficialDocument.SUBJECT_MAXLENGTH), "Solicitud " + c.getNumber(),
                String.join("\n\n", body), jefe.username(), List.of(jefe),
                List.of(OfficialDraft.Recipient.unit(unitOf(t, SepremDi0041.ASSISTANT))));
    }

    /**
     * The documento de traslado: an oficio of the Dirección de Informática that carries the signed dictamen to the
     * requesting unit (an external recipient by the addressee's name when the requester has no unit in SIGTI).
     */
    public OfficialDraft transfer(Transition t, OfficialDraft.Signer director) {
        WorkCase c = cases.workCase(t);
        OfficialDocument opinion = em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.kind"
                + " = :k and d.number is not null", OfficialDocument.class).setParameter("c", t.caseId())
                .setParameter("k", OfficialDocumentKind.DICTAMEN_TECNICO).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("procedures.dictamen.missing",
                        OfficialDocumentKind.DICTAMEN_TECNICO.heading()));
        String addressee = cases.value(t, SepremDi0041.ADDRESSEE.name());
        Subject s = subjectOf(t);
        String about = s.equipment() == null ? "el servicio " + s.service()
                : "el equipo con código patrimonial " + s.equipment().getPatrimonialCode();
        List<String> body = List.of("Por este medio se traslada el " + opinion.getNumber() + ", emitido por el"
                + " Departamento de Infraestructura de la Dirección de Informática sobre " + about
                + ", con la recomendación: " + recommendation(t) + ".", "Lo anterior para continuar con el proceso"
                + " administrativo correspondiente a la solicitud " + c.getNumber() + " («" + c.getTitle() + "»).");
        String unit = c.getRequesterUnitCode() == null ? null : em.createQuery("select u.code from OrgUnit u"
                + " where u.institutionCode = :i and u.code = :u", String.class).setParameter("i",
                        c.getInstitutionCode()).setParameter("u", c.getRequesterUnitCode()).getResultStream()
                .findFirst().orElse(null);
        OfficialDraft.Recipient to = unit == null ? OfficialDraft.Recipient.external(addressee)
                : OfficialDraft.Recipient.unit(unit);
        return new OfficialDraft(OfficialDocumentKind.OFICIO, unitOf(t, SepremDi0041.DIRECTION), t.caseId(),
                addressee, cut("Traslado del " + opinion.getNumber(), OfficialDocument.SUBJECT_MAXLENGTH),
                opinion.getNumber(), String.join("\n\n", body), director.username(), List.of(director), List.of(to));
    }

    /** The unit that serves a queue in the case's institution: the issuing unit of a document. */
    private String unitOf(Transition t, String queue) {
        return engine.unitOf(t.actor().institutionCode(), queue);
    }

    private String recommendation(Transition t) {
        String value = cases.value(t, SepremDi0041.RECOMMENDATION.name());
        return RECOMMENDATIONS.stream().filter(o -> o.value().equals(value)).map(o -> o.label().es()).findFirst()
                .orElse(String.valueOf(value));
    }

    private static String orNone(Object value) {
        return value == null ? "no registrado" : value instanceof LocalDate d ? d.toString() : value.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
