package org.sigti.procedure.change;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-007.1 (SEPREM, Guatemala): Actualización de sitio o aplicación web institucional. The requester files
 * the request for an improvement or a modification (SIGTI's step "0"); the Director(a) de Informática (the Jefe of
 * the Dirección, queue JEFATURA) receives it and passes it to the Departamento de Desarrollo (1); the Jefe de
 * Desarrollo (Responsable of DI-DESARROLLO) reviews it, names the system of the catalog it changes and assigns it to
 * an analista (2); the Analista de Desarrollo (Técnico of DI-DESARROLLO) makes the changes, with the version they
 * produce (3), tests them, back to 3 while they are not satisfactory (4 ↺ 3), and reports the result to the
 * Dirección with the rollback plan (5). The Director approves putting them into production (6): that approval
 * records the change in the system's change history, and is refused unless a backup copy of the system was taken
 * since the case was opened ({@link org.sigti.changes.PreChangeRule}) or the Jefe de Desarrollo waived it.
 * <p>
 * Step {@code 6.D} is SIGTI's: the manual leaves implicit what happens when no copy precedes the change, and issue 14
 * (the Defensoría's "antes de cada mantenimiento") asks for an explicit, audited waiver by the Responsable, not the
 * approver: the Director sends the case to the Jefe de Desarrollo, who waives the copy with the reason (a waiver row
 * and a security event) and returns it to step 6. procedures.md C8.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0071 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-007.1";
    static final String REVIEW = "2";
    static final String GO_LIVE = "6";
    static final String WAIVER = "6.D";
    static final String APPROVE = "aprobar";
    static final String ASK_WAIVER = "sin_copia";
    private static final String DIRECTION = "JEFATURA";
    private static final String DEVELOPMENT = "DI-DESARROLLO";

    /** Step 2: the system of the catalog the change is made on, by its code. */
    public static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_cambio",
            Text.of("Sistema del catálogo (código)", "System of the catalog (code)"), true);
    /** Step 3: what was changed. */
    public static final FieldDefinition CHANGES = FieldDefinition.longText("cambios_realizados",
            Text.of("Cambios realizados", "Changes made"), true);
    /** Step 3: the version the changes produce: a tag or a commit of the system's repository. */
    public static final FieldDefinition VERSION = FieldDefinition.text("version_cambio",
            Text.of("Versión (etiqueta o identificador de confirmación del repositorio)",
                    "Version (tag or commit of the repository)"), true);
    /** Step 4: the result of the functional tests. */
    public static final FieldDefinition TESTS = FieldDefinition.longText("resultado_pruebas",
            Text.of("Resultado de las pruebas de funcionamiento", "Result of the functional tests"), true);
    /** Step 5: the report to the Dirección. */
    public static final FieldDefinition REPORT = FieldDefinition.longText("informe_direccion",
            Text.of("Informe a la Dirección", "Report to the Dirección"), true);
    /** Step 5: how the change is undone if production fails. */
    public static final FieldDefinition ROLLBACK = FieldDefinition.longText("plan_reversion",
            Text.of("Plan de reversión", "Rollback plan"), true);
    /** Step 6: the backup copy taken before the change, by its number (blank: the latest copy of the system). */
    public static final FieldDefinition COPY = FieldDefinition.text("copia_previa",
            Text.of("N.º de la copia de respaldo previa (opcional: si no, la última del sistema)",
                    "No. of the backup copy taken before (optional: otherwise the system's latest)"), false);
    /** Step 6.D: why the change goes to production without a copy. */
    public static final FieldDefinition WAIVER_REASON = FieldDefinition.longText("motivo_dispensa",
            Text.of("Motivo de la dispensa de la copia previa", "Reason to waive the prior backup copy"), true);

    /** Where the change is recorded, for its go-live. */
    static final ChangeCases.ChangeFields CHANGE = new ChangeCases.ChangeFields(SYSTEM, CHANGES, VERSION, ROLLBACK, COPY);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0071.class, CODE, "SEPREM (Guatemala)",
            Text.of("Actualización de sitio o aplicación web institucional",
                    "Updating the institutional website or web application"))
            .offeredAs(52, of("Necesito actualizar el sitio web o una aplicación web institucional",
                    "I need the institutional website or a web application updated"))
            .step("0", of("Solicitar la mejora o modificación del sitio o aplicación web",
                    "Request the improvement or modification of the website or web application")).byRequester()
                .output("Solicitud de mejora o modificación")
                .hint("Indique el sitio o la aplicación web y la mejora o modificación que necesita.",
                        "Name the website or web application and the improvement or modification you need.")
                .next("1")
            .step("1", of("Recibir la solicitud de mejora o modificación y trasladarla al Departamento de Desarrollo",
                    "Receive the request and pass it to the Departamento de Desarrollo")).by(Roles.JEFE, DIRECTION)
                .output("Solicitud trasladada").next(REVIEW)
            .step(REVIEW, of("Revisar la solicitud y asignar la tarea al analista de desarrollo",
                    "Review the request and assign the task to a development analyst"))
                .by(Roles.RESPONSABLE, DEVELOPMENT).output("Asignación")
                .hint("Escriba el código del sistema en el catálogo (Inventario › Sistemas): su historial de cambios"
                        + " registrará este cambio.", "Write the system's code in the catalog (Inventory › Systems):"
                        + " its change history will record this change.")
                .field(SYSTEM)
                .onComplete(SepremDi0071::checkSystem, SYSTEM)
                .next("3")
            .step("3", of("Analizar y realizar los cambios necesarios", "Analyse and make the necessary changes"))
                .by(Roles.TECNICO, DEVELOPMENT).output("Cambios")
                .field(CHANGES).field(VERSION).next("4")
            .step("4", of("Realizar pruebas de funcionamiento y presentarlas al Jefe de Desarrollo y/o al solicitante",
                    "Run functional tests and present them to the Jefe de Desarrollo and/or the requester"))
                .by(Roles.TECNICO, DEVELOPMENT).output("Resultado de pruebas")
                .field(TESTS)
                .decide("satisfactorias", of("Pruebas satisfactorias", "Tests satisfactory"), "5")
                .loop("no_satisfactorias", of("Pruebas no satisfactorias: volver a los cambios",
                        "Tests not satisfactory: back to the changes"), "3")
                .then()
            .step("5", of("Informar a la Dirección del resultado de la actividad realizada",
                    "Report the result of the work to the Dirección")).by(Roles.TECNICO, DEVELOPMENT)
                .output("Informe").field(REPORT).field(ROLLBACK).next(GO_LIVE)
            .step(GO_LIVE, of("Aprobar la puesta en producción de los cambios realizados",
                    "Approve putting the changes into production")).by(Roles.JEFE, DIRECTION).output("Aprobación")
                .hint("Aprobar registra el cambio en el historial del sistema (Cambios) y exige una copia de respaldo"
                        + " del sistema tomada desde que se abrió el caso, o la dispensa del Jefe de Desarrollo.",
                        "Approving records the change in the system's history (Changes) and needs a backup copy of"
                        + " the system taken since the case was opened, or the Jefe de Desarrollo's waiver.")
                .field(COPY)
                .end(APPROVE, of("Aprobar la puesta en producción", "Approve going to production"), "SOLVED")
                .loop(ASK_WAIVER, of("Sin copia previa: pedir la dispensa al Jefe de Desarrollo",
                        "No prior copy: ask the Jefe de Desarrollo for a waiver"), WAIVER)
                .on(APPROVE, SepremDi0071::goLive, COPY)
                .then()
            .step(WAIVER, of("Dispensar la copia de respaldo previa al cambio, con su motivo",
                    "Waive the backup copy before the change, with the reason")).by(Roles.RESPONSABLE, DEVELOPMENT)
                .output("Dispensa registrada")
                .hint("La dispensa queda registrada con su motivo como evento de seguridad.",
                        "The waiver is kept with its reason as a security event.")
                .field(WAIVER_REASON)
                .onComplete(SepremDi0071::waive, WAIVER_REASON)
                .next(GO_LIVE)
            .build();

    @Inject
    ChangeCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 2: the system must be in the institution's catalog. */
    void checkSystem(Transition t) {
        cases.checkSystem(t, SYSTEM);
    }

    /** Step 6, approved: the change goes into the system's history, after its backup copy or under a waiver. */
    void goLive(Transition t) {
        cases.goLive(t, CHANGE);
    }

    /** Step 6.D: the Jefe de Desarrollo waives the copy for this case's system. */
    void waive(Transition t) {
        cases.waive(t, SYSTEM, WAIVER_REASON);
    }
}
