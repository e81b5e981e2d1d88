package org.sigti.procedure.maintenance;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sigti.inventory.ItSystem;
import org.sigti.maintenance.PlanKind;
import org.sigti.maintenance.SemesterPlanInstitution;
import org.sigti.maintenance.SemesterWorkDue;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;

/**
 * DPG/ESIN-PRO-5's semiannual work per active system, opened by SIGTI for the semester's plan in the plan run's
 * transaction: the preventive maintenance ({@link DpgEsinPro5a}) and the security evaluation
 * ({@link DpgEsinPro5Seg}), with the system and the semester as fields. The plans are the Defensoría's, whose
 * manual keeps them: SIGTI plans its systems and shows the plans to its people only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SemesterCases implements SemesterPlanInstitution {

    /** The start step's record of the system a case is for, by its code. */
    static final String SYSTEM = "sistema";

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    /** The institution of DPG/ESIN-PRO-5 (the Defensoría del Pueblo, DP). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS) // read only; asked outside a plan run too (the menu, a refusal)
    public String code() {
        return engine.institutionOf(procedures.definition(DpgEsinPro5a.CODE));
    }

    void open(@Observes SemesterWorkDue due) {
        if (due.kind() == PlanKind.PREVENTIVE) {
            open(due, DpgEsinPro5a.CODE, "Mantenimiento preventivo ");
        } else if (due.kind() == PlanKind.SECURITY) {
            open(due, DpgEsinPro5Seg.CODE, "Evaluación de seguridad ");
        }
    }

    private void open(SemesterWorkDue due, String procedure, String titlePrefix) {
        ItSystem system = due.system();
        String title = titlePrefix + due.semester().code() + ": " + system.getCode() + " — " + system.getName();
        String description = "Semestre " + due.semester().code() + " (" + due.semester().firstDay() + " a "
                + due.semester().lastDay() + "). Sistema " + system.getCode() + ": " + system.getName()
                + " (criticidad " + system.getCriticality() + ").";
        due.opened(engine.startBySystem(procedure, title.length() <= WorkCase.TITLE_MAXLENGTH ? title
                : title.substring(0, WorkCase.TITLE_MAXLENGTH), description, due.onBehalfOf(), null,
                Map.of(SYSTEM, system.getCode(), "semestre", due.semester().code())));
    }
}
