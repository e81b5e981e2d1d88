package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import org.sigti.backup.OutsideCopy;
import org.sigti.backup.RestoreLink;
import org.sigti.backup.Restores;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.02.02 (MINDEF, Perú): Atención de requerimiento de copia de restauración de información. The manual numbers
 * its steps 15–22 and jumps by internal numbers 1–8; both are shown ("16 (2)"). The requester files the ticket
 * (15), the help-desk operator checks it makes sense and records what is to be restored (16), returns it stating the
 * reason (17) or assigns it to the Profesional (18), who restores from a SIGTI copy or from one made outside SIGTI
 * (a file share's, personal information's) and closes, or closes stating why it could not be restored (19). Step
 * "18.A" is SIGTI's: when the restore overwrites a system's data, the Responsable de infraestructura approves it
 * first, and never the requester (four eyes). Steps 20–22 (the semiannual Informe de copia de restauración) run as
 * {@link S04030202Report}, opened by the semester's timer. procedures.md E13.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030202 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.02.02";
    static final String MESA = "MESA";
    static final String INFRA = "INFRA";

    /** The values of step 16 that say what is restored. */
    public static final String WHAT = "que";
    public static final String WHICH = "cual";
    public static final String UNTIL = "hasta";
    public static final String OVERWRITES = "sobrescribe";
    /** Step 19: where the copy restored comes from, SIGTI ({@link #FROM_SIGTI}) or outside ({@link #FROM_OUTSIDE}). */
    public static final String ORIGIN = "origen_copia";
    static final String FROM_SIGTI = "SIGTI";
    static final String FROM_OUTSIDE = "EXTERNA";
    /** The SIGTI copy restored (its number), step 19. */
    public static final String COPY = "copia";
    /** The copy made outside SIGTI, step 19: where it is, which one, its date. */
    static final String OUTSIDE_LOCATION = "copia_externa_ubicacion";
    static final String OUTSIDE_COPY = "copia_externa";
    static final String OUTSIDE_DATE = "copia_externa_fecha";
    static final String RESULT = "resultado";
    /** Where the request's fields are, for the restores module. */
    public static final Restores.RequestFields REQUEST = new Restores.RequestFields(COPY, WHAT, WHICH, UNTIL, OVERWRITES);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030202.class, CODE, "MINDEF (Perú)",
            Text.of("Atención de requerimiento de copia de restauración de información",
                    "Handling requests to restore information from backups"))
            .offeredAs(30, of("Necesito recuperar información de una copia de respaldo",
                    "I need information restored from a backup"))
            .step("15", of("Registrar el ticket de restauración de información",
                    "Open the ticket to restore information")).byRequester().output("Ticket")
                .hint("Paso interno 1. Indique qué restaurar (sistema, base de datos o información personal), cuál"
                        + " y hasta qué fecha.", "Internal step 1. Say what to restore (system, database or personal"
                        + " information), which one and up to which date.").next("16")
            .step("16", of("Recibir el ticket y validar la congruencia de la solicitud",
                    "Receive the ticket and check the request makes sense")).by(Roles.OPERADOR, MESA)
                .output("Validación")
                .hint("Paso interno 2. ¿Debe atenderse? Sí → 4 (18); No → 3 (17). Registre qué se restaura.",
                        "Internal step 2. Should it be handled? Yes → 4 (18); No → 3 (17). Record what is restored.")
                .field(FieldDefinition.choice(WHAT, Text.of("Qué se restaura", "What is restored"), false, List.of(
                        new Option("SISTEMA", Text.of("Sistema", "System")),
                        new Option("BASE_DATOS", Text.of("Base de datos", "Database")),
                        new Option("INFORMACION_PERSONAL", Text.of("Información personal", "Personal information")))))
                .field(FieldDefinition.text(WHICH, Text.of("Cuál (sistema, base de datos o carpeta)",
                        "Which (system, database or folder)"), false))
                .field(FieldDefinition.text(UNTIL, Text.of("Hasta qué fecha (dd/mm/aaaa)", "Up to which date"
                        + " (dd/mm/yyyy)"), false))
                .field(FieldDefinition.choice(OVERWRITES, Text.of("¿Sobrescribe datos de un sistema?",
                        "Does it overwrite a system's data?"), false, List.of(new Option("SI", Text.of("Sí", "Yes")),
                                new Option("NO", Text.of("No", "No")))))
                .observable()
                .decide("atender", of("Congruente: atender", "It makes sense: handle it"), "18")
                .decide("rechazar", of("No congruente: devolver", "It does not: return it"), "17").then()
            .step("17", of("Devolver la solicitud indicando el motivo y cerrar el ticket",
                    "Return the request stating the reason and close the ticket")).by(Roles.OPERADOR, MESA)
                .output("Rechazo; ticket cerrado")
                .hint("Paso interno 3. El motivo (comentario) se envía por correo al solicitante.",
                        "Internal step 3. The reason (comment) is mailed to the requester.")
                .end("devolver", of("Devolver al usuario y cerrar", "Return to the user and close"), "REJECTED")
                .notifying().then()
            .step("18", of("Asignar el ticket al Profesional para la OGTIE", "Assign the ticket to the Profesional"))
                .by(Roles.OPERADOR, MESA).output("Asignación")
                .hint("Paso interno 4. Si la restauración sobrescribe datos de un sistema, pase por la aprobación 18.A.",
                        "Internal step 4. If the restore overwrites a system's data, it goes through approval 18.A.")
                .decide("asignar", of("Asignar al Profesional", "Assign to the Profesional"), "19")
                .decide("aprobacion", of("Sobrescribe datos: pedir aprobación (18.A)",
                        "Overwrites data: ask for approval (18.A)"), "18.A").then()
            .step("18.A", of("Aprobar la restauración que sobrescribe datos de un sistema",
                    "Approve the restore that overwrites a system's data")).by(Roles.RESPONSABLE, INFRA)
                .output("Aprobación")
                .hint("Paso de SIGTI (cuatro ojos): aprueba el Responsable de infraestructura, nunca quien lo pidió.",
                        "SIGTI's step (four eyes): the infrastructure Responsable approves, never the requester.")
                .decide("aprobar", of("Aprobar", "Approve"), "19")
                .end("rechazar", of("No aprobar: cerrar indicando el motivo", "Refuse: close stating the reason"),
                        "REJECTED").notifying().then()
            .step("19", of("Restaurar la información, coordinar la entrega y cerrar el ticket",
                    "Restore the information, coordinate delivery and close the ticket")).by(Roles.TECNICO, INFRA)
                .output("Información restaurada; ticket cerrado")
                .hint("Paso interno 5. Indique el origen de la copia: una copia de SIGTI (su número; preferir las"
                        + " verificadas) o una copia hecha fuera de SIGTI, como la de una carpeta compartida o de"
                        + " información personal (dónde está, cuál es y su fecha). Si no se pudo restaurar, cierre"
                        + " indicando el motivo: se envía al solicitante.", "Internal step 5. Say where the copy comes"
                        + " from: a SIGTI copy (its number; verified ones preferred) or a copy made outside SIGTI, such"
                        + " as a file share's or personal information's (where it is, which one and its date). If it"
                        + " could not be restored, close stating the reason: it is mailed to the requester.")
                .field(FieldDefinition.choice(ORIGIN, Text.of("Origen de la copia", "Origin of the copy"), false,
                        List.of(new Option(FROM_SIGTI, Text.of("Copia de SIGTI", "SIGTI copy")),
                                new Option(FROM_OUTSIDE, Text.of("Copia hecha fuera de SIGTI",
                                        "Copy made outside SIGTI")))))
                .field(FieldDefinition.text(COPY, Text.of("Copia de SIGTI restaurada (n.º)",
                        "SIGTI copy restored (no.)"), false))
                .field(FieldDefinition.text(OUTSIDE_LOCATION, Text.of("Copia externa: dónde está (servidor, carpeta"
                        + " compartida, disco)", "Outside copy: where it is (server, file share, disk)"), false))
                .field(FieldDefinition.text(OUTSIDE_COPY, Text.of("Copia externa: cuál (nombre o instantánea)",
                        "Outside copy: which one (name or snapshot)"), false))
                .field(FieldDefinition.text(OUTSIDE_DATE, Text.of("Copia externa: fecha (dd/mm/aaaa)",
                        "Outside copy: date (dd/mm/yyyy)"), false))
                .field(FieldDefinition.longText(RESULT, Text.of("Resultado de la restauración",
                        "Restore result"), false))
                .end("restaurado", of("Restaurada: cerrar el ticket", "Restored: close the ticket"), "RESTORED")
                .notifying()
                .end("no_restaurado", of("No se pudo restaurar: cerrar indicando el motivo",
                        "Could not be restored: close stating the reason"), "NOT_RESTORED").notifying()
                .on("restaurado", S04030202::linkCopy)
                .on("no_restaurado", S04030202::requireReason).then()
            .on("16", "atender", S04030202::checkTarget)
            .onComplete(S04030202::requireReason, List.of("17"))
            .on("18", "asignar", S04030202::requireApprovalWhenOverwriting)
            .onComplete(S04030202::approveByAnother, List.of("18.A"))
            .build();

    @EJB
    Restores restores;

    @EJB
    SecurityEvents securityEvents;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }


    /** Step 18: a restore that overwrites a system's data goes through the approval 18.A. */
    void requireApprovalWhenOverwriting(Transition t) {
        if ("SI".equals(restores.recorded(t.caseId(), OVERWRITES))) {
            throw new WorkflowException("restore.approvalRequired");
        }
    }

    /** Step 18.A: four eyes, the requester never approves their own restore; a refusal says why. */
    void approveByAnother(Transition t) {
        if (t.actor().username().equals(restores.requesterOf(t.caseId()))) {
            securityEvents.accessDenied(CODE + " 18.A", "case", String.valueOf(t.caseId()), null,
                    "four eyes: the requester may not approve their own restore");
            throw new AccessDeniedException("the requester may not approve their own restore");
        }
        if (t.took("rechazar")) {
            requireReason(t);
        }
    }

    /**
     * Step 19, restored: the copy restored is linked to the case, a SIGTI copy by its number or a copy made outside
     * SIGTI by where it is, which one and its date.
     */
    void linkCopy(Transition t) {
        Map<String, String> problems = restoreProblems(t.fields(), LocalDate.now(ZoneOffset.UTC).plusDays(1));
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
        if (FROM_OUTSIDE.equals(t.field(ORIGIN))) {
            restores.linkOutside(t.caseId(), REQUEST, new OutsideCopy(t.field(OUTSIDE_LOCATION).strip(),
                    t.field(OUTSIDE_COPY).strip(), Restores.date(t.field(OUTSIDE_DATE)).orElseThrow()),
                    t.actor().username());
        } else {
            restores.link(t.caseId(), REQUEST, t.field(COPY), t.actor().username());
        }
    }

    /**
     * What step 19's "restored" lacks, by field: the origin and the result always; the SIGTI copy's number, or the
     * outside copy's place, name and date (a date, not after {@code latest}, within the columns' lengths).
     */
    static Map<String, String> restoreProblems(Map<String, String> fields, LocalDate latest) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        String origin = fields.get(ORIGIN);
        if (origin == null) {
            problems.put(ORIGIN, "workflow.field.required");
        } else if (FROM_SIGTI.equals(origin)) {
            if (fields.get(COPY) == null) {
                problems.put(COPY, "workflow.field.required");
            }
        } else {
            requireShort(fields, OUTSIDE_LOCATION, RestoreLink.OUTSIDE_LOCATION_MAXLENGTH, problems);
            requireShort(fields, OUTSIDE_COPY, RestoreLink.OUTSIDE_COPY_MAXLENGTH, problems);
            String date = fields.get(OUTSIDE_DATE);
            if (date == null) {
                problems.put(OUTSIDE_DATE, "workflow.field.required");
            } else if (Restores.date(date).isEmpty()) {
                problems.put(OUTSIDE_DATE, "restore.date.invalid");
            } else if (Restores.date(date).get().isAfter(latest)) {
                problems.put(OUTSIDE_DATE, "restore.outside.future");
            }
        }
        if (fields.get(RESULT) == null) {
            problems.put(RESULT, "workflow.field.required");
        }
        return problems;
    }

    private static void requireShort(Map<String, String> fields, String name, int max, Map<String, String> problems) {
        String value = fields.get(name);
        if (value == null) {
            problems.put(name, "workflow.field.required");
        } else if (value.strip().length() > max) {
            problems.put(name, "workflow.field.tooLong");
        }
    }

    /** Step 16: what, which and whether it overwrites are known, and the date is a date. */
    void checkTarget(Transition t) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (String name : List.of(WHAT, WHICH, OVERWRITES)) {
            if (t.field(name) == null) {
                problems.put(name, "workflow.field.required");
            }
        }
        String until = t.field(UNTIL);
        if (until != null && Restores.date(until).isEmpty()) {
            problems.put(UNTIL, "restore.date.invalid");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
    }

    /** Steps 17, 18.A and 19 (not restored): the reason the requester is told. */
    void requireReason(Transition t) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("workflow.input.invalid", Map.of("comment", "restore.reason.required"));
        }
    }

    /** The kind of what is restored, from step 16's value. */
    static RestoreLink.TargetKind kind(String value) {
        return RestoreLink.TargetKind.valueOf(value);
    }
}
