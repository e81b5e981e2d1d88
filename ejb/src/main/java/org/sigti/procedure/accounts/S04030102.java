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
 * the DIPEM/DIPEC administrator registers (the HR system's alert), so only HR (role RRHH) and the authorities file
 * it; the kernel refuses and audits anyone else. The manual sends that one alert both to the
 * Profesional (step 1, accounts) and to the help desk (step 5, VPN): its "Inicio" names the two entries, and a person
 * who leaves loses both, so the case forks at step 0 and the two branches run at once, each on its own accounts (the
 * VPN user is the VPN branch's). Accounts: step 1 checks the data and is the approval (four eyes), step 2 disables the
 * accounts and hands the case to the Responsable de soporte técnico (the support queue, as in S04.03.01.01 step 19),
 * step 3 records where the mailbox PST was stored, and step 4 closes every account, releases the license seats and
 * returns the equipment to stock, in the move's transaction. VPN: the help desk opens the ticket (5) and the
 * cybersecurity team's Técnico Informático Especialista checks the VPN user against the inventory of VPN users (the
 * VPN platform's open accounts) and deletes it (6-8); the desk keeps the register (9) and closes the ticket (10).
 * SIGTI's step "10.F" waits for both branches and closes the case. The manual's step 4 goes on "→ 11", but steps 11-17
 * are marked "2 veces al año" and reconcile all of MINDEF with the OGRH's list: they are the semiannual case {@link
 * S04030102C}, which the calendar opens twice a year, not part of a person's case. procedures.md E8.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030102 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.02";
    private static final String DESK = "MESA";
    private static final String INFRA = "INFRA";
    private static final String SUPPORT = "SOPORTE";
    /** The cybersecurity team, whose Técnico Informático Especialista handles VPN users (steps 6-8). */
    private static final String CYBER = "CIBER";
    /** SIGTI's step where the accounts and VPN branches meet. */
    static final String JOIN = "10.F";
    private static final String VPN = "VPN";
    /** The platforms the VPN branch removes, which the accounts branch leaves alone. */
    private static final java.util.Set<String> VPN_BRANCH = java.util.Set.of(VPN);

    private static final String APPROVAL_ES = "Aprobación: no puede aprobarla la persona interesada ni quien la"
            + " solicitó.";
    private static final String APPROVAL_EN = "Approval: neither the person concerned nor the requester may approve"
            + " it.";

    static final ProcedureDefinition FLOW = flow();

    private static ProcedureDefinition flow() {
        ProcedureDefinition.Builder<S04030102> b = ProcedureDefinition.builder(S04030102.class, CODE, "MINDEF (Perú)",
                Text.of("Eliminación de cuentas, accesos y privilegios", "Removal of accounts, accesses and"
                        + " privileges"))
            .startedBy(Roles.RRHH, Roles.AUTORIDAD)
            .step("0", of("Registrar el cese o la baja del personal (alerta del sistema de Recursos Humanos)",
                    "Register the person's cese or baja (Human Resources system alert)")).byRequester()
                .output("Alerta de cese o baja")
                .fork("alerta", of("Registrar el cese: la alerta llega a la vez al Profesional (cuentas, paso 1) y"
                        + " a la mesa de ayuda (VPN, paso 5)", "Register the cese: the alert reaches the Profesional"
                        + " (accounts, step 1) and the help desk (VPN, step 5) at once"), "1", "5").then();
        b = AccountFields.person(b.step("1", of("Recibir la alerta y verificar los datos (nombre y fecha de cese)",
                "Receive the alert and check the data (name and cese date)")).by(Roles.TECNICO, INFRA))
                .hint(APPROVAL_ES, APPROVAL_EN)
                .next("2")
            .step("2", of("Deshabilitar las cuentas y accesos, retirar permisos y privilegios e informar al"
                    + " Responsable de soporte técnico", "Disable the accounts and accesses, remove permissions and"
                    + " privileges, tell technical support")).by(Roles.TECNICO, INFRA).output("Cuenta deshabilitada")
                .next("3")
            .step("3", of("Crear el PST del buzón del usuario y guardar la copia en el almacenamiento",
                    "Create the mailbox PST and store the copy")).by(Roles.TECNICO, SUPPORT).output("Copia PST")
                .field(AccountFields.pstLocation()).next("4")
            .step("4", of("Eliminar la cuenta del Active Directory (periódicamente)",
                    "Delete the account from the Active Directory (periodically)")).by(Roles.TECNICO, SUPPORT)
                .hint("El manual sigue con el paso 11, que se hace dos veces al año: la conciliación con el listado"
                        + " de altas y bajas de la OGRH (pasos 11-17) es su propio caso semestral ("
                        + S04030102C.CODE + "), que abre el calendario de SIGTI. Este caso espera en el paso 10.F a"
                        + " que termine la rama VPN.", "The manual goes on to step 11, done twice a year: the"
                        + " reconciliation with the OGRH's list of altas and bajas (steps 11-17) is its own semiannual"
                        + " case (" + S04030102C.CODE + "), opened by SIGTI's calendar. This case waits at step 10.F"
                        + " for the VPN branch.")
                .output("Cuenta eliminada del AD").next(JOIN);
        b = AccountFields.person(b.step("5", of("Recibir la alerta, verificar los datos y el inventario VPN, abrir el"
                + " ticket y asignarlo", "Receive the alert, check the VPN inventory, open the ticket and assign it"))
                .by(Roles.OPERADOR, DESK)).hint(APPROVAL_ES, APPROVAL_EN).output("Ticket").next("6");
        return b
            .step("6", of("Verificar si el usuario VPN existe y está activo en el inventario",
                    "Check whether the VPN user exists and is active")).by(Roles.TECNICO, CYBER)
                .decide("activo", of("Existe y está activo", "Exists and is active"), "8")
                .decide("no_existe", of("No existe", "Does not exist"), "7").then()
            .step("7", of("Informar al operador que el usuario VPN no existe", "Tell the operator it does not exist"))
                .by(Roles.TECNICO, CYBER).next("10")
            .step("8", of("Eliminar el usuario VPN, registrar la acción y cerrar el ticket",
                    "Delete the VPN user, register the action and close the ticket")).by(Roles.TECNICO, CYBER)
                .output("Usuario VPN eliminado").next("9")
            .step("9", of("Revisar las acciones, generar el registro de usuarios VPN eliminados y actualizar el"
                    + " inventario general", "Review, generate the register of deleted VPN users, update the"
                    + " inventory")).by(Roles.OPERADOR, DESK).output("Registro; inventario").next("10")
            .step("10", of("Registrar la acción y cerrar el ticket", "Register the action and close the ticket"))
                .by(Roles.OPERADOR, DESK).output("Ticket cerrado").next(JOIN)
            .step(JOIN, of("Cerrar la atención del cese cuando las cuentas y el acceso VPN se eliminaron",
                    "Close the cese once the accounts and the VPN access are removed")).by(Roles.OPERADOR, DESK)
                .join()
                .hint("Paso de SIGTI: la alerta de cese abre a la vez la rama de cuentas (pasos 1-4) y la de VPN"
                        + " (pasos 5-10); el manual no dice dónde se juntan, y este paso espera a que ambas terminen"
                        + " para cerrar el caso.", "SIGTI's step: the cese alert opens the accounts branch (steps 1-4)"
                        + " and the VPN branch (steps 5-10) at once; the manual does not say where they meet, and this"
                        + " step waits for both before closing the case.")
                .output("Caso cerrado")
                .end("cerrar", of("Cerrar el caso", "Close the case"), "SOLVED").then()
            .onComplete(S04030102::requireOtherApprover, java.util.List.of("1", "5"))
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

    /** Steps 1 and 5: the cese is verified by someone other than the person concerned and the requester. */
    void requireOtherApprover(Transition t) {
        cases.requireOtherApprover(t, cases.order(t, false));
    }

    /** Step 2: every account of the person is disabled in the ledger, but the VPN user (the VPN branch's). */
    void disableAccounts(Transition t) {
        ledger.disableAllBut(cases.order(t, false).username(), VPN_BRANCH, t.caseId(), t.actor().username());
    }

    /** Step 4: the accounts are deleted, but the VPN user (the VPN branch deletes it at step 8). */
    void closeAccounts(Transition t) {
        ledger.closeAllBut(cases.order(t, false).username(), VPN_BRANCH, t.caseId(), t.actor().username());
    }

    /** Step 6: the answer must agree with the inventory of active VPN users. */
    void checkVpnInventory(Transition t) {
        cases.requireVpnInventoryAgrees(t, "activo");
    }

    /** Step 8: the VPN user is deleted. */
    void closeVpnUser(Transition t) {
        ledger.closeOn(VPN, cases.order(t, false).username(), t.caseId(), t.actor().username());
    }
}
