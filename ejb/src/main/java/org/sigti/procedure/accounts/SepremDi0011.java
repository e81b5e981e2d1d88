package org.sigti.procedure.accounts;

import static org.sigti.workflow.flow.Text.of;

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
 * SEPREM-DI-001.1 (SEPREM, Guatemala): altas y bajas de usuarios en las distintas plataformas, only at the request of
 * the Dirección de Recursos Humanos or the Autoridades ("Este procedimiento se realiza exclusivamente a requerimiento
 * de la Dirección de Recursos Humanos o Autoridades"): only the roles RRHH and Autoridad file it, and the kernel refuses
 * and audits anyone else. Step "0" is SIGTI's: the request filed by HR. The Jefe de
 * Infraestructura's step 2 is the approval (four eyes: not the person concerned, not the requester). An alta's
 * accounts, seats and equipment are written when step 3 ends; a baja closes the accounts, releases the seats and
 * returns the equipment when step 8 closes the case, after step 7 recorded where the user's data were copied.
 * Uncommon privileges are not granted here: they need the Secretario General's authorization (S04.03.01.01).
 * procedures.md C1.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0011 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-001.1";
    private static final String ASSISTANT = "DI-ASIST";
    private static final String INFRA = "DI-INFRA";

    static final ProcedureDefinition FLOW = flow();

    private static ProcedureDefinition flow() {
        ProcedureDefinition.Builder<SepremDi0011> b = ProcedureDefinition.builder(SepremDi0011.class, CODE, "SEPREM (Guatemala)",
                Text.of("Altas y bajas de usuarios", "User onboarding and offboarding"))
            .mailTemplates("org.sigti.procedure.accounts.mail")
            .startedBy(Roles.RRHH, Roles.AUTORIDAD)
            .step("0", of("Solicitar el alta o la baja (Dirección de Recursos Humanos o Autoridad Superior)",
                    "Request the alta or baja (Human Resources or the Autoridad Superior)")).byRequester()
                .output("Solicitud de alta o baja").next("1");
        b = AccountFields.order(b.step("1", of("Recibir la solicitud de alta o baja y asignarla al Jefe de"
                + " Infraestructura", "Receive the request and assign it to the Jefe de Infraestructura"))
                .by(Roles.OPERADOR, ASSISTANT).field(AccountFields.kind()), true)
                .hint("Registre a la persona, las plataformas y los privilegios que pide la solicitud.",
                        "Record the person, platforms and privileges the request asks for.").next("2");
        return b.step("2", of("Recibir la solicitud e identificar las acciones necesarias",
                    "Receive the request and identify the actions needed")).by(Roles.RESPONSABLE, INFRA)
                .hint("Aprobación: no puede aprobarla la persona interesada ni quien la solicitó.",
                        "Approval: neither the person concerned nor the requester may approve it.").next("3")
            .step("3", of("Ejecutar la solicitud en las plataformas institucionales, asignar contraseñas nuevas y"
                    + " trasladarla al Técnico de Infraestructura", "Execute the request on the platforms, assign new"
                    + " passwords and hand it to the Técnico de Infraestructura")).by(Roles.RESPONSABLE, INFRA)
                .decide("alta", of("Alta: cuentas creadas", "Alta: accounts created"), "4")
                .decide("baja", of("Baja", "Baja"), "6").then()
            .step("4", of("Entregar las credenciales de acceso al usuario y apoyar el acceso y la configuración"
                    + " inicial", "Deliver the credentials and help with access and initial configuration"))
                .by(Roles.TECNICO, INFRA).next("5")
            .step("5", of("Asistir al usuario en el primer ingreso, verificar privilegios y niveles de acceso e"
                    + " informar los canales de soporte", "Assist the first login, check privileges and access"
                    + " levels, tell the support channels")).by(Roles.TECNICO, INFRA).next("8")
            .step("6", of("Notificar al usuario el proceso en curso", "Notify the user of the process under way"))
                .by(Roles.TECNICO, INFRA)
                .mails("bajaNotice", Recipient.personIn(AccountFields.ORDER.username()))
                .next("7")
            .step("7", of("Respaldar la información del equipo y servicios asignados al usuario y entregarla al jefe"
                    + " del departamento o unidad", "Back up the user's equipment and services and hand the copy to"
                    + " the head of unit")).by(Roles.TECNICO, INFRA).output("Copia de respaldo entregada")
                .field(AccountFields.copyLocation()).field(AccountFields.copyHandedTo()).next("8")
            .step("8", of("Registrar el caso en el formulario electrónico e informar a la Dirección de Informática",
                    "Register the case in the electronic form and report to the Dirección de Informática"))
                .by(Roles.TECNICO, INFRA).output("Registro en formulario electrónico")
                .mails("altaBajaReport", Recipient.role(Roles.JEFE, "JEFATURA"))
                .end("registrar", of("Registrar y cerrar", "Register and close"), "SOLVED").then()
            .onComplete(SepremDi0011::checkRequest, java.util.List.of("1"), AccountFields.kind())
            .onComplete(SepremDi0011::requireOtherApprover, java.util.List.of("2"))
            .onComplete(SepremDi0011::execute, java.util.List.of("3"))
            .onComplete(SepremDi0011::closeOnBaja, java.util.List.of("8"))
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

    /** Step 1: an alta's accounts must not exist yet, a baja's must. */
    void checkRequest(Transition t) {
        boolean alta = AccountFields.ALTA.equals(t.value(AccountFields.kind()));
        ledger.check(AccountOrder.parse(AccountFields.ORDER, t.fields(), alta), t.caseId(), false, alta);
    }

    /** Step 2: identified by someone other than the person concerned and the requester. */
    void requireOtherApprover(Transition t) {
        cases.requireOtherApprover(t, cases.order(t, false));
    }

    /** Step 3: the way out must be the request's kind; an alta opens the accounts. */
    void execute(Transition t) {
        String kind = cases.value(t, AccountFields.KIND);
        if (!t.outcome().equalsIgnoreCase(kind)) {
            throw new WorkflowException("accounts.kind.mismatch", t.caseNumber(), String.valueOf(kind));
        }
        if (t.took("alta")) {
            ledger.open(cases.order(t, true), t.caseId(), t.actor().username(), false);
        }
    }

    /** Step 8: a baja's accounts are closed when the case is registered. */
    void closeOnBaja(Transition t) {
        if (AccountFields.BAJA.equals(cases.value(t, AccountFields.KIND))) {
            ledger.closeAll(cases.order(t, false).username(), t.caseId(), t.actor().username());
        }
    }
}
