package org.sigti.procedure.inventory;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.inventory.InventoryCustody;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-002.1 (SEPREM, Guatemala): administración y asignación de licenciamiento. Step "0" is SIGTI's: the
 * request filed by the person who will use the license, with the endorsement of the Dirección de Recursos Humanos
 * or of the Director in charge, which the Asistente de Dirección records at step 1 with the platform. Step 4 issues
 * the Formulario de control y aceptación del licenciamiento o servicio (a document of the case); step 5 delivers the
 * license: a seat of the platform's pool is taken in the move's transaction (an exhausted pool refuses the move and
 * nothing changes). Step "5.F" is SIGTI's: the user's signature of the form, given in SIGTI (conforme → 6) or refused
 * (↺ 5). Permanent staff come first (special provision): step 1 records the kind of staff for step 2's analysis.
 * procedures.md C2.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0021 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-002.1";
    /** Step 1's field: the code of the platform (catalog of systems) whose license is asked for. */
    public static final String PLATFORM = "plataforma";
    /** Step 1's field: permanent or temporary staff (permanent staff come first). */
    public static final String STAFF = "tipo_personal";
    public static final String FORM_STEP = "4";
    public static final String DELIVERY_STEP = "5";
    public static final String SIGNATURE_STEP = "5.F";
    private static final String ASSISTANT = "DI-ASIST";
    private static final String INFRA = "DI-INFRA";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0021.class, CODE, "SEPREM (Guatemala)",
            Text.of("Administración y Asignación de Licenciamiento", "License administration and assignment"))
            .offeredAs(40, of("Necesito una licencia de software",
                    "I need a software license"))
            .step("0", of("Solicitar la asignación de licencia (con el aval de la Dirección de Recursos Humanos o del"
                    + " Director a cargo)", "Request a license (endorsed by Human Resources or the Director in"
                    + " charge)")).byRequester().output("Solicitud de asignación de licencia").next("1")
            .step("1", of("Recibir la solicitud de asignación de licencia de la Dirección de Recursos Humanos o del"
                    + " Director a cargo", "Receive the license request from Human Resources or the Director in"
                    + " charge")).by(Roles.OPERADOR, ASSISTANT)
                .hint("Registre la plataforma cuya licencia se pide y el tipo de personal.",
                        "Record the platform whose license is asked for and the kind of staff.")
                .field(FieldDefinition.text(PLATFORM, Text.of("Plataforma de la licencia (código del catálogo:"
                        + " ZIMBRA, VPN...)", "License platform (catalog code: ZIMBRA, VPN...)"), true))
                .field(FieldDefinition.choice(STAFF, Text.of("Tipo de personal", "Kind of staff"), true, List.of(
                        new Option("PERMANENTE", Text.of("Personal permanente (prioridad)",
                                "Permanent staff (priority)")),
                        new Option("TEMPORAL", Text.of("Personal temporal o por contrato",
                                "Temporary or contract staff")))))
                .next("2")
            .step("2", of("Analizar la solicitud según las funciones de la persona y las licencias disponibles;"
                    + " delegar", "Analyse the request against the person's functions and the licenses available;"
                    + " delegate")).by(Roles.RESPONSABLE, INFRA)
                .hint("El personal permanente tiene prioridad en la asignación.",
                        "Permanent staff have priority.").next("3")
            .step("3", of("Crear los usuarios y asignar el o los tipos de licencia", "Create the users and assign the"
                    + " license type(s)")).by(Roles.RESPONSABLE, INFRA).output("Usuarios; asignación de licencia")
                .next(FORM_STEP)
            .step(FORM_STEP, of("Crear el formulario de control y aceptación del licenciamiento o servicio para el"
                    + " usuario", "Create the control and acceptance form of the license or service for the user"))
                .by(Roles.TECNICO, INFRA).output("Formulario de control y aceptación del licenciamiento o servicio")
                .next(DELIVERY_STEP)
            .step(DELIVERY_STEP, of("Entregar la licencia o servicio al usuario, brindar asistencia técnica para el"
                    + " acceso y solicitar la firma del usuario en el formulario de control y aceptación",
                    "Deliver the license or service, help with access and ask for the user's signature on the form"))
                .by(Roles.TECNICO, INFRA).output("Licencia entregada")
                .hint("Al continuar se asigna una licencia de la plataforma al usuario.",
                        "Continuing assigns the user a license of the platform.")
                .next(SIGNATURE_STEP)
            .step(SIGNATURE_STEP, of("Firmar el formulario de control y aceptación", "Sign the control and acceptance"
                    + " form")).byRequester().output("Formulario de control y aceptación firmado por el usuario")
                .hint("Confirme que recibió la licencia o servicio (firma del formulario) o indique que no funciona.",
                        "Confirm you received the license or service (signing the form) or say it does not work.")
                .decide("conforme", of("Conforme: firmo el formulario", "Accepted: I sign the form"), "6")
                .loop("no_conforme", of("No conforme: la licencia o servicio no funciona",
                        "Not accepted: the license or service does not work"), DELIVERY_STEP)
                .then()
            .step("6", of("Actualizar el control de registro de licencias de la Dirección de Informática e informar"
                    + " el resultado", "Update the license register of the Dirección de Informática and report"))
                .by(Roles.TECNICO, INFRA).output("Control de registro de licencias actualizado")
                .end("registrar", of("Registrar y cerrar", "Register and close"), "SOLVED").then()
            .onComplete(SepremDi0021::checkPool, java.util.List.of("1"))
            .onComplete(SepremDi0021::assignSeat, java.util.List.of(DELIVERY_STEP))
            .build();

    @EJB
    InventoryCustody custody;

    @Inject
    CustodyCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 1: the platform asked for has a license pool. */
    void checkPool(Transition t) {
        String platform = cases.value(t, PLATFORM);
        if (platform == null || !custody.needsSeat(platform.toUpperCase(java.util.Locale.ROOT))) {
            throw new WorkflowException("procedures.license.noPool", Map.of(PLATFORM, "procedures.license.noPool.field"),
                    String.valueOf(platform));
        }
    }

    /** Step 5: a seat of the pool is assigned to the requester. */
    void assignSeat(Transition t) {
        WorkCase c = cases.workCase(t);
        custody.assignSeat(cases.value(t, PLATFORM).toUpperCase(java.util.Locale.ROOT), c.getRequesterUsername(),
                t.caseId(), t.actor().username());
    }
}
