package org.sigti.procedure.inventory;

import static org.sigti.workflow.flow.Text.of;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.inventory.EquipmentKind;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.04.01 (MINDEF, Peru): entrega y recepción de dispositivos para el uso del certificado digital. The requester
 * is the person who will use the certificate. Step 8 hands them the tarjeta criptográfica and the lector de tarjetas
 * (equipment of kind CERT_TOKEN, in stock) in the move's transaction and issues the Acta de entrega de dispositivos,
 * which they sign in SIGTI at step 9 (conforme → 10, no conforme ↺ 8). At separation (step 10 → 11, or a case opened
 * for the return, which step 2 sends to 11) step 12 takes the person's CERT_TOKEN devices back to stock, nothing else
 * they hold. procedures.md E16.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030401 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.04.01";
    /** Step 8's fields: the card and the reader (SIGTI number or patrimonial code). */
    public static final String CARD = "tarjeta_criptografica";
    public static final String READER = "lector_tarjetas";
    public static final String DELIVERY_STEP = "8";
    public static final String RECEPTION_STEP = "12";
    private static final String DESK = "MESA";
    private static final String SUPPORT = "SOPORTE";
    private static final String CHIEF = "JEFATURA";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030401.class, CODE, "MINDEF (Perú)",
            Text.of("Entrega y recepción de dispositivos para el uso del certificado digital",
                    "Delivery and reception of devices for the use of the digital certificate"))
            .offeredAs(41, of("Necesito un dispositivo para usar mi certificado digital",
                    "I need a device to use my digital certificate"))
            .step("1", of("Registrar el ticket en la mesa de ayuda adjuntando la declaración jurada de identificación",
                    "Register the help-desk ticket attaching the sworn identification statement")).byRequester()
                .output("Ticket; declaración jurada").next("2")
            .step("2", of("Recibir la solicitud del certificado digital y verificar que adjunte la declaración jurada",
                    "Receive the request and check the sworn statement is attached")).by(Roles.OPERADOR, DESK)
                .output("Validación")
                .decide("cumple", of("Cumple los requisitos", "Requirements met"), "4")
                .decide("no_cumple", of("No cumple los requisitos", "Requirements not met"), "3")
                .decide("devolucion", of("Devolución de dispositivos por cese", "Return of devices at separation"),
                        "11").then()
            .step("3", of("Devolver el requerimiento por correo para su corrección y cerrar el ticket",
                    "Return the request by e-mail for correction and close the ticket")).by(Roles.OPERADOR, DESK)
                .output("Ticket cerrado")
                .end("devolver", of("Devolver y cerrar el ticket", "Return and close"), "RETURNED").then()
            .step("4", of("Asignar el ticket al responsable de certificados digitales",
                    "Assign the ticket to the person who handles digital certificates")).by(Roles.OPERADOR, DESK)
                .output("Asignación").next("5")
            .step("5", of("Verificar los datos de la declaración jurada y registrar la solicitud en la plataforma de"
                    + " RENIEC", "Check the sworn statement and register the request on the RENIEC platform"))
                .by(Roles.TECNICO, SUPPORT).output("Solicitud en RENIEC").next("6")
            .step("6", of("Reenviar el mensaje de aprobación de RENIEC con las credenciales al responsable de soporte"
                    + " tecnológico", "Forward RENIEC's approval with the credentials to technical support"))
                .byRequester().output("Correo con credenciales").next("7")
            .step("7", of("Descargar e instalar el certificado digital y probarlo con el usuario",
                    "Download and install the certificate and test it with the user")).by(Roles.TECNICO, SUPPORT)
                .output("Certificado instalado").next(DELIVERY_STEP)
            .step(DELIVERY_STEP, of("Asignar los dispositivos para el uso del certificado digital y solicitar la firma"
                    + " del acta de entrega", "Assign the devices and ask for the signature of the acta de entrega"))
                .by(Roles.TECNICO, SUPPORT).output("Acta de entrega de dispositivos")
                .hint("Al continuar se asignan al usuario la tarjeta y el lector (equipos del inventario).",
                        "Continuing assigns the card and the reader (inventory equipment) to the user.")
                .field(FieldDefinition.text(CARD, Text.of("Tarjeta criptográfica (número SIGTI o código"
                        + " patrimonial)", "Cryptographic card (SIGTI number or patrimonial code)"), true))
                .field(FieldDefinition.text(READER, Text.of("Lector de tarjetas (número SIGTI o código patrimonial)",
                        "Card reader (SIGTI number or patrimonial code)"), true))
                .next("9")
            .step("9", of("Firmar el acta de entrega de dispositivos, con el visado de la jefatura",
                    "Sign the acta de entrega de dispositivos, endorsed by the head of unit")).byRequester()
                .output("Acta firmada y visada")
                .decide("conforme", of("Conforme: firmo el acta", "Accepted: I sign the acta"), "10")
                .loop("no_conforme", of("No conforme: los dispositivos no corresponden",
                        "Not accepted: the devices are not right"), DELIVERY_STEP)
                .then()
            .step("10", of("Registrar la asignación en el inventario de dispositivos para el uso del certificado"
                    + " digital y cerrar el ticket", "Record the assignment in the device inventory and close the"
                    + " ticket")).by(Roles.TECNICO, SUPPORT).output("Inventario; ticket cerrado")
                .end("cerrar", of("Registrar y cerrar el ticket", "Record and close the ticket"), "SOLVED")
                .decide("cese", of("La persona deja el MINDEF: recibir los dispositivos",
                        "The person leaves MINDEF: receive the devices"), "11").then()
            .step("11", of("Devolver los dispositivos a la OGTIE por cese y solicitar la firma de los formatos de"
                    + " devolución", "Return the devices at separation and ask OGTIE to sign the return formats"))
                .byRequester().output("Formato de devolución").next(RECEPTION_STEP)
            .step(RECEPTION_STEP, of("Recibir y verificar los dispositivos y registrar su devolución en el inventario",
                    "Receive and check the devices and record their return")).by(Roles.TECNICO, SUPPORT)
                .hint("Al continuar vuelven al almacén la tarjeta y el lector del usuario.",
                        "Continuing returns the user's card and reader to stock.")
                .output("Inventario actualizado").next("13")
            .step("13", of("Firmar el formato del usuario que confirma la recepción de los dispositivos",
                    "Sign the user's format confirming the devices were received")).by(Roles.JEFE, CHIEF)
                .output("Formato de devolución firmado")
                .end("firmar", of("Firmar y cerrar", "Sign and close"), "SOLVED").then()
            .onComplete(S04030401::handOverDevices, java.util.List.of(DELIVERY_STEP))
            .onComplete(S04030401::takeBackDevices, java.util.List.of(RECEPTION_STEP))
            .build();

    @Inject
    CustodyCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 8: the card and its reader, two different devices, are handed over to the requester. */
    void handOverDevices(Transition t) {
        WorkCase c = cases.workCase(t);
        if (cases.equipment(t, CARD, EquipmentKind.CERT_TOKEN).getId().equals(
                cases.equipment(t, READER, EquipmentKind.CERT_TOKEN).getId())) {
            throw new WorkflowException("procedures.cert.sameDevice", Map.of(READER,
                    "procedures.cert.sameDevice.field"));
        }
        cases.handOver(t, CARD, EquipmentKind.CERT_TOKEN, c.getRequesterUsername(), c.getRequesterName(),
                c.getRequesterUnitCode());
        cases.handOver(t, READER, EquipmentKind.CERT_TOKEN, c.getRequesterUsername(), c.getRequesterName(),
                c.getRequesterUnitCode());
    }

    /** Step 12: the devices come back. */
    void takeBackDevices(Transition t) {
        cases.takeBack(t, EquipmentKind.CERT_TOKEN, cases.workCase(t).getRequesterUsername());
    }
}
