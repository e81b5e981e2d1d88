package org.sigti.procedure.development;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;


import org.sigti.procedure.change.ChangeCases;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-003.2 (SEPREM, Guatemala), Mantenimiento de sistemas existentes: an improvement to a system in use.
 * procedures.md C4; the manual (seed 002, page 16) wins where they differ. Roles as in {@link SepremDi0031}.
 * <ul>
 * <li>Step "0" is the request, filed by anyone; the Director receives it (1) and names the system it improves.</li>
 * <li>Step 2 ("Jefe de Desarrollo / Analista"): the Analista analyses the requirement and presents the proposal;
 * step 3's "¿El resultado es satisfactorio?" is the Jefe de Desarrollo's review of it (↺ 2).</li>
 * <li>Step 3 also records the manual's scope rule as a decision with its reason: the procedure covers improvements
 * that do not cost more than replacing the solution ("Alcance"). The Jefe de Desarrollo states which it is and why;
 * when the improvement costs more, the case ends as out of scope (a SIGTI branch the manual implies by its scope:
 * such a need is a new system, SEPREM-DI-003.1), and the requester is told.</li>
 * <li>Step 5: the test version, validated by the Jefe de Desarrollo (not satisfactory ↺ 4).</li>
 * <li>Step 6: the Director approves the go-live and the requester is notified, by mail, as the manual says. The
 * approval records the improvement in the system's change history ({@link org.sigti.changes.SystemChanges}), refused unless a backup
 * copy of the system was taken since the case was opened or the Jefe de Desarrollo waived it.</li>
 * <li>Step {@code 6.D} is SIGTI's, as in SEPREM-DI-007.1: the manual leaves implicit what happens when no copy
 * precedes the change; issue 14 asks for an explicit, audited waiver by the Responsable, not the approver. The
 * Director sends the case to the Jefe de Desarrollo, who waives the copy with its reason and returns it to 6.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0032 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-003.2";
    /** Step 1: the system of the catalog the improvement is for, by its code. */
    public static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_a_mejorar",
            of("Sistema del catálogo (código)", "System of the catalog (code)"), true);
    /** Step 2: the proposal, which becomes the change's description in the system's history. */
    public static final FieldDefinition PROPOSAL = FieldDefinition.longText("propuesta_mejora",
            of("Propuesta de solución", "Solution proposal"), true);
    /** Step 4: the version the improvement produces: a tag or a commit of the system's repository. */
    public static final FieldDefinition VERSION = FieldDefinition.text("version_codigo",
            of("Versión (etiqueta o commit del repositorio)", "Version (repository tag or commit)"), true);
    /** Step 5: how the improvement is undone if production fails. */
    public static final FieldDefinition ROLLBACK = FieldDefinition.longText("plan_reversion_mejora",
            of("Plan de reversión", "Rollback plan"), true);
    /** Step 6: the backup copy taken before the change, by its number (blank: the latest copy of the system). */
    public static final FieldDefinition COPY = FieldDefinition.text("copia_previa_mejora",
            of("N.º de la copia de respaldo previa (opcional: si no, la última del sistema)",
                    "No. of the backup copy taken before (optional: otherwise the system's latest)"), false);
    /** Step 6.D: why the improvement goes to production without a copy. */
    public static final FieldDefinition WAIVER_REASON = FieldDefinition.longText("motivo_dispensa_mejora",
            of("Motivo de la dispensa de la copia previa", "Reason to waive the prior backup copy"), true);
    static final String GO_LIVE = "6";
    static final String WAIVER = "6.D";
    static final String APPROVE = "aprobar";
    /** Step 3: the scope rule, decided: does the improvement cost less than replacing the solution? */
    public static final String SCOPE = "costo_frente_a_reemplazo";
    /** Step 3: why (the estimate behind the scope decision). */
    public static final String SCOPE_REASON = "justificacion_alcance";
    static final String WITHIN = "menor";
    static final String BEYOND = "mayor";

    /** Where the change is recorded, for its go-live. */
    static final ChangeCases.ChangeFields CHANGE = new ChangeCases.ChangeFields(SYSTEM, PROPOSAL, VERSION, ROLLBACK, COPY);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0032.class, CODE,
            "SEPREM (Guatemala)", Text.of("Mantenimiento de sistemas existentes", "Maintenance of existing systems"))
            .offeredAs(51, of("Necesito un cambio o una mejora en un sistema existente",
                    "I need a change or an improvement in an existing system"))
            .mailTemplates("org.sigti.procedure.development.mail")
            .step("0", of("Solicitar la mejora de una solución existente", "Request the improvement of an existing"
                    + " solution")).byRequester().output("Solicitud de mejora")
                .hint("Indique el sistema y la mejora que necesita.", "Name the system and the improvement you need.")
                .next("1")
            .step("1", of("Recibir la solicitud de mejora de una solución existente",
                    "Receive the request to improve an existing solution")).by(Roles.JEFE, SepremDi0031.DIRECTION)
                .hint("Escriba el código del sistema en el catálogo (Inventario › Sistemas): su historial de cambios"
                        + " registrará la mejora.", "Write the system's code in the catalog (Inventory › Systems): its"
                        + " change history will record the improvement.")
                .field(SYSTEM)
                .onComplete(SepremDi0032::checkSystem, SYSTEM)
                .next("2")
            .step("2", of("Analizar el requerimiento y presentar la propuesta de solución",
                    "Analyse the requirement and present the solution proposal"))
                .by(Roles.TECNICO, SepremDi0031.DEVELOPMENT).output("Propuesta de solución")
                .field(PROPOSAL)
                .next("3")
            .step("3", of("Revisar si el resultado es satisfactorio", "Review whether the result is satisfactory"))
                .by(Roles.RESPONSABLE, SepremDi0031.DEVELOPMENT)
                .field(FieldDefinition.choice(SCOPE, of("Costo de la mejora frente al reemplazo de la solución",
                        "Cost of the improvement against replacing the solution"), true, List.of(
                        new Option(WITHIN, of("No supera el costo de reemplazar la solución",
                                "Does not exceed the cost of replacing the solution")),
                        new Option(BEYOND, of("Supera el costo de reemplazar la solución",
                                "Exceeds the cost of replacing the solution")))))
                .field(FieldDefinition.longText(SCOPE_REASON, of("Justificación (estimación de ambos costos)",
                        "Reason (estimate of both costs)"), true))
                .decide("satisfactorio", of("Satisfactorio: desarrollar la mejora",
                        "Satisfactory: develop the improvement"), "4")
                .loop("no_satisfactorio", of("No satisfactorio: volver al análisis",
                        "Not satisfactory: back to the analysis"), "2")
                .end("fuera_de_alcance", of("Fuera de alcance: cuesta más que reemplazar la solución",
                        "Out of scope: costs more than replacing the solution"), "REJECTED")
                .mailsOn("fuera_de_alcance", "improvementOutOfScope", Recipient.requester())
                .onComplete(SepremDi0032::scopeAgrees)
                .then()
            .step("4", of("Desarrollar y codificar la solución", "Develop and code the solution"))
                .by(Roles.TECNICO, SepremDi0031.DEVELOPMENT).output("Código")
                .field(VERSION)
                .next("5")
            .step("5", of("Generar la versión de prueba para la validación de la funcionalidad y su aprobación",
                    "Produce the test version for functional validation and approval"))
                .by(Roles.RESPONSABLE, SepremDi0031.DEVELOPMENT).output("Versión de prueba")
                .field(FieldDefinition.longText("pruebas", of("Resultado de las pruebas de validación",
                        "Result of the validation tests"), true))
                .field(ROLLBACK)
                .decide("satisfactorias", of("Pruebas satisfactorias", "Tests satisfactory"), GO_LIVE)
                .loop("no_satisfactorias", of("Pruebas no satisfactorias: volver al desarrollo",
                        "Tests not satisfactory: back to development"), "4")
                .then()
            .step(GO_LIVE, of("Aprobar la puesta en producción y notificar al solicitante",
                    "Approve the go-live and notify the requester")).by(Roles.JEFE, SepremDi0031.DIRECTION)
                .output("Aprobación; notificación")
                .hint("Aprobar registra la mejora en el historial del sistema (Cambios) y exige una copia de respaldo"
                        + " del sistema tomada desde que se abrió el caso, o la dispensa del Jefe de Desarrollo.",
                        "Approving records the improvement in the system's history (Changes) and needs a backup copy"
                        + " of the system taken since the case was opened, or the Jefe de Desarrollo's waiver.")
                .field(COPY)
                .mailsOn(APPROVE, "improvementInProduction", Recipient.requester())
                .end(APPROVE, of("Aprobar la puesta en producción", "Approve the go-live"), "SOLVED")
                .loop("sin_copia", of("Sin copia previa: pedir la dispensa al Jefe de Desarrollo",
                        "No prior copy: ask the Jefe de Desarrollo for a waiver"), WAIVER)
                .on(APPROVE, SepremDi0032::goLive, COPY)
                .then()
            .step(WAIVER, of("Dispensar la copia de respaldo previa a la mejora, con su motivo",
                    "Waive the backup copy before the improvement, with the reason"))
                .by(Roles.RESPONSABLE, SepremDi0031.DEVELOPMENT).output("Dispensa registrada")
                .hint("La dispensa queda registrada con su motivo como evento de seguridad.",
                        "The waiver is kept with its reason as a security event.")
                .field(WAIVER_REASON)
                .onComplete(SepremDi0032::waive, WAIVER_REASON)
                .next(GO_LIVE)
            .build();

    @Inject
    ChangeCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 1: the system must be in the institution's catalog. */
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

    /**
     * Step 3: the way out agrees with the scope decided. An improvement that costs more than replacing the solution
     * goes no further (it ends out of scope), and one that costs less is not closed as out of scope.
     */
    void scopeAgrees(Transition t) {
        String scope = t.field(SCOPE);
        if (t.took("satisfactorio") && BEYOND.equals(scope)) {
            throw new WorkflowException("procedures.improvement.beyondScope",
                    Map.of(SCOPE, "procedures.improvement.beyondScope.field"));
        }
        if (t.took("fuera_de_alcance") && WITHIN.equals(scope)) {
            throw new WorkflowException("procedures.improvement.withinScope",
                    Map.of(SCOPE, "procedures.improvement.withinScope.field"));
        }
    }
}
