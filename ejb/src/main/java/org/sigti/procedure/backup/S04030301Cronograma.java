package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * S04.03.03.01.C: steps 1–3 of S04.03.03.01 (procedures.md E14), the annual cronograma of the configuration backups
 * (Formato N°01 SGSI-FOR-026), once a year and not per date: the Profesional técnico en redes opens the year's case
 * (0, SIGTI's), drafts, attaches and sends the cronograma by e-mail (1), the infrastructure coordinator reviews,
 * signs, authorizes and sends it to the Jefe (2), who takes note (3). The scheduled dates open their cases at step 4
 * ({@link S04030301}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class S04030301Cronograma extends AnnualCronograma implements ProcedureFlow {

    public static final String CODE = S04030301.CODE + ".C";

    static final ProcedureDefinition FLOW = drafted(S04030301Cronograma.class, CODE,
            of("Cronograma anual de respaldo de configuración de la central telefónica",
                    "Annual configuration backup schedule of the telephone exchange"),
            of("Definir, elaborar y comunicar el cronograma anual de respaldo de configuración de la central"
                    + " telefónica (Formato N°01) al coordinador de infraestructura", "Write and send the annual"
                    + " configuration backup schedule (Form 01) to the infrastructure coordinator"))
            .step("2", of("Revisar, firmar y autorizar el cronograma; remitirlo al Jefe",
                    "Review, sign and authorize the schedule; send it to the Jefe")).by(Roles.RESPONSABLE, INFRA)
                .output("Cronograma firmado").next("3")
            .step("3", of("Tomar conocimiento del cronograma", "Take note of the schedule")).by(Roles.JEFE, "JEFATURA")
                .hint("Llegada cada fecha del cronograma, el calendario de SIGTI abre su caso en el paso 4.",
                        "On each date of the schedule, SIGTI's calendar opens its case at step 4.")
                .end("tomar_nota", of("Tomar conocimiento", "Take note"), "NOTED").then()
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
