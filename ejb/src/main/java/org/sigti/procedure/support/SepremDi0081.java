package org.sigti.procedure.support;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-008.1 (SEPREM, Guatemala): user support by the technicians of the Dirección de Informática, ending with
 * the Boleta de entrega de servicio signed by the user. Step "8.F" is SIGTI's: the user's signature of step 8's
 * boleta, given in SIGTI (conforme → 9) or refused because the failure persists (↺ 6). procedures.md C9.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0081 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-008.1";
    private static final String ASSISTANT = "DI-ASIST";
    private static final String SUPPORT = "DI-SOPORTE";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0081.class, CODE, "SEPREM (Guatemala)",
            Text.of("Soporte técnico a usuarios", "Technical support to users"))
            .offeredAs(10, of("Tengo un problema con mi equipo, un programa o un sistema",
                    "I have a problem with my computer, a program or a system"))
            .mailTemplates("org.sigti.procedure.support.mail")
            .step("1", of("Crear la solicitud de asistencia técnica de TI", "Create the IT assistance request"))
                .byRequester().output("Solicitud").next("2")
            .step("2", of("Recibir la solicitud de soporte y trasladarla al técnico de informática",
                    "Receive the request and pass it to the IT technician")).by(Roles.OPERADOR, ASSISTANT)
                .hint("Puede asignarla directamente a un técnico de soporte.", "You may assign it to a technician.")
                .next("3")
            .step("3", of("Recibir y analizar la solicitud", "Receive and analyse the request"))
                .by(Roles.TECNICO, SUPPORT).next("4")
            .step("4", of("Trasladarse a la unidad donde se requiere la asistencia", "Go to the requesting unit"))
                .by(Roles.TECNICO, SUPPORT).next("5")
            .step("5", of("Solicitar información adicional y diagnosticar la falla",
                    "Ask for more information and diagnose the failure")).by(Roles.TECNICO, SUPPORT)
                .output("Diagnóstico")
                .field(FieldDefinition.longText("diagnostico", Text.of("Diagnóstico", "Diagnosis"), true))
                .observable().next("6")
            .step("6", of("Resolver o reparar la falla y probar con el solicitante",
                    "Resolve or repair the failure and test it with the requester")).by(Roles.TECNICO, SUPPORT)
                .field(SupportFields.SOLUTION).next("7")
            .step("7", of("Registrar el caso e informar la asistencia brindada",
                    "Register the case and report the assistance given")).by(Roles.TECNICO, SUPPORT)
                .mails("supportReport", Recipient.role(Roles.JEFE, "JEFATURA"))
                .output("Registro del caso").next("8")
            .step("8", of("Entregar la boleta de entrega de servicio para firma del usuario",
                    "Hand over the service-delivery slip for the user's signature")).by(Roles.TECNICO, SUPPORT)
                .output("Boleta de entrega de servicio").next("8.F")
            .step("8.F", of("Firmar la boleta de entrega de servicio", "Sign the service-delivery slip"))
                .byRequester().output("Boleta de entrega de servicio firmada por el usuario")
                .hint("Confirme que la falla fue resuelta (firma de la boleta) o indique que persiste.",
                        "Confirm the failure is solved (signing the slip) or say it persists.")
                .decide("conforme", of("Conforme: firmo la boleta", "Solved: I sign the slip"), "9")
                .loop("no_conforme", of("No conforme: la falla persiste", "Not solved: the failure persists"), "6")
                .then()
            .step("9", of("Recibir y archivar la solicitud", "Receive and archive the request"))
                .by(Roles.OPERADOR, ASSISTANT).output("Archivo")
                .end("archivar", of("Archivar", "Archive"), "SOLVED").then()
            .solutionIn(SupportFields.SOLUTION)
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
