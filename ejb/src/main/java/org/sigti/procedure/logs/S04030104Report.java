package org.sigti.procedure.logs;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.04.INF: steps 11–13 of S04.03.01.04, the annual Informe sobre la copia de eventos y log de sistemas, which
 * the manual runs once a year ("Anualmente") apart from the cycle: the clock opens the case for the year just ended
 * (11.S, SIGTI's; {@link AnnualLogReports}) with the year's log copies per job as a PDF; the Profesional para la OGTIE
 * writes the report with the actions taken (11), the infrastructure coordinator reviews, validates and forwards it
 * (12; observations ↺ 11) and the Jefe takes note (13). procedures.md E10.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030104Report extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = S04030104.CODE + ".INF";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030104Report.class, CODE,
            "MINDEF (Perú)", Text.of("Informe anual sobre la copia de eventos y log de sistemas",
                    "Annual report on the copies of events and system logs"))
            .step("11.S", of("Abrir el informe anual con las copias de logs del año",
                    "Open the annual report with the year's log copies")).by("SIGTI", S04030104.DIRECTION)
                .hint("Paso de SIGTI: una vez al año adjunta en PDF las copias de logs del año por tarea.",
                        "SIGTI's step: once a year it attaches the year's log copies per job as a PDF.").next("11")
            .step("11", of("Elaborar el informe sobre la copia de eventos y log de sistemas con las acciones"
                    + " ejecutadas y remitirlo", "Write the report on the copies of events and system logs with the"
                    + " actions taken and send it")).by(Roles.TECNICO, S04030104.INFRA)
                .output("Informe sobre la copia de eventos y log de sistemas")
                .hint("Anual: acciones ejecutadas (vea las cifras adjuntas). Se remite por SISTRADOC.",
                        "Annual: actions taken (see the attached figures). Sent through SISTRADOC.")
                .field(FieldDefinition.longText("informe", Text.of("Informe sobre la copia de eventos y log de"
                        + " sistemas", "Report on the copies of events and system logs"), true))
                .next("12")
            .step("12", of("Revisar, validar y elevar el informe al Jefe(a) de la OGTIE",
                    "Review, validate and forward the report to the Head of OGTIE"))
                .by(Roles.RESPONSABLE, S04030104.INFRA)
                .hint("Las observaciones vuelven al Profesional para la subsanación.",
                        "Observations go back to the Profesional to be corrected.")
                .decide("validar", of("Validar y elevar al Jefe", "Validate and forward to the Jefe"), "13")
                .loop("devolver", of("Observar: devolver al Profesional", "Observe: back to the Profesional"), "11")
                .then()
            .step("13", of("Recibir el informe y tomar conocimiento", "Receive the report and take note"))
                .by(Roles.JEFE, S04030104.DIRECTION)
                .end("tomar_nota", of("Tomar conocimiento", "Take note"), "NOTED").then()
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
