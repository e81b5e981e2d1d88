package org.sigti.procedure.backup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.people.Institutions;
import org.sigti.backup.BackupSemesterFigures;
import org.sigti.backup.BackupSemesterReportPdf;
import org.sigti.backup.RestoreRecords;
import org.sigti.backup.RestoreReportPdf;
import org.sigti.document.InstitutionSeals;
import org.sigti.document.Letterhead;
import org.sigti.maintenance.PlanKind;
import org.sigti.maintenance.Semester;
import org.sigti.maintenance.SemesterPlanWriter;
import org.sigti.maintenance.SemesterWorkDue;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * The semiannual reports of the backup procedures, opened by SIGTI for the semester just ended in the plan run's
 * transaction, with its PDF (rendered here) attached to the report's first step: the Informe de copia de restauración
 * ({@link S04030202Report}, step 20.S) and the Informe de copia de respaldo ({@link S04030201Report}, step 12.S).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SemesterReports {

    /**
     * The institution whose manual (S04.03.02.01/02) asks for these reports: they carry its letterhead and seal, and
     * count its runs, copies and restores only.
     */
    private static final String MINDEF = "MINDEF";

    @Inject
    CaseEngine engine;

    @PersistenceContext
    EntityManager em;

    @Inject
    RestoreRecords restores;

    @Inject
    RestoreReportPdf restorePdf;

    @Inject
    BackupSemesterFigures backups;

    @Inject
    BackupSemesterReportPdf backupPdf;

    @Inject
    InstitutionSeals seals;

    @Inject
    Institutions institutions;

    void open(@Observes SemesterWorkDue due) {
        Semester semester = due.semester();
        ZoneId zone = SemesterPlanWriter.zone();
        Instant from = semester.start(zone);
        Instant to = semester.end(zone);
        if (due.kind() == PlanKind.RESTORE_REPORT) {
            open(due, S04030202Report.CODE, "Informe de copia de restauración " + semester.code(),
                    "Informe semestral de las restauraciones de información del " + semester.firstDay() + " al "
                            + semester.lastDay() + " (" + S04030202.CODE + ", pasos 20 a 22).", "20.S",
                    "informe-restauraciones-" + semester.code() + ".pdf",
                    now -> restorePdf.render(institutions.letterhead(MINDEF), "Procedimiento " + S04030202.CODE
                            + " — pasos 20 (6) a 22 (8)", semester.code(), semester.firstDay(), semester.lastDay(),
                            restores.between(MINDEF, from, to), now, zone));
        } else if (due.kind() == PlanKind.BACKUP_REPORT) {
            open(due, S04030201Report.CODE, "Informe de copia de respaldo " + semester.code(),
                    "Informe semestral de las copias de respaldo de la información del " + semester.firstDay()
                            + " al " + semester.lastDay() + " (" + S04030201.CODE + ", pasos 12 a 14).", "12.S",
                    "informe-copias-de-respaldo-" + semester.code() + ".pdf",
                    now -> backupPdf.render(institutions.letterhead(MINDEF), "Procedimiento " + S04030201.CODE + " — pasos 12 a 14",
                            semester.code(), semester.firstDay(), semester.lastDay(), backups.rows(MINDEF, from, to),
                            backups.failures(MINDEF, from, to), now, zone));
        }
    }

    private void open(SemesterWorkDue due, String procedure, String title, String description, String stepCode,
            String fileName, Function<Instant, byte[]> document) {
        WorkCase c = engine.startBySystem(procedure, title, description, due.onBehalfOf(), null,
                Map.of("semestre", due.semester().code()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        byte[] content = seals.seal(document.apply(now), MINDEF, "Emitido por SIGTI: " + title);
        em.persist(new CaseAttachment(c.getId(), fileName, "application/pdf", content,
                Attachments.sha256(content), stepCode, "sigti", now));
        due.opened(c);
    }
}
