package org.sigti.procedure.inventory;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.inventory.EquipmentKind;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.03.02 (MINDEF, Peru): atención de requerimientos de equipos telefónicos. The requester is the Director(a)
 * or Jefe(a) of the U.O.; step 6 records the user who gets the phone and whether the DIRAB warehouse has one (no →
 * the "no stock" oficio, 7-8; yes → 9). Step 13 names the configured phone (equipment of kind PHONE, in stock; the
 * Acta de entrega de equipos telefónicos – OGTIE becomes a document of the case) and step 14 hands it to the user in
 * the move's transaction. procedures.md E15.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030302 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.03.02";
    /** Step 6's fields: the user who gets the phone, their name and unit, and the phone type. */
    public static final String USER = "usuario_telefono";
    public static final String USER_NAME = "usuario_nombre";
    public static final String USER_UNIT = "usuario_unidad";
    public static final String TYPE = "tipo_equipo";
    /** Step 13's field: the configured phone (SIGTI number or patrimonial code). */
    public static final String PHONE = "equipo_telefonico";
    public static final String ACTA_STEP = "13";
    public static final String DELIVERY_STEP = "14";
    private static final String DESK = "MESA";
    private static final String INFRA = "INFRA";
    private static final String CHIEF = "JEFATURA";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030302.class, CODE, "MINDEF (Perú)",
            Text.of("Atención de requerimientos de equipos telefónicos", "Handling of phone-equipment requests"))
            .offeredAs(42, of("Necesito un teléfono o un anexo, o tengo un problema con él",
                    "I need a phone or an extension, or have a problem with it"))
            .step("1", of("Solicitar equipos telefónicos IP y móviles para el personal designado (cantidad, tipo de"
                    + " equipo y nombre del usuario)", "Request IP and mobile phones for designated staff (quantity,"
                    + " type and user name)")).byRequester().output("Oficio (+ ticket)").next("2")
            .step("2", of("Recibir el oficio y asignar el expediente al coordinador de infraestructura",
                    "Receive the oficio and assign the file to the infrastructure coordinator"))
                .by(Roles.JEFE, CHIEF).output("Derivación").next("3")
            .step("3", of("Revisar el expediente y asignarlo al profesional de redes",
                    "Review the file and assign it to the network professional")).by(Roles.RESPONSABLE, INFRA)
                .output("Asignación").next("4")
            .step("4", of("Solicitar la creación del ticket del documento asignado",
                    "Ask for a ticket for the assigned document")).by(Roles.TECNICO, INFRA).next("5")
            .step("5", of("Asignar el ticket al personal que entrega los equipos telefónicos",
                    "Assign the ticket to the person who delivers phones")).by(Roles.OPERADOR, DESK)
                .output("Ticket").next("6")
            .step("6", of("Evaluar la solicitud y consultar la disponibilidad de equipos en el almacén de la DIRAB",
                    "Evaluate the request and check availability with the DIRAB warehouse"))
                .by(Roles.TECNICO, INFRA)
                .field(FieldDefinition.text(USER, Text.of("Usuario de red de quien recibe el equipo",
                        "Network user name of who gets the phone"), true))
                .field(FieldDefinition.text(USER_NAME, Text.of("Nombre completo de quien recibe el equipo",
                        "Full name of who gets the phone"), true))
                .field(FieldDefinition.text(USER_UNIT, Text.of("Unidad de organización (código)",
                        "Organization unit (code)"), false))
                .field(FieldDefinition.choice(TYPE, Text.of("Tipo de equipo", "Phone type"), true, List.of(
                        new Option("IP", Text.of("Equipo telefónico IP", "IP phone")),
                        new Option("MOVIL", Text.of("Equipo telefónico móvil", "Mobile phone")))))
                .decide("disponible", of("Hay equipos disponibles", "Phones available"), "9")
                .decide("sin_stock", of("No hay equipos disponibles", "No stock"), "7").then()
            .step("7", of("Elaborar el oficio de respuesta indicando que no hay stock",
                    "Draft the response oficio stating there is no stock")).by(Roles.RESPONSABLE, INFRA)
                .output("Oficio (proyecto)").next("8")
            .step("8", of("Remitir el oficio de respuesta al área usuaria", "Send the response oficio to the user area"))
                .by(Roles.JEFE, CHIEF).output("Oficio")
                .end("remitir", of("Remitir y cerrar", "Send and close"), "SOLVED").then()
            .step("9", of("Elaborar el oficio de respuesta afirmativa", "Draft the affirmative response oficio"))
                .by(Roles.RESPONSABLE, INFRA).output("Oficio (proyecto)").next("10")
            .step("10", of("Remitir el oficio afirmativo al área usuaria", "Send the affirmative oficio to the user"
                    + " area")).by(Roles.JEFE, CHIEF).output("Oficio").next("11")
            .step("11", of("Coordinar la entrega con el almacén de la DIRAB y firmar el documento de entrega del"
                    + " almacén", "Arrange delivery with the DIRAB warehouse and sign its delivery document"))
                .by(Roles.TECNICO, INFRA).output("Documento de entrega del almacén").next("12")
            .step("12", of("Solicitar a la DIGEP el Acta de asignación de bienes para la firma del usuario",
                    "Ask DIGEP for the Acta de asignación de bienes for the user's signature"))
                .by(Roles.TECNICO, INFRA).output("Acta de asignación de bienes").next(ACTA_STEP)
            .step(ACTA_STEP, of("Configurar los equipos telefónicos (IP: registro en el Call manager) y elaborar el"
                    + " Acta de entrega de equipos telefónicos – OGTIE", "Configure the phones (IP: register in Call"
                    + " manager) and write the Acta de entrega de equipos telefónicos – OGTIE"))
                .by(Roles.TECNICO, INFRA).output("Equipo configurado; Acta de entrega")
                .field(FieldDefinition.text(PHONE, Text.of("Equipo telefónico (número SIGTI o código patrimonial)",
                        "Phone (SIGTI number or patrimonial code)"), true))
                .next(DELIVERY_STEP)
            .step(DELIVERY_STEP, of("Entregar los equipos telefónicos, solicitar la firma del Acta de entrega y cerrar"
                    + " el ticket", "Deliver the phones, get the Acta de entrega signed and close the ticket"))
                .by(Roles.TECNICO, INFRA).output("Acta de entrega firmada")
                .hint("Al continuar el equipo queda asignado al usuario en el inventario.",
                        "Continuing assigns the phone to the user in the inventory.")
                .next("15")
            .step("15", of("Recabar las firmas del Acta de asignación de bienes y registrar en la Matriz de inventario"
                    + " de activos (Formato N°02) y en Gestión de cambios de los activos de información (Formato"
                    + " N°01)", "Collect the signatures of the Acta de asignación de bienes and record the inventory"
                    + " and change formats")).by(Roles.TECNICO, INFRA).output("Acta firmada; matriz de inventario")
                .end("registrar", of("Registrar y cerrar", "Record and close"), "SOLVED").then()
            .onComplete(S04030302::checkPhone, java.util.List.of(ACTA_STEP))
            .onComplete(S04030302::handOverPhone, java.util.List.of(DELIVERY_STEP))
            .build();

    @Inject
    CustodyCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 13: the phone of the acta is a phone of the inventory. */
    void checkPhone(Transition t) {
        cases.equipment(t, PHONE, EquipmentKind.PHONE);
    }

    /** Step 14: the phone is handed over to the user, in custody. */
    void handOverPhone(Transition t) {
        cases.handOver(t, PHONE, EquipmentKind.PHONE, cases.value(t, USER), cases.value(t, USER_NAME),
                cases.value(t, USER_UNIT));
    }
}
