package org.sigti.procedure.accounts;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.accounts.AccountLedger;
import org.sigti.accounts.AccountOrder;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.01 (MINDEF, Peru): creación y modificación de cuentas, accesos y privilegios. The operator records the
 * person, platforms and privileges when validating (step 2). Steps 5 and 7 are the Profesional's approval (four
 * eyes: not the person concerned, not the requester). Uncommon privileges (social networks, USB, peripherals, remote
 * VPN) go through SIGTI's steps "5.SG" / "7.SG", where the Secretario General (role Autoridad, queue SG) gives the
 * signed authorization in person, from their own inbox (its document number, and its scan attached to the case); from "7.SG" the case goes on as step 7 would
 * have: to 9, or to the VPN branch 11 (remote work by VPN is itself an uncommon privilege, VPN:TELETRABAJO, so a VPN
 * request with it passes by the Secretario General too). Steps 13-16 go to the Técnico Informático Especialista of
 * the cybersecurity team (queue CIBER), as the manual says, not to infrastructure. Step 9 creates the accounts with
 * their seats and equipment, step 6 applies a modification, step 15 creates the VPN user, each in the move's
 * transaction.
 * procedures.md E7.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030101 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.01";
    private static final String DESK = "MESA";
    private static final String INFRA = "INFRA";
    private static final String SUPPORT = "SOPORTE";
    /** The Secretaría General, whose Secretario General authorizes uncommon privileges (steps 5.SG and 7.SG). */
    private static final String SECRETARY = "SG";
    /** The cybersecurity team, whose Técnico Informático Especialista handles VPN users (steps 13-16). */
    private static final String CYBER = "CIBER";

    static final ProcedureDefinition FLOW = flow();

    private static ProcedureDefinition flow() {
        ProcedureDefinition.Builder<S04030101> b = ProcedureDefinition.builder(S04030101.class, CODE, "MINDEF (Perú)",
                Text.of("Creación y modificación de cuentas, accesos y privilegios",
                        "Creation and modification of accounts, accesses and privileges"))
            .offeredAs(20, of("Necesito una cuenta, un acceso o un permiso",
                    "I need an account, an access or a permission"))
            .mailTemplates("org.sigti.procedure.accounts.mail")
            .step("1", of("Crear la solicitud como ticket de mesa de ayuda con los adjuntos según el tipo de"
                    + " contrato o privilegio", "Create the request as a help-desk ticket with the attachments"))
                .byRequester().output("Ticket + adjuntos (SGSI-FOR-027, acta de aceptación del riesgo)").next("2");
        return AccountFields.order(b.step("2", of("Recibir el ticket y validar los requisitos según el tipo de"
                + " contrato", "Receive the ticket and validate the requirements")).by(Roles.OPERADOR, DESK), true)
                .output("Validación")
                .decide("cumple", of("Cumple los requisitos", "Requirements met"), "4")
                .decide("no_cumple", of("No cumple: devolver", "Not met: return"), "3").then()
            .step("3", of("Devolver la solicitud al área usuaria por correo para su corrección y cerrar el ticket",
                    "Return the request to the user area for correction and close the ticket"))
                .by(Roles.OPERADOR, DESK).output("Ticket cerrado")
                .end("devolver", of("Devolver y cerrar el ticket", "Return and close"), "RETURNED").then()
            .step("4", of("Asignar el ticket al Profesional para la OGTIE", "Assign the ticket to the Profesional"))
                .by(Roles.OPERADOR, DESK).output("Asignación")
                .decide("nueva", of("Cuenta nueva", "New account"), "7")
                .decide("modificacion", of("Modificación de cuentas, accesos o privilegios",
                        "Modification of accounts, accesses or privileges"), "5").then()
            .step("5", of("Verificar los datos del solicitante, las aprobaciones y los anexos",
                    "Check the requester's data, approvals and annexes")).by(Roles.TECNICO, INFRA)
                .hint("Aprobación: no puede aprobarla la persona interesada ni quien la solicitó.",
                        "Approval: neither the person concerned nor the requester may approve it.")
                .decide("conforme", of("Conforme", "Approved"), "6")
                .decide("no_comunes", of("Con privilegios no comunes: autorización del Secretario General",
                        "Uncommon privileges: Secretario General's authorization"), "5.SG").then()
            .step("5.SG", of("Autorizar los privilegios no comunes con la autorización firmada del Secretario"
                    + " General", "Authorize the uncommon privileges with the Secretario General's signed"
                    + " authorization")).by(Roles.AUTORIDAD, SECRETARY)
                .output("Autorización firmada del Secretario General")
                .field(AccountFields.authorization()).next("6")
            .step("6", of("Actualizar accesos y privilegios y entregar las cuentas actualizadas al Responsable de"
                    + " soporte técnico", "Update accesses and privileges and hand them to technical support"))
                .by(Roles.TECNICO, INFRA).output("Cuenta actualizada").next("19")
            .step("7", of("Recibir el ticket y verificar los datos de la solicitud según el caso",
                    "Receive the ticket and check the request data")).by(Roles.TECNICO, INFRA)
                .hint("Aprobación: no puede aprobarla la persona interesada ni quien la solicitó.",
                        "Approval: neither the person concerned nor the requester may approve it.")
                .decide("cuenta", of("Datos correctos: cuenta u otro acceso", "Correct: account or other access"),
                        "9")
                .decide("no_comunes", of("Datos correctos, con privilegios no comunes: autorización del Secretario"
                        + " General", "Correct, with uncommon privileges: Secretario General's authorization"),
                        "7.SG")
                .decide("vpn", of("Datos correctos: solicitud de VPN", "Correct: VPN request"), "11")
                .decide("incorrecto", of("Datos incorrectos: devolver al operador", "Incorrect: return"), "8")
                .then()
            .step("7.SG", of("Autorizar los privilegios no comunes con la autorización firmada del Secretario"
                    + " General", "Authorize the uncommon privileges with the Secretario General's signed"
                    + " authorization")).by(Roles.AUTORIDAD, SECRETARY)
                .output("Autorización firmada del Secretario General")
                .field(AccountFields.authorization())
                .decide("cuenta", of("Autorizada: cuenta u otro acceso (paso 9)", "Authorized: account or other"
                        + " access (step 9)"), "9")
                .decide("vpn", of("Autorizada: solicitud de VPN (paso 11)", "Authorized: VPN request (step 11)"),
                        "11").then()
            .step("8", of("Devolver la solicitud al operador por correo", "Return the request to the operator"))
                .by(Roles.TECNICO, INFRA).output("Correo electrónico").next("3")
            .step("9", of("Definir el nombre de la cuenta, crear la cuenta, accesos y privilegios y generar una"
                    + " contraseña robusta", "Name the account, create it with its accesses and privileges and a"
                    + " strong password")).by(Roles.TECNICO, INFRA).output("Cuenta").next("10")
            .step("10", of("Registrar la atención en el ticket y enviar el correo masivo de cuentas nuevas",
                    "Record the work in the ticket and send the mass e-mail of new accounts"))
                .by(Roles.RESPONSABLE, INFRA).output("Correo masivo").next("18")
            .step("11", of("Pedir a la mesa de ayuda crear el ticket de usuario VPN y derivarlo al Técnico"
                    + " Informático Especialista", "Ask the help desk for the VPN ticket")).by(Roles.TECNICO, INFRA)
                .next("12")
            .step("12", of("Registrar la creación del usuario VPN en el ticket y asignarlo",
                    "Register the VPN-user creation in the ticket and assign it")).by(Roles.OPERADOR, DESK)
                .output("Ticket").next("13")
            .step("13", of("Verificar si el usuario VPN existe en el inventario de usuarios VPN activos",
                    "Check whether the VPN user exists in the inventory of active VPN users"))
                .by(Roles.TECNICO, CYBER)
                .decide("existe", of("Ya existe", "Exists"), "14")
                .decide("no_existe", of("No existe", "Does not exist"), "15").then()
            .step("14", of("Informar al operador que el usuario VPN ya existe", "Tell the operator it exists"))
                .by(Roles.TECNICO, CYBER).next("3")
            .step("15", of("Verificar los datos requeridos y crear el usuario VPN", "Check the data and create the"
                    + " VPN user")).by(Roles.TECNICO, CYBER).output("Usuario VPN").next("16")
            .step("16", of("Enviar las credenciales VPN al operador por correo institucional y registrar la acción",
                    "Send the VPN credentials to the operator and register the action")).by(Roles.TECNICO, CYBER)
                .mails("vpnCredentials", Recipient.role(Roles.OPERADOR, DESK))
                .output("Credenciales").next("17")
            .step("17", of("Generar el registro de usuarios VPN creados y actualizar el inventario general",
                    "Generate the register of created VPN users; update the inventory")).by(Roles.OPERADOR, DESK)
                .output("Registro VPN; inventario").next("18")
            .step("18", of("Registrar la información en el ticket y asignarlo al Responsable de soporte técnico",
                    "Record it in the ticket and assign it to technical support")).by(Roles.OPERADOR, DESK)
                .output("Asignación").next("19")
            .step("19", of("Configurar en el usuario final, entregar las cuentas, cambiar la contraseña con el"
                    + " usuario y dar de alta las cuentas creadas", "Configure for the end user, deliver the"
                    + " accounts, change the password with the user and activate them")).by(Roles.TECNICO, SUPPORT)
                .output("Credenciales entregadas").next("20")
            .step("20", of("Cerrar el ticket", "Close the ticket")).by(Roles.OPERADOR, DESK).output("Ticket cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .on("2", "cumple", S04030101::checkRequirements)
            .onComplete(S04030101::requireAuthorizationOfUncommon, List.of("5", "7"))
            .onComplete(S04030101::checkAuthorization, List.of("5.SG", "7.SG"), AccountFields.authorization())
            .onComplete(S04030101::modifyAccounts, List.of("6"))
            .onComplete(S04030101::openAccounts, List.of("9"))
            .onComplete(S04030101::announceNewAccounts, List.of("10"))
            .onComplete(S04030101::checkVpnInventory, List.of("13"))
            .onComplete(S04030101::openVpnUser, List.of("15"))
            .build();
    }

    @Inject
    AccountLedger ledger;

    @Inject
    AccountCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }


    /** Step 2: the requirements met; the accounts asked for must not exist yet (new) or must exist (changes). */
    void checkRequirements(Transition t) {
        ledger.check(AccountOrder.parse(AccountFields.ORDER, t.fields(), true), t.caseId(), true);
    }

    /** Steps 5 and 7: approved by someone else, and uncommon privileges only with the Secretario General. */
    void requireAuthorizationOfUncommon(Transition t) {
        AccountOrder order = cases.order(t, true);
        cases.requireOtherApprover(t, order);
        java.util.Set<String> uncommon = ledger.uncommon(order);
        if (!uncommon.isEmpty() && !t.took("no_comunes") && !t.took("incorrecto")) {
            throw new WorkflowException("accounts.uncommon.needsAuthorization", String.join(", ", uncommon));
        }
    }

    /** Steps 5.SG and 7.SG: the signed authorization is attached, and recorded by someone other than the requester. */
    void checkAuthorization(Transition t) {
        cases.requireOtherApprover(t, cases.order(t, true));
        if (!cases.hasAttachment(t.caseId())) {
            throw new WorkflowException("accounts.authorization.attachmentMissing", t.caseNumber());
        }
    }

    /** Step 6: the accesses and privileges change in the ledger. */
    void modifyAccounts(Transition t) {
        ledger.modify(cases.order(t, true), t.caseId(), t.actor().username(), authorized(t));
    }

    /** Step 9: the new accounts open in the ledger. */
    void openAccounts(Transition t) {
        ledger.open(cases.order(t, true), t.caseId(), t.actor().username(), authorized(t));
    }

    /** Step 10: the mass e-mail of new accounts. */
    void announceNewAccounts(Transition t) {
        cases.announceNewAccounts(t, FLOW.step(t.fromStep()).orElseThrow().title().es());
    }

    /** Step 13: the answer must agree with the inventory of active VPN users. */
    void checkVpnInventory(Transition t) {
        cases.requireVpnInventoryAgrees(t, "existe");
    }

    /** Step 15: the VPN user opens in the ledger. */
    void openVpnUser(Transition t) {
        AccountOrder order = cases.order(t, true);
        ledger.open(new AccountOrder(order.username(), order.personName(), order.unitCode(), List.of("VPN"),
                java.util.Map.of("VPN", order.privilegesOn("VPN")), null), t.caseId(), t.actor().username(),
                authorized(t));
    }

    private boolean authorized(Transition t) {
        return cases.value(t, AccountFields.AUTHORIZATION) != null;
    }
}
