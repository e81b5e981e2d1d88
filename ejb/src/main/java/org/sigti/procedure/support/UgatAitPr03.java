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
 * UGAT/AIT-PR03 (AGETIC): functional-design incidents solved with the ADT (3.A) or through the UPAT and the UIT
 * (3.B). procedures.md D3.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class UgatAitPr03 extends DeclaredProcedure implements ProcedureFlow {

    @jakarta.ejb.EJB
    CaseKnowledge knowledge;

    public static final String CODE = "UGAT/AIT-PR03";
    private static final String AIT = "AIT";
    private static final String ADT = "ADT";
    private static final String UPAT = "UPAT";
    private static final String UIT = "UIT";

    static final ProcedureDefinition FLOW = SupportFields.aitClosing(ProcedureDefinition.builder(UgatAitPr03.class, CODE, "AGETIC (Bolivia)",
            Text.of("Atención general al usuario respecto a incidentes de soporte técnico con el apoyo del Área de"
                    + " Diseño Tecnológico (ADIT)", "Support incidents with the help of the ADT"))
            .step("1", of("Derivar el caso al ADT", "Route the case to the ADT")).by(Roles.OPERADOR, AIT)
                .output("Progreso del documento (Flujo)").next("2")
            .step("2", of("Analizar y evaluar el caso", "Analyse the case")).by(Roles.TECNICO, ADT)
                .output("Registro del caso en OsTicket").observable().next("3")
            .step("3", of("Decidir quién atiende el caso", "Decide who handles it")).by(Roles.TECNICO, ADT)
                .output("Progreso del documento (Flujo)")
                .decide("adt", of("El ADT lo atiende", "ADT handles it"), "3.A.1")
                .decide("upat", of("Lo atiende la UPAT", "UPAT handles it"), "3.B.1").then()
            .step("3.A.1", of("Elaborar la solución", "Work out the solution")).by(Roles.TECNICO, ADT)
                .output("Progreso del documento (Flujo)").next("3.A.2")
            .step("3.A.2", of("Registrar la solución", "Register the solution")).by(Roles.TECNICO, ADT)
                .output("Registro del caso en OsTicket").field(SupportFields.SOLUTION).next("3.A.3")
            .step("3.A.3", of("Derivar la solución a la AIT", "Route the solution to the AIT")).by(Roles.TECNICO, ADT)
                .output("Progreso del documento (Flujo)").next("4")
            .step("3.B.1", of("Derivar el caso a la UPAT", "Route the case to the UPAT")).by(Roles.TECNICO, ADT)
                .output("Progreso del documento (Flujo)").next("3.B.2")
            .step("3.B.2", of("Analizar y evaluar el caso derivado", "Analyse the routed case")).by(Roles.TECNICO, UPAT)
                .output("Registro del caso en OsTicket").next("3.B.3")
            .step("3.B.3", of("Estimar el tiempo de solución", "Estimate the time to solve")).by(Roles.TECNICO, UPAT)
                .output("Estimación de tiempo en OsTicket").field(SupportFields.ESTIMATE).next("3.B.4")
            .step("3.B.4", of("Elaborar la solución", "Work out the solution")).by(Roles.TECNICO, UPAT)
                .output("Progreso del documento (Flujo)").next("3.B.5")
            .step("3.B.5", of("Coordinar la respuesta con la UIT", "Coordinate the response with the UIT"))
                .by(Roles.TECNICO, UPAT).output("Progreso del documento (Flujo)").next("3.B.6")
            .step("3.B.6", of("Ejecutar la solución", "Carry out the solution")).by(Roles.TECNICO, UIT)
                .output("Registro de resultados en OsTicket").next("3.B.7")
            .step("3.B.7", of("Registrar la solución", "Register the solution")).by(Roles.TECNICO, UIT)
                .output("Registro del caso en OsTicket").field(SupportFields.SOLUTION).next("3.B.8")
            .step("3.B.8", of("Derivar la solución a la AIT", "Route the solution to the AIT")).by(Roles.TECNICO, UIT)
                .output("Progreso del documento (Flujo)").next("4"), "4", UgatAitPr03::recordArticle, "5", "6", "7")
            .solutionIn(SupportFields.SOLUTION)
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
