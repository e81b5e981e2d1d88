package org.sigti.procedure.support;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * UGAT/AIT-PR02 (AGETIC): incidents solved with the UIT, which dispatches to itself (3.A), the UPAT (3.B) or the
 * ACGII (3.C); UPAT and ACGII coordinate their answer back through the UIT (→ 3.A.2). procedures.md D2.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class UgatAitPr02 extends DeclaredProcedure implements ProcedureFlow {

    @jakarta.ejb.EJB
    CaseKnowledge knowledge;

    public static final String CODE = "UGAT/AIT-PR02";
    private static final String AIT = "AIT";
    private static final String UIT = "UIT";
    private static final String UPAT = "UPAT";
    private static final String ACGII = "ACGII";

    static final ProcedureDefinition FLOW = SupportFields.aitClosing(ProcedureDefinition.builder(UgatAitPr02.class, CODE, "AGETIC (Bolivia)",
            Text.of("Atención general al usuario respecto a incidentes de soporte técnico con el apoyo de UIT, UPAT y"
                    + " ACGII", "Support incidents with the help of UIT, UPAT and ACGII"))
            .step("1", of("Derivar el caso a la UIT", "Route the case to the UIT")).by(Roles.OPERADOR, AIT)
                .output("Progreso del documento (Flujo)").next("2")
            .step("2", of("Analizar y evaluar el caso con la base de conocimiento interna",
                    "Analyse the case against the internal knowledge base")).by(Roles.TECNICO, UIT)
                .output("Registro de problema en OsTicket").observable().next("3")
            .step("3", of("Decidir quién atiende el caso", "Decide who handles it")).by(Roles.TECNICO, UIT)
                .output("Progreso del documento (Flujo)")
                .decide("uit", of("La UIT lo atiende", "UIT handles it"), "3.A.1")
                .decide("upat", of("Lo atiende la UPAT", "UPAT handles it"), "3.B.1")
                .decide("acgii", of("Lo atiende el ACGII", "ACGII handles it"), "3.C.1").then()
            .step("3.A.1", of("Estimar el tiempo de solución", "Estimate the time to solve")).by(Roles.TECNICO, UIT)
                .output("Estimación de tiempo en OsTicket").field(SupportFields.ESTIMATE).next("3.A.2")
            .step("3.A.2", of("Elaborar la solución del problema o incidente", "Work out the solution"))
                .by(Roles.TECNICO, UIT).output("Progreso del documento (Flujo)").next("4")
            .step("3.B.1", of("Analizar y evaluar el caso derivado", "Analyse the routed case")).by(Roles.TECNICO, UPAT)
                .output("Registro de problema en OsTicket").next("3.B.2")
            .step("3.B.2", of("Estimar el tiempo de solución", "Estimate the time to solve")).by(Roles.TECNICO, UPAT)
                .output("Estimación de tiempo en OsTicket").field(SupportFields.ESTIMATE).next("3.B.3")
            .step("3.B.3", of("Elaborar la solución", "Work out the solution")).by(Roles.TECNICO, UPAT)
                .output("Progreso del documento (Flujo)").next("3.B.4")
            .step("3.B.4", of("Coordinar la respuesta con la UIT", "Coordinate the response with the UIT"))
                .by(Roles.TECNICO, UPAT).output("Progreso del documento (Flujo)")
                .field(SupportFields.analysis("coordinacion", "Respuesta coordinada con la UIT",
                        "Response coordinated with the UIT")).next("3.A.2")
            .step("3.C.1", of("Analizar y evaluar el caso derivado", "Analyse the routed case")).by(Roles.TECNICO, ACGII)
                .output("Registro de problema en OsTicket").next("3.C.2")
            .step("3.C.2", of("Registrar, clasificar y priorizar el incidente", "Register, classify and prioritize"))
                .by(Roles.TECNICO, ACGII).output("Registro, clasificación y priorización del incidente en OsTicket")
                .field(SupportFields.analysis("clasificacion", "Clasificación del incidente", "Classification"))
                .field(SupportFields.IMPACT).field(SupportFields.URGENCY).next("3.C.3")
            .step("3.C.3", of("Decidir la respuesta; investigar el impacto y las posibles causas",
                    "Decide the response; investigate impact and causes")).by(Roles.TECNICO, ACGII)
                .output("Progreso del documento (Flujo)").next("3.C.4")
            .step("3.C.4", of("Registrar el resultado de la investigación", "Record the investigation results"))
                .by(Roles.TECNICO, ACGII).output("Registro interno del resultado en OsTicket")
                .field(SupportFields.analysis("investigacion", "Resultado de la investigación (impacto y causas)",
                        "Investigation result (impact and causes)")).next("3.C.5")
            .step("3.C.5", of("Coordinar la respuesta con la UIT", "Coordinate the response with the UIT"))
                .by(Roles.TECNICO, ACGII).output("Progreso del documento (Flujo)").next("3.A.2")
            .step("4", of("Registrar la solución", "Register the solution")).by(Roles.TECNICO, UIT)
                .output("Registro de problema en OsTicket").field(SupportFields.SOLUTION).next("5")
            .step("5", of("Derivar la solución a la AIT", "Route the solution to the AIT")).by(Roles.TECNICO, UIT)
                .output("Progreso del documento (Flujo)").next("6"), "6", UgatAitPr02::recordArticle, "7", "8", "9")
            .priorityFrom(SupportFields.IMPACT, SupportFields.URGENCY).solutionIn(SupportFields.SOLUTION)
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Steps 6 / 4: the solved case becomes a knowledge-base article when the operator gives it a title. */
    void recordArticle(Transition t) {
        knowledge.recordArticle(t);
    }
}
