package org.sigti.procedure.development;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.procedure.change.ChangeCases;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-003.1 (SEPREM, Guatemala), Desarrollo de sistemas nuevos: a unit asks for a software solution that the
 * tools at hand or the market cannot cover, and the Dirección de Informática builds it. procedures.md C3; the manual
 * (seed 002, page 14) wins where they differ.
 * <ul>
 * <li>The Director(a) de Informática is the Jefe of {@code JEFATURA} (bound to SEPREM's DI); the Jefe de
 * Desarrollo is the Responsable and the Analista de desarrollo the Técnico of {@code DI-DESARROLLO} (§S1: SEPREM's
 * "Jefe de Desarrollo" is a Responsable, not the Jefe).</li>
 * <li>Step "0" is the unit's request, filed by anyone: the manual begins with the Director receiving it (1).</li>
 * <li>Step 2 records the feasibility analysis with its two parts the manual names (human and financial
 * resources); step 4 the proposal and the architecture; step 5 the conceptual design (prototypes are attached).</li>
 * <li>Step 6: the manual's decision row under the Director's evaluation names the Analista de desarrollo; the
 * evaluation and approval are the Director's in the same row's activity, so the Director decides (not satisfactory
 * ↺ 4), as procedures.md C3 notes.</li>
 * <li>Step 8: the test version, validated by the Jefe de Desarrollo (not satisfactory ↺ 7).</li>
 * <li>Step 9: the Director approves the go-live and the users' training; the requester is told by mail. The
 * approval records the new system's first release in its change history ({@link org.sigti.changes.SystemChanges}):
 * with no copy before it (nothing was in production), refused for a system whose history already has a change.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0031 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-003.1";
    /** Step 2: the human resources the project needs, and whether the DI has them. */
    public static final String HUMAN = "recurso_humano";
    /** Step 2: the financial resources the project needs, and whether they are budgeted. */
    public static final String FINANCIAL = "recurso_financiero";
    /** Step 2: the result of the analysis, reported to the Director. */
    public static final String FEASIBILITY = "resultado_factibilidad";
    /** Step 9: the users' training (who, when). */
    public static final String TRAINING = "capacitacion";
    /** Step 4: the solution proposal, the first release's description in the system's history. */
    static final FieldDefinition PROPOSAL = FieldDefinition.longText("propuesta", of("Propuesta de solución",
            "Solution proposal"), true);
    /** Step 7: the version: a tag or a commit of the system's repository. */
    static final FieldDefinition VERSION = FieldDefinition.text("version_codigo", of("Versión (etiqueta o commit del"
            + " repositorio)", "Version (repository tag or commit)"), true);
    /** Step 9: the new system, registered in the catalog, by its code. */
    public static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_nuevo", of("Sistema del catálogo"
            + " (código)", "System of the catalog (code)"), true);
    /** Step 9: how the release is withdrawn if production fails. */
    public static final FieldDefinition ROLLBACK = FieldDefinition.longText("plan_reversion_nuevo", of("Plan de"
            + " reversión (p. ej., retirar la publicación)", "Rollback plan (e.g. withdraw the release)"), true);
    static final ChangeCases.ChangeFields RELEASE = new ChangeCases.ChangeFields(SYSTEM, PROPOSAL, VERSION, ROLLBACK,
            null);
    static final String DEVELOPMENT = "DI-DESARROLLO";
    static final String DIRECTION = "JEFATURA";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0031.class, CODE,
            "SEPREM (Guatemala)", Text.of("Desarrollo de sistemas nuevos", "Development of new systems"))
            .offeredAs(50, of("Necesito un sistema nuevo",
                    "I need a new system"))
            .mailTemplates("org.sigti.procedure.development.mail")
            .step("0", of("Solicitar una solución de software", "Request a software solution")).byRequester()
                .output("Solicitud de solución de software")
                .hint("Describa la necesidad que las herramientas disponibles o el software del mercado no cubren.",
                        "Describe the need that the available tools or off-the-shelf software do not cover.")
                .next("1")
            .step("1", of("Recibir la solicitud de una solución de software",
                    "Receive the request for a software solution")).by(Roles.JEFE, DIRECTION).next("2")
            .step("2", of("Realizar el análisis de factibilidad del proyecto e informar su resultado",
                    "Run the project's feasibility analysis and report its result"))
                .by(Roles.RESPONSABLE, DEVELOPMENT).output("Resultado del análisis de factibilidad")
                .field(FieldDefinition.longText(HUMAN, of("Recurso humano", "Human resources"), true))
                .field(FieldDefinition.longText(FINANCIAL, of("Recurso financiero", "Financial resources"), true))
                .field(FieldDefinition.longText(FEASIBILITY, of("Resultado del análisis", "Result of the analysis"),
                        true))
                .next("3")
            .step("3", of("Gestionar los recursos para el desarrollo del proyecto",
                    "Obtain the resources for the project")).by(Roles.JEFE, DIRECTION).next("4")
            .step("4", of("Analizar los requerimientos; formular la propuesta de solución y la arquitectura del"
                    + " sistema", "Analyse the requirements; formulate the solution proposal and the system's"
                    + " architecture")).by(Roles.RESPONSABLE, DEVELOPMENT).output("Propuesta y arquitectura")
                .field(PROPOSAL)
                .field(FieldDefinition.longText("arquitectura", of("Arquitectura del sistema", "System architecture"),
                        true))
                .next("5")
            .step("5", of("Presentar el diseño conceptual, los prototipos y la proyección para la ejecución",
                    "Present the conceptual design, the prototypes and the execution projection"))
                .by(Roles.RESPONSABLE, DEVELOPMENT).output("Diseño conceptual, prototipos")
                .hint("Adjunte los prototipos al caso.", "Attach the prototypes to the case.")
                .field(FieldDefinition.longText("diseno_conceptual", of("Diseño conceptual y proyección",
                        "Conceptual design and projection"), true))
                .next("6")
            .step("6", of("Evaluar y aprobar el diseño conceptual del proyecto",
                    "Evaluate and approve the project's conceptual design")).by(Roles.JEFE, DIRECTION)
                .output("Aprobación del diseño")
                .decide("satisfactorio", of("Satisfactorio: aprobar el diseño", "Satisfactory: approve the design"),
                        "7")
                .loop("no_satisfactorio", of("No satisfactorio: volver al análisis de requerimientos",
                        "Not satisfactory: back to the requirements analysis"), "4")
                .then()
            .step("7", of("Desarrollar y codificar la solución según la arquitectura definida",
                    "Develop and code the solution according to the defined architecture"))
                .by(Roles.TECNICO, DEVELOPMENT).output("Código")
                .field(VERSION)
                .next("8")
            .step("8", of("Generar la versión de prueba para la validación de la funcionalidad",
                    "Produce the test version for functional validation")).by(Roles.RESPONSABLE, DEVELOPMENT)
                .output("Versión de prueba")
                .field(FieldDefinition.longText("pruebas", of("Resultado de las pruebas de validación",
                        "Result of the validation tests"), true))
                .decide("satisfactorias", of("Pruebas satisfactorias", "Tests satisfactory"), "9")
                .loop("no_satisfactorias", of("Pruebas no satisfactorias: volver al desarrollo",
                        "Tests not satisfactory: back to development"), "7")
                .then()
            .step("9", of("Aprobar la puesta en producción y la capacitación a usuarios",
                    "Approve the go-live and the users' training")).by(Roles.JEFE, DIRECTION)
                .output("Aprobación de puesta en producción")
                .hint("Aprobar registra la primera versión del sistema en su historial (Cambios): regístrelo antes en"
                        + " el catálogo (Inventario › Sistemas) y escriba aquí su código.", "Approving records the"
                        + " system's first release in its history (Changes): register it in the catalog first"
                        + " (Inventory › Systems) and write its code here.")
                .field(FieldDefinition.longText(TRAINING, of("Capacitación a usuarios (a quién, cuándo)",
                        "Users' training (whom, when)"), true))
                .field(SYSTEM).field(ROLLBACK)
                .mails("newSystemApproved", Recipient.requester())
                .end("aprobar", of("Aprobar la puesta en producción", "Approve the go-live"), "SOLVED")
                .on("aprobar", SepremDi0031::firstRelease, SYSTEM, ROLLBACK)
                .then()
            .build();

    @Inject
    ChangeCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 9, approved: the new system's first release enters its change history, with no copy before it. */
    void firstRelease(Transition t) {
        cases.firstRelease(t, RELEASE);
    }
}
