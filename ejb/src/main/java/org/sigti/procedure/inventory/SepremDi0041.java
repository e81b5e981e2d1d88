package org.sigti.procedure.inventory;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.inventory.Equipment;
import org.sigti.inventory.EquipmentDisposal;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-004.1 (SEPREM, Guatemala): Emisión de Dictamen Técnico on a piece of equipment or a technology service,
 * to support an internal administrative process (a purchase, a baja). procedures.md C5, S2 entity 26; the Spanish
 * manual's table of activities wins where they differ.
 *
 * <p>The manual's roles and SEPREM's units in SIGTI: <b>Asistente de Dirección</b> (steps 1, 6, 7; step 5's
 * "Asistente Administrativo(a)" is the same desk, the one that prepares the traslado at step 6) = Operador of
 * DI-ASIST; <b>Jefe de Infraestructura / Analista</b> (steps 2–4) = Técnico of DI-INFRA, the analyst, whose steps
 * stay with whoever takes the first; <b>Jefe de Infraestructura</b> (step 5) = Responsable of DI-INFRA;
 * <b>Director de Informática</b> (the traslado's signature) = Jefe of JEFATURA, the DI. Whoever asks for the
 * dictamen (any unit) files it.
 *
 * <p>SIGTI's steps: "0", the request filed by the unit that needs the dictamen (the manual's step 1 receives it);
 * "6.F", the Director's signature of the documento de traslado, which the manual's step 6 "pasa a firma"; and the
 * return of step 5 (↺ 4) and of 6.F (↺ 6): the manual has no loop, but an approval or a signature can be refused,
 * and the document then goes back to its author as an observation.
 *
 * <p>The equipment is picked from the inventory by its patrimonial code at step 2 (the case's institution only:
 * another's is unknown here, and the attempt is a security event); its characteristics and state, the inspection
 * notes of step 3 (with at least one photo attached to the case: PNG or JPEG, checked like every upload) and step
 * 4's evaluation and recommendation fill the Dictamen Técnico, drafted by the analyst at step 4. Step 5 gives it the
 * Jefe de Infraestructura's visto bueno and signature, which numbers it (SEPREM's format, e.g. DICTAMEN TÉCNICO No.
 * DI-INFRA-001-2026), and sends it to the Asistencia de Dirección; a recommendation of baja leaves the equipment
 * FOR_DISPOSAL ("para baja") in that same transaction. Step 6 drafts the documento de traslado (an OFICIO of the DI
 * to the requesting unit), 6.F is the Director's visto bueno and signature, and step 7 sends it and archives both
 * with the case ("Documentos" of the case). Both are PDF/A with the letterhead and the institution's seal.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0041 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-004.1";
    static final String ASSISTANT = "DI-ASIST";
    static final String INFRA = "DI-INFRA";
    static final String DIRECTION = "JEFATURA";
    static final String SIGNATURE = "6.F";
    /** Step 2: what the dictamen is about, {@link #EQUIPMENT} or {@link #SERVICE}. */
    static final FieldDefinition SUBJECT = FieldDefinition.choice("objeto_dictamen", Text.of("Objeto del dictamen",
            "Subject of the opinion"), true, List.of(new Option("EQUIPO", Text.of("Equipo del inventario",
                    "Equipment of the inventory")), new Option("SERVICIO", Text.of("Servicio tecnológico",
                            "Technology service"))));
    static final String EQUIPMENT = "EQUIPO";
    static final String SERVICE = "SERVICIO";
    /** Step 2: the equipment's patrimonial code (or SIGTI number), when the dictamen is about equipment. */
    static final FieldDefinition EQUIPMENT_CODE = FieldDefinition.text("equipo_dictamen", Text.of("Código"
            + " patrimonial del equipo (si es un equipo)", "Equipment's patrimonial code (for equipment)"), false);
    /** Step 2: the service and its documentation, when the dictamen is about a service. */
    static final FieldDefinition SERVICE_NAME = FieldDefinition.text("servicio_dictamen", Text.of("Servicio y"
            + " documentación revisada (si es un servicio)", "Service and documentation reviewed (for a service)"),
            false);
    static final FieldDefinition CHARACTERISTICS = FieldDefinition.longText("caracteristicas_observadas",
            Text.of("Características observadas", "Characteristics observed"), true);
    static final FieldDefinition CONDITION = FieldDefinition.longText("estado_observado", Text.of("Estado observado",
            "State observed"), true);
    static final FieldDefinition EVALUATION = FieldDefinition.longText("evaluacion_tecnica", Text.of("Evaluación"
            + " técnica (con base en la evidencia)", "Technical evaluation (from the evidence)"), true);
    static final FieldDefinition RECOMMENDATION = FieldDefinition.choice("recomendacion", Text.of("Recomendación",
            "Recommendation"), true, Dictamen.RECOMMENDATIONS);
    /** Step 6: to whom the traslado is addressed (name and post). */
    static final FieldDefinition ADDRESSEE = FieldDefinition.text("destinatario_traslado", Text.of("Destinatario del"
            + " traslado (nombre y cargo)", "Addressee of the transfer (name and post)"), true);
    static final FieldDefinition ARCHIVE = FieldDefinition.text("ubicacion_archivo", Text.of("Ubicación en el"
            + " archivo (opcional)", "Place in the archive (optional)"), false);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0041.class, CODE, "SEPREM (Guatemala)",
            Text.of("Emisión de Dictamen Técnico", "Issuing a Dictamen Técnico (technical opinion)"))
            .offeredAs(43, of("Necesito un dictamen técnico para una adquisición",
                    "I need a technical opinion for a purchase"))
            .step("0", of("Solicitar la emisión de dictamen técnico de un equipo o servicio",
                    "Request a dictamen técnico on equipment or a service")).byRequester()
                .output("Solicitud de dictamen")
                .hint("Indique el equipo (código patrimonial) o el servicio y para qué proceso administrativo se"
                        + " necesita el dictamen.", "Name the equipment (patrimonial code) or the service and the"
                        + " administrative process the dictamen is for.")
                .next("1")
            .step("1", of("Recibir la solicitud de dictamen y trasladarla al Departamento de Infraestructura",
                    "Receive the dictamen request and pass it to the Infrastructure Department"))
                .by(Roles.OPERADOR, ASSISTANT).next("2")
            .step("2", of("Inspeccionar las características y el estado del equipo o la documentación del servicio",
                    "Inspect the equipment's characteristics and state, or the service's documentation"))
                .by(Roles.TECNICO, INFRA)
                .hint("El equipo se toma del inventario de la institución por su código patrimonial.",
                        "The equipment is taken from the institution's inventory by its patrimonial code.")
                .field(SUBJECT).field(EQUIPMENT_CODE).field(SERVICE_NAME)
                .onComplete(SepremDi0041::inspect, SUBJECT, EQUIPMENT_CODE, SERVICE_NAME)
                .next("3")
            .step("3", of("Documentar las características y el estado del equipo o servicio",
                    "Document the characteristics and state of the equipment or service"))
                .by(Roles.TECNICO, INFRA).output("Notas de inspección con fotografías")
                .hint("Adjunte al caso al menos una fotografía (PNG o JPEG, hasta 5 MiB) antes de continuar.",
                        "Attach at least one photo (PNG or JPEG, up to 5 MiB) to the case before continuing.")
                .field(CHARACTERISTICS).field(CONDITION)
                .onComplete(SepremDi0041::requirePhotos)
                .next("4")
            .step("4", of("Emitir el dictamen técnico con base en la evidencia y dar las recomendaciones para continuar"
                    + " el proceso administrativo", "Issue the dictamen técnico from the evidence, with the"
                    + " recommendations for the administrative process"))
                .by(Roles.TECNICO, INFRA).output("Dictamen Técnico (borrador)")
                .hint("SIGTI redacta el Dictamen Técnico con los datos del inventario y de la inspección y lo pasa al"
                        + " Jefe de Infraestructura para su visto bueno.", "SIGTI drafts the Dictamen Técnico from"
                        + " the inventory and the inspection and passes it to the Infrastructure head for review.")
                .field(EVALUATION).field(RECOMMENDATION)
                .onComplete(SepremDi0041::issueDictamen, SUBJECT, EQUIPMENT_CODE, SERVICE_NAME, CHARACTERISTICS,
                        CONDITION, EVALUATION, RECOMMENDATION)
                .next("5")
            .step("5", of("Aprobar el Dictamen Técnico y trasladarlo al Asistente", "Approve the Dictamen Técnico"
                    + " and pass it to the Assistant")).by(Roles.RESPONSABLE, INFRA).output("Dictamen aprobado")
                .hint("Aprobar firma y numera el dictamen; si recomienda la baja, el equipo queda «Para baja» en el"
                        + " inventario.", "Approving signs and numbers the dictamen; if it recommends the baja,"
                        + " the equipment is «For disposal» in the inventory.")
                .decide("aprobar", of("Aprobar y firmar el dictamen", "Approve and sign the dictamen"), "6")
                .loop("devolver", of("Devolver al analista con observaciones", "Return to the analyst with"
                        + " observations"), "4")
                .on("aprobar", SepremDi0041::approveDictamen, SUBJECT, EQUIPMENT_CODE, RECOMMENDATION)
                .on("devolver", SepremDi0041::returnDictamen)
                .then()
            .step("6", of("Preparar el documento de traslado y pasarlo a firma del Director de Informática",
                    "Prepare the transfer document and send it for the IT Director's signature"))
                .by(Roles.OPERADOR, ASSISTANT).output("Documento de traslado")
                .field(ADDRESSEE)
                .onComplete(SepremDi0041::prepareTransfer, ADDRESSEE, RECOMMENDATION, SUBJECT, EQUIPMENT_CODE,
                        SERVICE_NAME)
                .next(SIGNATURE)
            .step(SIGNATURE, of("Firmar el documento de traslado", "Sign the transfer document"))
                .by(Roles.JEFE, DIRECTION).output("Documento de traslado firmado por el Director")
                .decide("firmar", of("Firmar el documento de traslado", "Sign the transfer document"), "7")
                .loop("devolver", of("Devolver al Asistente con observaciones", "Return to the Assistant with"
                        + " observations"), "6")
                .on("firmar", SepremDi0041::signTransfer)
                .on("devolver", SepremDi0041::returnTransfer)
                .then()
            .step("7", of("Archivar los documentos generados", "Archive the documents produced"))
                .by(Roles.OPERADOR, ASSISTANT).output("Archivo")
                .hint("Al cerrar, el traslado se envía a la unidad solicitante; el dictamen y el traslado quedan en"
                        + " «Documentos» del caso.", "Closing sends the transfer to the requesting unit; the dictamen"
                        + " and the transfer stay in the case's «Documents».")
                .field(ARCHIVE)
                .onComplete(SepremDi0041::archive)
                .end("archivar", of("Enviar el traslado, archivar y cerrar", "Send the transfer, archive and close"),
                        "SOLVED").then()
            .build();

    @Inject
    CustodyCases cases;

    @Inject
    Dictamen dictamen;

    @Inject
    DictamenDocuments documents;

    @EJB
    EquipmentDisposal disposal;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 2: the equipment is one of the institution's inventory (or the service is named). */
    void inspect(Transition t) {
        dictamen.subjectOf(t);
    }

    /** Step 3: the inspection is documented with photos attached to the case. */
    void requirePhotos(Transition t) {
        if (dictamen.photos(t.caseId()).isEmpty()) {
            throw new WorkflowException("procedures.dictamen.photos");
        }
    }

    /** Step 4: the analyst's Dictamen Técnico, drafted (or written again) and passed for the visto bueno. */
    void issueDictamen(Transition t) {
        if (Dictamen.DISPOSAL.equals(cases.value(t, RECOMMENDATION.name()))
                && !EQUIPMENT.equals(cases.value(t, SUBJECT.name()))) {
            throw new WorkflowException("procedures.dictamen.disposalOfService", Map.of(RECOMMENDATION.name(),
                    "procedures.dictamen.disposalOfService.field"));
        }
        documents.write(t, dictamen.opinion(t, documents.signer(t, Roles.RESPONSABLE, INFRA,
                "Jefe de Infraestructura")));
    }

    /** Step 5, aprobar: signed and numbered, sent to the Asistencia; a baja leaves the equipment for disposal. */
    void approveDictamen(Transition t) {
        if (Dictamen.DISPOSAL.equals(cases.value(t, RECOMMENDATION.name()))) {
            Equipment e = dictamen.subjectOf(t).equipment();
            disposal.markForDisposal(e.getId(), t.caseId(), t.actor().username());
        }
        documents.approveAndSign(t, OfficialDocumentKind.DICTAMEN_TECNICO, true);
    }

    /** Step 5, devolver: the dictamen goes back to the analyst with the reason. */
    void returnDictamen(Transition t) {
        documents.observe(t, OfficialDocumentKind.DICTAMEN_TECNICO);
    }

    /** Step 6: the documento de traslado of the signed dictamen, passed to the Director. */
    void prepareTransfer(Transition t) {
        documents.write(t, dictamen.transfer(t, documents.signer(t, Roles.JEFE, DIRECTION,
                "Director(a) de Informática")));
    }

    /** Step 6.F, firmar: the Director's visto bueno and signature number the traslado. */
    void signTransfer(Transition t) {
        documents.approveAndSign(t, OfficialDocumentKind.OFICIO, false);
    }

    /** Step 6.F, devolver: the traslado goes back to the Asistente with the reason. */
    void returnTransfer(Transition t) {
        documents.observe(t, OfficialDocumentKind.OFICIO);
    }

    /** Step 7: the traslado goes to the requesting unit; both documents stay archived with the case. */
    void archive(Transition t) {
        documents.send(t, OfficialDocumentKind.OFICIO);
    }
}
