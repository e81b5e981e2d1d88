package org.sigti.procedure.backup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.maintenance.PlanKind;
import org.sigti.maintenance.SemesterWorkDue;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * The semiannual reports of the backup procedures, opened by SIGTI for the semester just ended in the plan run's
 * transaction, with the plan's PDF attached to the report's first step: the Informe de copia de restauración
 * ({@link S04030202Report}, step 20.S) and the Informe de copia de respaldo ({@link S04030201Report}, step 12.S).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SemesterReports {

    @Inject
    CaseEngine engine;

    @PersistenceContext
    EntityManager em;

    void open(@Observes SemesterWorkDue due) {
        if (due.kind() == PlanKind.RESTORE_REPORT) {
            open(due, S04030202Report.CODE, "Informe de copia de restauración " + due.semester().code(),
                    "Informe semestral de las restauraciones de información del " + due.semester().firstDay() + " al "
                            + due.semester().lastDay() + " (S04.03.02.02, pasos 20 a 22).", "20.S");
        } else if (due.kind() == PlanKind.BACKUP_REPORT) {
            open(due, S04030201Report.CODE, "Informe de copia de respaldo " + due.semester().code(),
                    "Informe semestral de las copias de respaldo de la información del " + due.semester().firstDay()
                            + " al " + due.semester().lastDay() + " (S04.03.02.01, pasos 12 a 14).", "12.S");
        }
    }

    private void open(SemesterWorkDue due, String procedure, String title, String description, String stepCode) {
        WorkCase c = engine.startBySystem(procedure, title, description, due.onBehalfOf(), null,
                Map.of("semestre", due.semester().code()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        byte[] content = due.document(now);
        em.persist(new CaseAttachment(c.getId(), due.fileName(), "application/pdf", content,
                Attachments.sha256(content), stepCode, "sigti", now));
        due.opened(c);
    }
}
