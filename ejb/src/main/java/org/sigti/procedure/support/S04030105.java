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
 * S04.03.01.05 (MINDEF, Perú): infrastructure incidents, from monitoring to the Informe de análisis de incidentes
 * de infraestructura tecnológica the Jefe takes note of. Filed by the Responsable de infraestructura tecnológica
 * (Técnico rank, §S1) from a monitoring alert or a unit's report. The Jefe may return the report to its author
 * (14 ↺ 13), as MINDEF's report chain does. SIGTI opens one itself when a pg_dump copy fails its verification
 * ({@link IncidentCases}). procedures.md E11.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030105 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.05";
    private static final String INFRA = "INFRA";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030105.class, CODE, "MINDEF (Perú)",
            Text.of("Análisis de incidentes de infraestructura tecnológica", "Infrastructure incident analysis"))
            .mailTemplates("org.sigti.procedure.support.mail")
            .step("1", of("Monitorear los eventos de log y las alertas de los servidores",
                    "Monitor log events and server alerts")).by(Roles.TECNICO, INFRA).next("2")
            .step("2", of("Detectar el incidente", "Detect the incident")).by(Roles.TECNICO, INFRA)
                .decide("detectado", of("Incidente detectado", "Incident detected"), "4")
                .decide("no_detectado", of("No hay incidente", "No incident"), "3").then()
            .step("3", of("Registrar la acción y cerrar el ticket", "Register the action and close the ticket"))
                .by(Roles.TECNICO, INFRA).output("Ticket cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "NO_INCIDENT").then()
            .step("4", of("Registrar el incidente (Formato N°02) y crear el ticket en la mesa de ayuda",
                    "Register the incident (Formato N°02) and create the ticket")).by(Roles.TECNICO, INFRA)
                .output("Matriz de registro de incidentes de seguridad de la información (SGSI-FOR-006); ticket")
                .field(SupportFields.IMPACT).field(SupportFields.URGENCY).next("5")
            .step("5", of("Asignar un responsable de infraestructura para atender el incidente",
                    "Assign an infrastructure responsible")).by(Roles.OPERADOR, "MESA").output("Asignación").next("6")
            .step("6", of("Analizar el incidente: servicios, salud de los sistemas, respaldos, base de conocimiento",
                    "Analyse the incident")).by(Roles.TECNICO, INFRA).output("Análisis")
                .field(SupportFields.analysis("analisis", "Análisis del incidente", "Incident analysis")).next("7")
            .step("7", of("Recuperar o remediar restaurando los sistemas y servicios afectados",
                    "Recover or remediate the affected systems and services")).by(Roles.TECNICO, INFRA)
                .field(SupportFields.team("equipo", false, "INNOV", "CIBER", "ESTAD"))
                .decide("resuelto", of("Pertenece a Infraestructura y se resolvió", "Infrastructure solved it"), "12")
                .decide("no_resuelto", of("Pertenece a Infraestructura y no se resolvió: proveedor",
                        "Not solved: call the provider"), "10")
                .decide("otro_equipo", of("No pertenece a Infraestructura: derivar al equipo elegido",
                        "Belongs to another OGTIE team"), "8").then()
            .step("8", of("Revisar y elaborar la solución; Infraestructura aplica el cambio en producción",
                    "Work out the solution; Infrastructure applies the change")).byChosen(Roles.RESPONSABLE, "equipo",
                            "INNOV", "CIBER", "ESTAD")
                .output("Solución").field(SupportFields.SOLUTION).next("9")
            .step("9", of("Redactar el informe, registrar la acción y cerrar el ticket",
                    "Write the report, register the action and close the ticket"))
                .byChosen(Roles.RESPONSABLE, "equipo", "INNOV", "CIBER", "ESTAD").output("Informe")
                .decide("resuelto", of("Resuelto", "Solved"), "12")
                .decide("no_resuelto", of("No resuelto: proveedor", "Not solved: call the provider"), "10").then()
            .step("10", of("Reportar el incidente al proveedor o contratista de soporte",
                    "Report the incident to the provider")).by(Roles.TECNICO, "SOPORTE").output("Llamada al proveedor")
                .field(FieldDefinition.text("proveedor", Text.of("Proveedor y número de reporte",
                        "Provider and report number"), true)).next("11")
            .step("11", of("Recibir al contratista en la garita, acompañar y supervisar la reparación",
                    "Meet the contractor at the gate and supervise")).by(Roles.TECNICO, "SOPORTE").next("12")
            .step("12", of("Redactar el informe y enviarlo por correo; registrar en la matriz de incidentes"
                    + " (Formatos N°01 y N°02); cerrar el ticket", "Report by e-mail, record in the incident matrix"
                            + " and close the ticket")).by(Roles.TECNICO, INFRA)
                .mails("incidentReport", Recipient.role(Roles.RESPONSABLE, INFRA), Recipient.list("incidentes"))
                .output("Matriz de riesgos (SGSI-FOR-003) y matriz de registro de incidentes (SGSI-FOR-006); ticket"
                        + " cerrado")
                .field(SupportFields.analysis("acciones", "Acciones registradas en la matriz", "Actions recorded"))
                .field(SupportFields.team("equipo_informe", false, "INFRA", "INNOV", "CIBER", "ESTAD"))
                .decide("requiere_informe", of("Se requiere el informe de análisis", "An analysis report is required"),
                        "13")
                .end("sin_informe", of("No se requiere informe: cerrar", "No report needed: close"), "SOLVED").then()
            .step("13", of("Redactar el Informe de análisis de incidentes de infraestructura tecnológica y enviarlo al"
                    + " Jefe(a) por SISTRADOC", "Write the incident analysis report and send it to the Jefe"))
                .byChosen(Roles.RESPONSABLE, "equipo_informe", "INFRA", "INNOV", "CIBER", "ESTAD")
                .output("Informe de análisis de incidentes de infraestructura tecnológica")
                .field(SupportFields.analysis("informe", "Informe de análisis", "Analysis report")).next("14")
            .step("14", of("Recibir el informe y tomar conocimiento", "Receive the report and take note"))
                .by(Roles.JEFE, "JEFATURA")
                .loop("observar", of("Devolver el informe con observaciones", "Return the report with observations"),
                        "13")
                .end("conocimiento", of("Tomar conocimiento", "Take note"), "SOLVED").then()
            .priorityFrom(SupportFields.IMPACT, SupportFields.URGENCY).solutionIn(SupportFields.SOLUTION)
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
