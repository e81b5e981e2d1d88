package org.sigti.procedure.maintenance;

import java.util.List;

import org.sigti.security.Roles;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * The checklists of DPG/ESIN-PRO-5's semiannual sub-procedures: each task of the manual is one field answered
 * "Realizado", "No aplica" or "Con observaciones", plus the observations.
 */
final class Checklist {

    /** The pseudo-role of a step only the clock completes: no person holds it, so nobody files these by hand. */
    static final String CLOCK = "SIGTI";
    static final String ESIN = "ESIN";
    static final String JEFATURA = "JEFATURA";

    private static final List<Option> ANSWERS = List.of(new Option("REALIZADO", Text.of("Realizado", "Done")),
            new Option("NO_APLICA", Text.of("No aplica", "Not applicable")),
            new Option("OBSERVADO", Text.of("Con observaciones", "With observations")));

    private Checklist() {
    }

    /** Step 0: SIGTI's, completed by the semester's timer. */
    static <P> ProcedureDefinition.Builder<P> planned(ProcedureDefinition.Builder<P> b, Text title) {
        return b.step("0", title).by(CLOCK, JEFATURA)
                .hint("Paso de SIGTI: el calendario semestral abre un caso por sistema activo.",
                        "SIGTI's step: the semiannual calendar opens one case per active system.").next("1");
    }

    /** Step 2: the Responsable de ESIN verifies (END DONE, the indicator's "ejecutado") or returns it (↺ 1). */
    static <P> ProcedureDefinition.Builder<P> verified(ProcedureDefinition.Builder<P> b, Text title, String output,
            Text done) {
        return b.step("2", title).by(Roles.RESPONSABLE, ESIN).output(output)
                .end("conforme", done, "DONE")
                .loop("devolver", Text.of("Observado: devolver al técnico", "Observed: back to the technician"), "1")
                .then();
    }

    static FieldDefinition task(String name, String es, String en) {
        return FieldDefinition.choice(name, Text.of(es, en), true, ANSWERS);
    }

    static FieldDefinition observations() {
        return FieldDefinition.longText("observaciones", Text.of("Observaciones y acciones tomadas",
                "Observations and actions taken"), false);
    }
}
