package org.sigti.procedure.logs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.backup.LogBackupJobs;
import org.sigti.db.DatabaseMigration;
import org.sigti.document.InstitutionSeals;
import org.sigti.document.PdfSheet;
import org.sigti.people.Institutions;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * The clock of S04.03.01.04's annual report (step 11, "Anualmente"): on 2 January at 06:00 it opens the
 * {@link S04030104Report} case of the year just ended, with the year's log copies per LOG backup job as a sealed PDF
 * attached to step 11.S. Exactly once a year: {@link #open} finds the year's case and opens nothing more. The timer
 * is persistent (the database timer store): a firing missed while SIGTI was down runs at the next start. Thin: the
 * entry point {@link #open} is what the timer and the tests call.
 */
@Singleton
@PermitAll // a timer: no caller; it opens cases by the clock through the kernel
public class AnnualLogReports {

    private static final Logger LOG = Logger.getLogger(AnnualLogReports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    @Inject
    LogBackupJobs jobs;

    @Inject
    InstitutionSeals seals;

    @Inject
    Institutions institutions;

    @EJB
    DatabaseMigration database;

    // persistent: the firing of 2 January must happen once even if the server was down at that moment
    @Schedule(month = "1", dayOfMonth = "2", hour = "6", minute = "0", second = "0", persistent = true,
            info = "sigti-log-annual-report")
    void fire() {
        if (!database.isReady()) {
            return;
        }
        int year = LocalDate.now(zone()).getYear() - 1;
        try {
            open(year);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the annual log report " + year + " could not be opened", e);
            throw e;
        }
    }

    /** Opens the annual report of {@code year}, unless it has one; answers the new case's id. */
    public Optional<Long> open(int year) {
        String title = title(year);
        boolean opened = !em.createQuery("select c.id from WorkCase c where c.procedureCode = :p and c.title = :t",
                Long.class).setParameter("p", S04030104Report.CODE).setParameter("t", title).setMaxResults(1)
                .getResultList().isEmpty();
        if (opened) {
            return Optional.empty();
        }
        WorkCase c = engine.startBySystem(S04030104Report.CODE, title, "Informe anual sobre la copia de eventos y"
                + " log de sistemas del año " + year + " (" + S04030104.CODE + ", pasos 11 a 13).", "SIGTI", null,
                Map.of());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        byte[] content = seals.seal(render(year, c.getNumber(), now), S04030104.INSTITUTION,
                "Emitido por SIGTI: " + title);
        em.persist(new CaseAttachment(c.getId(), "informe-copias-de-logs-" + year + ".pdf", "application/pdf",
                content, Attachments.sha256(content), "11.S", "sigti", now));
        return Optional.of(c.getId());
    }

    static String title(int year) {
        return "Informe anual de copia de eventos y log de sistemas " + year;
    }

    private byte[] render(int year, String caseNumber, Instant now) {
        ZoneId zone = zone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<String[]> rows = new ArrayList<>();
        long total = 0;
        for (Object[] r : jobs.copiesPerJob(S04030104.INSTITUTION, from, to)) {
            rows.add(new String[] {(String) r[0], String.valueOf(r[1])});
            total += (Long) r[1];
        }
        PdfSheet.Header header = new PdfSheet.Header(institutions.letterhead(S04030104.INSTITUTION),
                "INFORME SOBRE LA COPIA DE EVENTOS Y LOG DE SISTEMAS " + year, "Procedimiento " + S04030104.CODE
                        + " — pasos 11 a 13", null, "Caso " + caseNumber);
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(now, zone))) {
            sheet.section("Copias de logs registradas del 01/01/" + year + " al 31/12/" + year);
            if (rows.isEmpty()) {
                sheet.paragraph("Sin copias de logs registradas en el año.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                sheet.table(new float[] {4f, 1f}, new String[] {"TAREA DE BACKUP DE LOGS", "COPIAS"}, rows);
                sheet.fields(new PdfSheet.Field("TOTAL DE COPIAS", String.valueOf(total), 1));
            }
            return sheet.finish();
        }
    }

    private static ZoneId zone() {
        return ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));
    }
}
