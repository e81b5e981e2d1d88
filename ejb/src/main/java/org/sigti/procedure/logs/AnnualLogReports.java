package org.sigti.procedure.logs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.backup.LogBackupJobs;
import org.sigti.document.InstitutionSeals;
import org.sigti.people.Institutions;
import org.sigti.security.Roles;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * The entry point through which the clock opens S04.03.01.04's annual report (step 11, "Anualmente"): the
 * {@link S04030104Report} case of a year, with the year's log copies per LOG backup job as a sealed PDF attached to
 * step 11.S. Exactly once a year: {@link #open} finds the year's case and opens nothing more. Called by
 * {@link AnnualLogReportTimer} on 2 January (as the Jefe) and by the tests.
 */
@Stateless
@RolesAllowed(Roles.JEFE)
public class AnnualLogReports {

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

    @Inject
    AnnualLogReportPdf pdf;

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
        return pdf.render(institutions.letterhead(S04030104.INSTITUTION), year, caseNumber,
                jobs.copiesPerJob(S04030104.INSTITUTION, from, to), now, zone);
    }

    static ZoneId zone() {
        return ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));
    }
}
