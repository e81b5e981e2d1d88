package org.sigti.procedure.accounts;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.accounts.review.AccessReviewPlanner;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.02.R: the semiannual access review, SIGTI's addition beside the manual's twice-yearly reconciliation with
 * Human Resources' list ({@link S04030102C}, S04.03.01.02 steps 11-17): each unit's Responsable reviews the active
 * accounts of its people, which the manual leaves to the infrastructure coordinator alone. Step "0" is SIGTI's: the
 * semester's calendar opens one case per unit whose people hold active accounts ({@link AccessReviewPlanner} fires an
 * AccessReviewDue, {@link ReviewCases} opens the case); nobody files it by hand. Step "1" goes to the Responsable of
 * that unit (the unit the case recorded), who confirms or revokes each account on the review screen; completing it
 * records the decisions and opens one S04.03.01.02 removal case per person with a revoked account.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030102R extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.02.R";
    /** The way out of step 1. */
    public static final String REVIEWED = "revisada";
    /** Start-step fields: the reviewed unit and the semester. */
    public static final String UNIT = AccessReviewPlanner.UNIT_FIELD;
    public static final String SEMESTER = AccessReviewPlanner.SEMESTER_FIELD;

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030102R.class, CODE, "MINDEF (Perú)",
            Text.of("Revisión semestral de accesos", "Semiannual access review"))
        // opened by the calendar only; its start step is in a queue no person serves
        .startedBySystemOnly()
        .step("0", of("Abrir la revisión semestral de accesos de la unidad (calendario de SIGTI)",
                "Open the unit's semiannual access review (SIGTI's calendar)"))
            .by(Roles.JEFE, "SIGTI").output("Revisión de accesos").next("1")
        .step("1", of("Revisar las cuentas activas de la unidad: confirmar o revocar cada una",
                "Review the unit's active accounts: confirm or revoke each one"))
            .byUnitIn(Roles.RESPONSABLE, UNIT)
            .hint("Nadie confirma sus propias cuentas (control de cuatro ojos). Cada revocación abre un caso"
                    + " S04.03.01.02 de eliminación de cuentas.", "Nobody confirms their own accounts (four eyes)."
                    + " Each revocation opens an S04.03.01.02 account-removal case.")
            .output("Decisiones de la revisión; casos de eliminación")
            .end(REVIEWED, of("Completar la revisión", "Complete the review"), "SOLVED").then()
        .onComplete(S04030102R::completeReview, java.util.List.of("1"))
        .build();

    @Inject
    AccessReviewPlanner planner;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 1: every account of the unit was confirmed or revoked; revocations open their removal cases. */
    void completeReview(Transition t) {
        planner.complete(t);
    }
}
