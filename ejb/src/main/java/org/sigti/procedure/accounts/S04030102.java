package org.sigti.procedure.accounts;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.accounts.AccountLedger;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.02 (MINDEF, Peru): eliminación de cuentas, accesos y privilegios. Step "0" is SIGTI's: the cese or baja
 * the DIPEM/DIPEC administrator registers (the HR system's alert). Step 1 checks the data and is the approval (four
 * eyes); it chooses the manual's entry branch (accounts → 2, VPN → 5). Step 2 disables the accounts and hands the
 * case to the Responsable de soporte técnico (the support queue, as in S04.03.01.01 step 19): step 3 records
 * where the mailbox PST was stored, and step 4 closes every account, releases the license seats and returns the
 * equipment to stock, in the move's transaction. The manual's step 4 goes on "→ 11" (as written, procedures.md F3):
 * steps 11–17, the twice-yearly reconciliation with HR's list, are not part of a person's case but SIGTI's
 * semiannual access review {@link S04030102R}, which the calendar opens twice a year and which opens cases of this
 * procedure for what it revokes; a person's case ends at step 4. Steps 6 and 13 of the VPN branch are checked
 * against the inventory of VPN users (the VPN platform's open accounts). procedures.md E8.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE})
public class S04030102 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.02";
    private static final String DESK = "MESA";
    private static final String INFRA = "INFRA";
    private static final String SUPPORT = "SOPORTE";

    static final ProcedureDefinition FLOW = flow();

    private static ProcedureDefinition flow() {
        ProcedureDefinition.Builder<S04030102> b = ProcedureDefinition.builder(S04030102.class, CODE, "MINDEF (Perú)",
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
                    "Create the mailbox PST and store the copy")).by(Roles.TECNICO, SUPPORT).output("Copia PST")
                .field(AccountFields.pstLocation()).next("4")
            .step("4", of("Eliminar la cuenta del Active Directory (periódicamente)",
                    "Delete the account from the Active Directory (periodically)")).by(Roles.TECNICO, SUPPORT)
                .hint("El manual sigue con el paso 11 (conciliación semestral con RR. HH.): en SIGTI esa conciliación"
                        + " es la revisión semestral de accesos (S04.03.01.02.R), que abre el calendario dos veces al"
                        + " año y vuelve a revisar las cuentas de cada unidad; este caso termina aquí.",
                        "The manual goes on to step 11 (the semiannual reconciliation with HR): in SIGTI that is the"
                        + " semiannual access review (S04.03.01.02.R), opened by the calendar twice a year, which"
                        + " reviews every unit's accounts again; this case ends here.")
                .output("Cuenta eliminada del AD")
                .end("eliminar", of("Eliminar y cerrar", "Delete and close"), "SOLVED").then()
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
            .onComplete(S04030102::requireOtherApprover, java.util.List.of("1"))
            .onComplete(S04030102::disableAccounts, java.util.List.of("2"))
            .onComplete(S04030102::closeAccounts, java.util.List.of("4"))
            .onComplete(S04030102::checkVpnInventory, java.util.List.of("6"))
            .onComplete(S04030102::closeVpnUser, java.util.List.of("8"))
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

    /** Step 1: the cese is verified by someone other than the person concerned and the requester. */
    void requireOtherApprover(Transition t) {
        cases.requireOtherApprover(t, cases.order(t, false));
    }

    /** Step 2: every account of the person is disabled in the ledger. */
    void disableAccounts(Transition t) {
        ledger.disableAll(cases.order(t, false).username(), t.caseId(), t.actor().username());
    }

    /** Step 4: the accounts are deleted. */
    void closeAccounts(Transition t) {
        ledger.closeAll(cases.order(t, false).username(), t.caseId(), t.actor().username());
    }

    /** Step 6: the answer must agree with the inventory of active VPN users. */
    void checkVpnInventory(Transition t) {
        cases.requireVpnInventoryAgrees(t, "activo");
    }

    /** Step 8: the VPN user is deleted. */
    void closeVpnUser(Transition t) {
        ledger.closeOn("VPN", cases.order(t, false).username(), t.caseId(), t.actor().username());
    }
}
