package org.sigti.procedure.secplatform;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sigti.secplatform.PlatformBackupDue;
import org.sigti.secplatform.SecurityPlatform;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * The typed entry point through which the monthly calendar of the security platforms opens S04.04.00.01's backup
 * cases ({@link S04040001M}), in the calendar run's transaction: one per platform and month, with the platform and the
 * month as start-step fields, offered to the platform's primary administrator (the cybersecurity team's queue when
 * they are not a técnico of it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlatformBackupCases {

    @Inject
    CaseEngine engine;

    void open(@Observes PlatformBackupDue due) {
        SecurityPlatform p = due.platform();
        String title = "Back up mensual " + due.month() + ": " + p.getCode() + " — " + p.getName();
        String description = "Generar el back up de la plataforma de seguridad informática " + p.getName() + " ("
                + p.getCode() + ", " + p.getLocation() + ") del mes " + due.month() + " y almacenarlo en el servidor"
                + " virtual (S04.04.00.01, actividad 10).";
        due.opened(engine.startBySystem(S04040001M.CODE, title.length() <= WorkCase.TITLE_MAXLENGTH ? title
                : title.substring(0, WorkCase.TITLE_MAXLENGTH), description, due.onBehalfOf(), p.getPrimaryAdmin(),
                Map.of(PlatformProcedure.PLATFORM.name(), p.getCode(), S04040001M.MONTH.name(),
                        due.month().toString())));
    }
}
