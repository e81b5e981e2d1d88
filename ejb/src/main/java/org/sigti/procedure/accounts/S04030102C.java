package org.sigti.procedure.accounts;

import static org.sigti.workflow.flow.Text.of;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.accounts.AccountLedger;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.02 steps 11-17 (MINDEF, Peru), "2 veces al año": the reconciliation of every account with the list of
 * altas and bajas the OGRH sends. They reconcile all of MINDEF, not one person, so they are a case of their own that
 * SIGTI's semester calendar opens twice a year ({@link ReviewCases}, once per semester); the person's removal case
 * ({@link S04030102}) ends after its branches. Step "0" is SIGTI's opening. As written: the infrastructure
 * coordinator drafts the oficio to the OGRH (11), the Jefe sends it through SISTRADOC (12) and, when the DGRRHH's
 * list arrives, routes it to the coordinator (13). The OGRH does not use SIGTI: the Jefe records the list received at
 * step 13 with the list attached to the case. The coordinator compares it with the accounts (14) and names the bajas
 * that still hold accounts; the Profesional stores their mailbox PST and deletes those accounts (15, in the move's
 * transaction); the coordinator writes the Informe de eliminación de cuentas listing them (16) and the Jefe takes note
 * (17). procedures.md E8 and S3 row 22. SIGTI's per-unit access review ({@link S04030102R}) runs beside it.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030102C extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.02.C";
    /** Start-step field: the semester reconciled. */
    public static final String SEMESTER = "semestre";
    static final String OFICIO = "oficio_ogrh";
    static final String HR_LIST = "listado_rrhh";
    static final String TO_DELETE = "cuentas_por_eliminar";
    static final String REPORT_NUMBER = "informe_numero";
    static final String REPORT_ACCOUNTS = "informe_cuentas";
    /** The ways out of step 14. */
    static final String DIFFERENCES = "diferencias";
    static final String NO_DIFFERENCES = "sin_diferencias";
    private static final String INFRA = "INFRA";
    private static final String CHIEF = "JEFATURA";

    private static final FieldDefinition OFICIO_FIELD = FieldDefinition.text(OFICIO, Text.of("Número del oficio a la"
            + " OGRH (proyecto en SISTRADOC)", "Number of the oficio to the OGRH (draft in SISTRADOC)"), true);
    private static final FieldDefinition HR_LIST_FIELD = FieldDefinition.text(HR_LIST, Text.of("Documento de la"
            + " DGRRHH con el listado de altas y bajas (número; adjunte el listado al caso)", "DGRRHH document with the"
            + " list of altas and bajas (number; attach the list to the case)"), true);
    private static final FieldDefinition TO_DELETE_FIELD = FieldDefinition.longText(TO_DELETE, Text.of("Usuarios de"
            + " red dados de baja que aún tienen cuentas (separados por comas; vacío si no hay diferencias)",
            "Network user names of bajas that still hold accounts (comma-separated; empty if there are no"
            + " differences)"), false);
    private static final FieldDefinition REPORT_NUMBER_FIELD = FieldDefinition.text(REPORT_NUMBER, Text.of("Número"
            + " del Informe de eliminación de cuentas", "Number of the Informe de eliminación de cuentas"), true);
    private static final FieldDefinition REPORT_ACCOUNTS_FIELD = FieldDefinition.longText(REPORT_ACCOUNTS, Text.of(
            "Listado de las cuentas, accesos y privilegios eliminados (usuario y plataformas)", "List of the"
            + " accounts, accesses and privileges deleted (user name and platforms)"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030102C.class, CODE, "MINDEF (Perú)",
            Text.of("Conciliación semestral de cuentas con el listado de altas y bajas de la OGRH",
                    "Semiannual reconciliation of accounts with the OGRH's list of altas and bajas"))
        // opened by the calendar only; its start step is in a queue no person serves
        .startedBySystemOnly()
        .step("0", of("Abrir la conciliación semestral (calendario de SIGTI: dos veces al año)",
                "Open the semiannual reconciliation (SIGTI's calendar: twice a year)"))
            .by(Roles.JEFE, "SIGTI").output("Conciliación semestral").next("11")
        .step("11", of("Proyectar el oficio que solicita a la OGRH el listado de altas y bajas del MINDEF"
                + " (SISTRADOC)", "Draft the oficio asking the OGRH for MINDEF's list of altas and bajas (SISTRADOC)"))
            .by(Roles.RESPONSABLE, INFRA).field(OFICIO_FIELD).output("Oficio (proyecto)").next("12")
        .step("12", of("Remitir el oficio a la OGRH por SISTRADOC y esperar el listado de altas y bajas de la"
                + " DGRRHH", "Send the oficio to the OGRH through SISTRADOC and wait for the DGRRHH's list"))
            .by(Roles.JEFE, CHIEF).output("Oficio remitido").next("13")
        .step("13", of("Recibir el listado de altas y bajas de la DGRRHH y derivarlo al Responsable de la"
                + " coordinación del equipo de infraestructura tecnológica (SISTRADOC)", "Receive the DGRRHH's list of"
                + " altas and bajas and route it to the infrastructure team coordinator (SISTRADOC)"))
            .by(Roles.JEFE, CHIEF).field(HR_LIST_FIELD)
            .hint("La OGRH no usa SIGTI: al llegar su listado, adjúntelo al caso y registre aquí su número.",
                    "The OGRH does not use SIGTI: when its list arrives, attach it to the case and record its number"
                    + " here.")
            .output("Listado de altas y bajas (adjunto)").onComplete(S04030102C::requireHrList).next("14")
        .step("14", of("Validar las altas y bajas de todo el MINDEF: contrastar el listado de la DGRRHH con las"
                + " cuentas registradas", "Validate the altas and bajas of all MINDEF: compare the DGRRHH's list with"
                + " the registered accounts"))
            .by(Roles.RESPONSABLE, INFRA).field(TO_DELETE_FIELD)
            .hint("Las cuentas registradas están en Inventario y cuentas > Cuentas; anote los usuarios dados de baja"
                    + " en el listado que aún tienen cuentas abiertas.", "The registered accounts are under Inventory"
                    + " and accounts > Accounts; name the users the list gives as bajas who still hold open accounts.")
            .output("Conciliación")
            .decide(DIFFERENCES, of("Hay diferencias: eliminar sus cuentas (paso 15)", "Differences: delete their"
                    + " accounts (step 15)"), "15")
            .decide(NO_DIFFERENCES, of("Sin diferencias: elaborar el informe (paso 16)", "No differences: write"
                    + " the report (step 16)"), "16")
            .onComplete(S04030102C::checkDifferences, TO_DELETE_FIELD).then()
        .step("15", of("Crear el PST del buzón de cada usuario dado de baja, guardarlo en el almacenamiento y eliminar"
                + " las cuentas, accesos y privilegios que no se eliminaron", "Store each baja's mailbox PST and"
                + " delete the accounts, accesses and privileges not yet deleted"))
            .by(Roles.TECNICO, INFRA).field(AccountFields.pstLocation()).output("Copias PST; cuentas eliminadas")
            .onComplete(S04030102C::deleteDifferences, TO_DELETE_FIELD).next("16")
        .step("16", of("Elaborar el Informe de eliminación de cuentas con el listado de las cuentas, accesos y"
                + " privilegios eliminados", "Write the Informe de eliminación de cuentas with the list of the"
                + " accounts, accesses and privileges deleted"))
            .by(Roles.RESPONSABLE, INFRA).field(REPORT_NUMBER_FIELD).field(REPORT_ACCOUNTS_FIELD)
            .output("Informe de eliminación de cuentas")
            .onComplete(S04030102C::requireEveryDeletionListed, REPORT_ACCOUNTS_FIELD).next("17")
        .step("17", of("Tomar conocimiento del Informe de eliminación de cuentas",
                "Take note of the Informe de eliminación de cuentas")).by(Roles.JEFE, CHIEF)
            .output("Toma de conocimiento")
            .end("conocimiento", of("Tomar conocimiento y cerrar", "Take note and close"), "SOLVED").then()
        .build();

    @Inject
    AccountLedger ledger;

    @Inject
    AccountCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 13: the list the DGRRHH sent is attached to the case. */
    void requireHrList(Transition t) {
        if (!cases.hasAttachment(t.caseId())) {
            throw new WorkflowException("accounts.reconciliation.listMissing", t.caseNumber());
        }
    }

    /** Step 14: "differences" names the bajas that still hold accounts, each one with an open account. */
    void checkDifferences(Transition t) {
        Set<String> users = users(t.fields().get(TO_DELETE));
        if (NO_DIFFERENCES.equals(t.outcome())) {
            if (!users.isEmpty()) {
                throw new WorkflowException("accounts.reconciliation.differencesNamed", t.caseNumber());
            }
            return;
        }
        if (users.isEmpty()) {
            throw new WorkflowException("accounts.reconciliation.noDifferences", t.caseNumber());
        }
        for (String user : users) {
            if (!ledger.holdsOpenAccounts(user)) {
                throw new WorkflowException("accounts.reconciliation.noAccounts", user);
            }
        }
    }

    /** Step 15: every account the bajas still hold is closed, their seats released and their equipment returned. */
    void deleteDifferences(Transition t) {
        for (String user : users(cases.value(t, TO_DELETE))) {
            ledger.closeAll(user, t.caseId(), t.actor().username());
        }
    }

    /** Step 16: the Informe names every person whose accounts this case deleted. */
    void requireEveryDeletionListed(Transition t) {
        String report = t.fields().getOrDefault(REPORT_ACCOUNTS, "").toLowerCase(Locale.ROOT);
        List<String> missing = ledger.closedBy(t.caseId()).stream()
                .filter(user -> !report.contains(user.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            throw new WorkflowException("accounts.reconciliation.reportIncomplete", String.join(", ", missing));
        }
    }

    private static Set<String> users(String list) {
        Set<String> users = new LinkedHashSet<>();
        if (list != null) {
            Arrays.stream(list.split("[,;\\s]+")).map(String::strip).filter(u -> !u.isEmpty()).forEach(users::add);
        }
        return users;
    }
}
