package org.sigti.procedure.inventory;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import org.sigti.inventory.Renewals;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-005.1 (SEPREM, Guatemala): renewal or replacement of licenses and/or services, driven by the expiry
 * calendar. Step "0" is SIGTI's: the daily expiry sweep ({@link org.sigti.inventory.ExpiryAlerts}) fires an
 * ExpiryDue for a license pool or an equipment warranty about to expire and {@link RenewalCases} opens the case (a Responsable of the infrastructure unit may also
 * open one for a need they identify). Step 5 is the manual's reception loop (not satisfactory ↺ 5). Step 7, the
 * completion report, records the new expiry date, which updates the pool or the warranty in the same transaction.
 * procedures.md C6.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class SepremDi0051 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-005.1";
    /** Step 7's field: the new expiry (yyyy-MM-dd or dd/MM/yyyy). */
    public static final String NEW_EXPIRY = "nuevo_vencimiento";
    /** Step 7's optional field: the pool's seats after the renewal. */
    public static final String NEW_SEATS = "puestos_total";
    static final String COMPLETION_STEP = "7";
    private static final String INFRA = "DI-INFRA";
    private static final String DIRECTION = "JEFATURA";
    private static final String SUPPORT = "DI-SOPORTE";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0051.class, CODE, "SEPREM (Guatemala)",
            Text.of("Renovación de Licencias y/o Servicios", "Renewal of licenses and/or services"))
            .mailTemplates("org.sigti.procedure.inventory.mail")
            .step("0", of("Alerta del calendario de vencimientos", "Expiry calendar alert"))
                .by(Roles.RESPONSABLE, INFRA).output("Licencia o servicio próximo a vencer")
                .hint("SIGTI abre el caso cuando una licencia o una garantía entra en el plazo de aviso.",
                        "SIGTI opens the case when a license or a warranty enters the notice window.")
                .next("1")
            .step("1", of("Analizar e informar la necesidad de renovar o reemplazar la licencia o servicio",
                    "Analyse and report the need to renew or replace the license or service"))
                .by(Roles.RESPONSABLE, INFRA).output("Informe de necesidad")
                .field(FieldDefinition.longText("necesidad", Text.of("Necesidad, cantidad y mejoras",
                        "Need, quantity and improvements"), true))
                .next("2")
            .step("2", of("Instruir la emisión de especificaciones técnicas", "Instruct technical specifications"))
                .by(Roles.JEFE, DIRECTION).output("Instrucción").next("3")
            .step("3", of("Definir y emitir las especificaciones técnicas", "Define and issue technical specifications"))
                .by(Roles.RESPONSABLE, INFRA).output("Especificaciones técnicas")
                .field(FieldDefinition.longText("especificaciones", Text.of("Especificaciones técnicas",
                        "Technical specifications"), true))
                .next("4")
            .step("4", of("Realizar el proceso de compra y asignar personal para recibir e implementar",
                    "Run the purchase and assign staff to receive and implement")).by(Roles.JEFE, DIRECTION)
                .output("Proceso de compra; asignación").next("5")
            .step("5", of("Recibir la licencia o servicio", "Receive the license or service"))
                .by(Roles.RESPONSABLE, INFRA).output("Recepción")
                .decide("satisfactoria", of("Recepción satisfactoria", "Reception satisfactory"), "6")
                .loop("no_satisfactoria", of("Recepción no satisfactoria: recibir de nuevo",
                        "Reception not satisfactory: receive again"), "5")
                .then()
            .step("6", of("Registrar, instalar, configurar y poner en funcionamiento; migrar si corresponde",
                    "Register, install, configure and put into operation; migrate if applicable"))
                .by(Roles.RESPONSABLE, INFRA).output("Licencia o servicio en funcionamiento").next("7")
            .step(COMPLETION_STEP, of("Informar que la implementación está completa",
                    "Report that the implementation is complete")).by(Roles.RESPONSABLE, INFRA)
                .mails("renewalDone", Recipient.role(Roles.JEFE, DIRECTION))
                .output("Informe de finalización")
                .hint("El nuevo vencimiento actualiza la licencia o la garantía del equipo.",
                        "The new expiry updates the license pool or the equipment's warranty.")
                .field(FieldDefinition.text(NEW_EXPIRY, Text.of("Nuevo vencimiento (dd/mm/aaaa)",
                        "New expiry (dd/mm/yyyy)"), true))
                .field(FieldDefinition.text(NEW_SEATS, Text.of("Cantidad de licencias (si cambia)",
                        "Number of seats (if it changes)"), false))
                .next("8")
            .step("8", of("Capacitar a los usuarios finales en el producto adquirido, si es nuevo",
                    "Train end users on the acquired product, if new")).by(Roles.TECNICO, SUPPORT)
                .output("Capacitación")
                .end("fin", of("Finalizar el procedimiento", "End the procedure"), "SOLVED").then()
            .onComplete(SepremDi0051::completeRenewal, java.util.List.of(COMPLETION_STEP))
            .build();

    @EJB
    Renewals renewals;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 7: the renewal's new expiry and seats are written to the license pool. */
    void completeRenewal(Transition t) {
        renewals.complete(t.caseId(), t.field(NEW_EXPIRY), t.field(NEW_SEATS));
    }
}
