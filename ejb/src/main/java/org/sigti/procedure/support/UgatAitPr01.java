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
 * UGAT/AIT-PR01 (AGETIC): support incidents handled entirely by the support staff of the AIT, with the jumps to
 * PR02 (service availability handled before by UIT) and PR03 (functional design), and the supervisor's return to
 * the operator (step 9 ↺ 3). procedures.md D1.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class UgatAitPr01 extends DeclaredProcedure implements ProcedureFlow {

    @jakarta.ejb.EJB
    CaseKnowledge knowledge;

    public static final String CODE = "UGAT/AIT-PR01";
    static final String AIT = "AIT";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(UgatAitPr01.class, CODE, "AGETIC (Bolivia)",
            Text.of("Atención general al usuario respecto a incidentes de soporte técnico gestionados enteramente por"
                    + " el personal de soporte", "Support incidents handled entirely by the support staff"))
            .offeredAs(10, of("Tengo un problema con mi equipo, un programa o un sistema",
                    "I have a problem with my computer, a program or a system"))
            .step("1", of("Reportar el problema por los canales de atención habilitados",
                    "Report the problem through the enabled channels")).byRequester()
                .output("Canales de atención de soporte habilitados").next("2")
            .step("2", of("Identificar, analizar y registrar el problema", "Identify, analyse and register the problem"))
                .by(Roles.OPERADOR, AIT).output("Registro del Problema en OsTicket")
                .hint("Registre el problema con su impacto y urgencia. Si falta información, pida una aclaración al"
                        + " usuario.", "Register the problem with its impact and urgency; ask the user if needed.")
                .field(SupportFields.IMPACT).field(SupportFields.URGENCY).observable().next("3")
            .step("3", of("Revisar la base de conocimiento y verificar si es un problema de disponibilidad del servicio",
                    "Check the knowledge base and whether it is a service-availability problem"))
                .by(Roles.OPERADOR, AIT).output("Progreso del documento (Flujo)")
                .hint("Busque el caso en la base de conocimiento. Si es de disponibilidad del servicio y la UIT ya lo"
                        + " atendió antes, derívelo a la UIT (UGAT/AIT-PR02).",
                        "Search the knowledge base; availability problems handled before by UIT go to PR02.")
                .jump("uit", of("Disponibilidad del servicio atendida antes por la UIT ⇒ UGAT/AIT-PR02",
                        "Availability problem handled before by UIT ⇒ UGAT/AIT-PR02"), UgatAitPr02.CODE, "1")
                .decide("continuar", of("No es de disponibilidad, o la UIT no lo atendió antes",
                        "Not an availability problem handled before by UIT"), "4").then()
            .step("4", of("Verificar si es un problema de diseño funcional", "Check whether it is a functional-design problem"))
                .by(Roles.OPERADOR, AIT).output("Progreso del documento (Flujo)")
                .hint("Los problemas de diseño funcional se derivan al ADT (UGAT/AIT-PR03).",
                        "Functional-design problems go to the ADT (PR03).")
                .jump("adt", of("Problema de diseño funcional ⇒ UGAT/AIT-PR03", "Functional design ⇒ UGAT/AIT-PR03"),
                        UgatAitPr03.CODE, "1")
                .decide("continuar", of("Lo atiende el personal de soporte", "Support staff handle it"), "5").then()
            .step("5", of("Atender el problema y registrar la solución", "Handle the problem and register the solution"))
                .by(Roles.OPERADOR, AIT).output("Registro de la solución en OsTicket")
                .field(SupportFields.SOLUTION).next("6")
            .step("6", of("Actualizar la base de conocimiento si corresponde", "Update the knowledge base if needed"))
                .by(Roles.OPERADOR, AIT).output("Base de conocimiento en OsTicket")
                .hint("No agregue casos que ya están registrados en la base de conocimiento.",
                        "Do not add cases already registered.")
                .field(SupportFields.KB_TITLE)
                .onComplete(UgatAitPr01::recordArticle, SupportFields.KB_TITLE, SupportFields.SOLUTION).next("7")
            .step("7", of("Notificar al usuario la solución por el canal habilitado", "Notify the user of the solution"))
                .by(Roles.OPERADOR, AIT).output("Canales de atención").nextNotifying("8")
            .step("8", of("Derivar la solución al supervisor", "Route the solution to the supervisor"))
                .by(Roles.OPERADOR, AIT).output("Progreso del documento (Flujo)").next("9")
            .step("9", of("Revisar si el problema fue atendido correctamente", "Review whether it was handled correctly"))
                .by(Roles.RESPONSABLE, AIT).output("Progreso del documento (Flujo)")
                .hint("Si no fue atendido correctamente, devuélvalo al operador con sus observaciones.",
                        "If not handled correctly, return it to the operator with your observations.")
                .loop("devolver", of("No fue atendido correctamente: devolver al operador", "Return to the operator"), "3")
                .decide("correcto", of("Atendido correctamente", "Handled correctly"), "10").then()
            .step("10", of("Cerrar el caso", "Close the case")).by(Roles.RESPONSABLE, AIT)
                .output("Cierre del problema en OsTicket")
                .end("cerrar", of("Cerrar el caso", "Close the case"), "SOLVED").then()
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
