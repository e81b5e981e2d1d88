package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * S04.03.02.01.C: steps 1–2 of S04.03.02.01 (procedures.md E12), the annual backup cronograma (Formato N°01
 * SGSI-FOR-026), written and signed once a year and not per run: the Profesional para la OGTIE opens the year's case
 * (0, SIGTI's), drafts, attaches and sends the cronograma (1), and the infrastructure coordinator reviews, signs and
 * authorizes it (2). The runs the backup schedules open start after it, at step 3 ({@link S04030201}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class S04030201Cronograma extends AnnualCronograma implements ProcedureFlow {

    public static final String CODE = S04030201.CODE + ".C";

    static final ProcedureDefinition FLOW = drafted(S04030201Cronograma.class, CODE,
            of("Cronograma anual de respaldo de la información", "Annual information backup schedule"),
            of("Definir, elaborar y comunicar el cronograma anual de respaldo de la información (Formato N°01) al"
                    + " coordinador de infraestructura", "Write and send the annual backup schedule (Form 01) to the"
                    + " infrastructure coordinator"))
            .step("2", of("Revisar, firmar y autorizar el cronograma de respaldo de la información",
                    "Review, sign and authorize the backup schedule")).by(Roles.RESPONSABLE, INFRA)
                .output("Cronograma firmado")
                .hint("Con el cronograma firmado, los calendarios de respaldo de SIGTI abren cada ejecución en el paso"
                        + " 3.", "With the schedule signed, SIGTI's backup schedules open each run at step 3.")
                .end("firmar", of("Firmar y autorizar el cronograma", "Sign and authorize the schedule"), "SIGNED")
                .then()
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
