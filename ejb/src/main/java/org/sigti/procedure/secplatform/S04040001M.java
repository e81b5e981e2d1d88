package org.sigti.procedure.secplatform;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.04.00.01 steps 10-12 (MINDEF, Peru) on the manual's monthly schedule ("generar back up de cada sistema de manera
 * mensual"): the backup of one security platform for one month is a case of its own that SIGTI's calendar opens on
 * the month's first day for every active platform of the register ({@link PlatformBackupCases}), waiting at step 10
 * in the inbox of the platform's primary administrator (or of the cybersecurity team). Step "0" is SIGTI's opening.
 * Steps 10-12 are those of the procedure's backup branch ({@link PlatformProcedure#backupSteps}); a técnico may still
 * take that branch from step 4 of {@link S04040001} at any other time.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04040001M extends PlatformProcedure implements ProcedureFlow {

    public static final String CODE = "S04.04.00.01.M";
    /** Start-step field: the month backed up (yyyy-MM). */
    static final FieldDefinition MONTH = FieldDefinition.text("mes", Text.of("Mes del back up (aaaa-mm)",
            "Month of the backup (yyyy-mm)"), false);

    static final ProcedureDefinition FLOW = backupSteps(ProcedureDefinition.builder(S04040001M.class, CODE,
            "MINDEF (Perú)", Text.of("Back up mensual de una plataforma de seguridad informática",
                    "Monthly backup of a security platform"))
        // opened by the calendar only; its start step is in a queue no person serves
        .startedBySystemOnly()
        .step("0", of("Abrir el back up mensual de la plataforma (calendario de SIGTI: una vez al mes)",
                "Open the platform's monthly backup (SIGTI's calendar: once a month)"))
            .by(Roles.JEFE, "SIGTI").output("Back up mensual").field(PLATFORM).field(MONTH).next("10"))
        .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
