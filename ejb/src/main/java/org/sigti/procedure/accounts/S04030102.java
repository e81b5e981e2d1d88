package org.sigti.procedure.accounts;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.accounts.AccountLedger;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.02 (MINDEF, Peru): eliminación de cuentas, accesos y privilegios. Step "0" is SIGTI's: the cese or baja
 * the DIPEM/DIPEC administrator registers (the HR system's alert). Step 1 checks the data and is the approval (four
 * eyes); it chooses the manual's entry branch (accounts → 2, VPN → 5). Step 2 disables the accounts, step 3 records
 * where the mailbox PST was stored, and step 4 closes every account, releases the license seats and returns the
 * equipment to stock, in the move's transaction. Steps 11–17 are the twice-yearly reconciliation with HR's list
 * (step 4 → 11 as written). procedures.md E8.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE})
public class S04030102 implements ProcedureFlow {

    public static final String CODE = "S04.03.01.02";
    private static final String DESK = "MESA";
    private static final String INFRA = "INFRA";
    private static final String CHIEF = "JEFATURA";

    static final ProcedureDefinition FLOW = flow();

    private static ProcedureDefinition flow() {
        ProcedureDefinition.Builder b = ProcedureDefinition.builder(CODE, "MINDEF (Perú)",
                Text.of("Eliminación de cuentas, accesos y privilegios", "Removal of accounts, accesses and"
                        + " privileges"))
            .step("0", of("Registrar el cese o la baja del personal (alerta del sistema de Recursos Humanos)",
                    "Register the person's cese or baja (Human Resources system alert)")).byRequester()
                .output("Alerta de cese o baja").next("1");
        return AccountFields.person(b.step("1", of("Recibir la alerta y verificar los datos (nombre y fecha de"
                + " cese)", "Receive the alert and check the data (name and cese date)")).by(Roles.TECNICO, INFRA))
                .hint("Aprobación: no puede aprobarla la persona interesada ni quien la solicitó.",
                        "Approval: neither the person concerned nor the requester may approve it.")
                .decide("cuentas", of("Eliminar cuentas u otros accesos y privilegios",
                        "Remove accounts or other accesses and privileges"), "2")
                .decide("vpn", of("Eliminar el acceso VPN", "Remove the VPN access"), "5").then()
            .step("2", of("Deshabilitar las cuentas y accesos, retirar permisos y privilegios e informar al"
                    + " Responsable de soporte técnico", "Disable the accounts and accesses, remove permissions and"
                    + " privileges, tell technical support")).by(Roles.TECNICO, INFRA).output("Cuenta deshabilitada")
                .next("3")
            .step("3", of("Crear el PST del buzón del usuario y guardar la copia en el almacenamiento",
                    "Create the mailbox PST and store the copy")).by(Roles.TECNICO, INFRA).output("Copia PST")
                .field(AccountFields.pstLocation()).next("4")
            .step("4", of("Eliminar la cuenta del Active Directory (periódicamente)",
                    "Delete the account from the Active Directory (periodically)")).by(Roles.TECNICO, INFRA)
                .output("Cuenta eliminada del AD")
                .end("eliminar", of("Eliminar y cerrar", "Delete and close"), "SOLVED")
                .decide("conciliacion", of("Eliminar y pasar a la conciliación semestral",
                        "Delete and go on to the semiannual reconciliation"), "11").then()
            .step("5", of("Recibir la alerta, verificar los datos y el inventario VPN, abrir el ticket y asignarlo",
                    "Receive the alert, check the VPN inventory, open the ticket and assign it"))
                .by(Roles.OPERADOR, DESK).output("Ticket").next("6")
            .step("6", of("Verificar si el usuario VPN existe y está activo en el inventario",
                    "Check whether the VPN user exists and is active")).by(Roles.TECNICO, INFRA)
                .decide("activo", of("Existe y está activo", "Exists and is active"), "8")
                .decide("no_existe", of("No existe", "Does not exist"), "7").then()
            .step("7", of("Informar al operador que el usuario VPN no existe", "Tell the operator it does not exist"))
                .by(Roles.TECNICO, INFRA).next("10")
            .step("8", of("Eliminar el usuario VPN, registrar la acción y cerrar el ticket",
                    "Delete the VPN user, register the action and close the ticket")).by(Roles.TECNICO, INFRA)
                .output("Usuario VPN eliminado").next("9")
            .step("9", of("Revisar las acciones, generar el registro de usuarios VPN eliminados y actualizar el"
                    + " inventario general", "Review, generate the register of deleted VPN users, update the"
                    + " inventory")).by(Roles.OPERADOR, DESK).output("Registro; inventario").next("10")
            .step("10", of("Registrar la acción y cerrar el ticket", "Register the action and close the ticket"))
                .by(Roles.OPERADOR, DESK).output("Ticket cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .step("11", of("Elaborar el oficio que pide a la OGRH la relación de altas y bajas",
                    "Draft the oficio asking HR for the list of altas and bajas")).by(Roles.RESPONSABLE, INFRA)
                .output("Oficio (proyecto)").next("12")
            .step("12", of("Remitir el oficio a la OGRH y esperar la relación", "Send the oficio and wait for the"
                    + " list")).by(Roles.JEFE, CHIEF).output("Oficio").next("13")
            .step("13", of("Derivar la relación recibida al coordinador de infraestructura",
                    "Route the list to the infrastructure coordinator")).by(Roles.JEFE, CHIEF).next("14")
            .step("14", of("Comparar la relación de RR. HH. con las cuentas registradas",
                    "Compare HR's list with the registered accounts")).by(Roles.RESPONSABLE, INFRA)
                .output("Conciliación").next("15")
            .step("15", of("Por cada diferencia, crear el PST y eliminar las cuentas, accesos y privilegios",
                    "For each difference, create the PST and delete the accounts")).by(Roles.TECNICO, INFRA)
                .output("PST; eliminaciones").next("16")
            .step("16", of("Elaborar el informe de eliminación de cuentas", "Write the account-removal report"))
                .by(Roles.RESPONSABLE, INFRA).output("Informe de eliminación de cuentas").next("17")
            .step("17", of("Tomar conocimiento", "Take note")).by(Roles.JEFE, CHIEF)
                .end("conocimiento", of("Tomar conocimiento", "Take note"), "SOLVED").then()
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

    @Override
    public void onTransition(Transition t) {
        if (!CODE.equals(t.procedureCode())) {
            return;
        }
        String user = switch (t.fromStep()) {
            case "1", "2", "4", "8" -> cases.order(t, false).username();
            default -> null;
        };
        switch (t.fromStep()) {
            case "1" -> cases.requireOtherApprover(t, cases.order(t, false));
            case "2" -> ledger.disableAll(user, t.caseId(), t.actor().username());
            case "4" -> ledger.closeAll(user, t.caseId(), t.actor().username());
            case "8" -> ledger.closeOn("VPN", user, t.caseId(), t.actor().username());
            default -> {
                // the other steps record what the manual asks; accounts do not change
            }
        }
    }
}
