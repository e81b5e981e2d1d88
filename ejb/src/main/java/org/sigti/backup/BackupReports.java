package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.Institutions;
import org.sigti.document.BackupReportData;
import org.sigti.document.InstitutionSeals;
import org.sigti.document.Letterhead;
import org.sigti.document.BackupReportPdf;
import org.sigti.document.ClosingRecordData;
import org.sigti.people.UserProfile;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseAccess;
import org.sigti.workflow.CaseEvent;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;

/**
 * The Informe de ejecución de copias de respaldo of a backup case, as PDF, rendered from what the case recorded
 * (its task, copies and trail), so every download says the same. Whoever may read the case may download it.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class BackupReports {

    /** A rendered report. */
    public record Report(String fileName, byte[] pdf) implements Serializable {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CaseAccess access;

    @Inject
    Procedures procedures;

    @Inject
    BackupReportPdf pdf;

    @Inject
    InstitutionSeals seals;

    @Inject
    Institutions institutions;

    @EJB
    SecurityEvents securityEvents;

    public Report render(long caseId) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !procedures.flow(c.getProcedureCode()).map(f -> f.definition().openedBy(BackupSchedules.OPENER))
                .orElse(false) || !access.mayRead(c, actor())) {
            securityEvents.accessDenied("BackupReports.render", "case", String.valueOf(caseId), null,
                    c == null ? "no such case" : null);
            throw new AccessDeniedException("may not read the backup report of case " + caseId);
        }
        ZoneId zone = BackupRecords.zone();
        BackupTask task = em.createQuery("select t from BackupTask t where t.caseId = :c", BackupTask.class)
                .setParameter("c", caseId).getResultStream().findFirst().orElse(null);
        BackupSchedule schedule = task == null ? null : em.find(BackupSchedule.class, task.getScheduleId());
        List<BackupReportData.Copy> copies = em.createQuery("select b from BackupCopy b where b.caseId = :c"
                + " order by b.registeredAt, b.id", BackupCopy.class).setParameter("c", caseId).getResultList()
                .stream().map(b -> new BackupReportData.Copy(b.getFileName(), b.getTakenAt(), b.getSizeBytes(),
                        b.getSha256(), b.getLocations(), b.getRegisteredBy(), verification(b.getVerification()),
                        b.getVerifiedBy(), b.getVerifiedAt(), b.getVerificationDetail())).toList();
        List<CaseEvent> events = em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.seq",
                CaseEvent.class).setParameter("c", caseId).getResultList();
        Map<String, String> names = names(events);
        List<ClosingRecordData.HistoryLine> history = events.stream().map(e -> new ClosingRecordData.HistoryLine(
                e.getOccurredAt(), names.getOrDefault(e.getActorUsername(), e.getActorUsername()), e.getActorRoles(),
                e.getFromStep() == null ? "" : e.getFromStep(), e.getFromStep() == null ? e.getAction()
                        : procedures.flow(e.getProcedureCode()).flatMap(f -> f.definition().step(e.getFromStep()))
                                .map(s -> s.title().es()).orElse(e.getFromStep()), e.getComment())).toList();
        BackupReportData data = new BackupReportData(institutions.letterhead(c.getInstitutionCode()), c.getNumber(),
                c.getProcedureCode(), procedures.definition(c.getProcedureCode()).name().es(),
                schedule == null ? c.getTitle() : schedule.getName(),
                schedule == null ? "" : schedule.getTargetKind().name() + ": " + schedule.getTargetName(),
                task == null ? SHOWN.format(c.getOpenedAt().atZone(zone)) : SHOWN.format(task.getPlannedAt()
                        .atZone(zone)), task != null && task.isCatchUp(),
                task == null ? c.getStatus().name() : status(task.getStatus()),
                schedule == null ? "" : schedule.getResponsibleTecnico(),
                schedule == null ? "" : schedule.getLocations().stream().map(BackupRecords::locationName)
                        .collect(Collectors.joining(", ")), copies, history,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), zone);
        return new Report("informe-copias-" + c.getNumber().replaceAll("[^A-Za-z0-9-]", "-") + ".pdf",
                seals.seal(pdf.render(data), c.getInstitutionCode(), "Emitido por SIGTI: informe de copias " + c.getNumber()));
    }

    private Map<String, String> names(List<CaseEvent> events) {
        List<String> usernames = events.stream().map(CaseEvent::getActorUsername).distinct().toList();
        return em.createQuery("select p from UserProfile p where p.username in :u", UserProfile.class)
                .setParameter("u", usernames).getResultStream()
                .collect(Collectors.toMap(UserProfile::getUsername, UserProfile::getFullName, (a, b) -> a));
    }

    private static String verification(CopyVerification v) {
        return switch (v) {
            case PENDING -> "Pendiente";
            case VERIFIED -> "Verificada";
            case FAILED -> "Fallida";
        };
    }

    private static String status(BackupTaskStatus s) {
        return switch (s) {
            case OPEN -> "En curso";
            case DONE -> "Concluida";
            case FAILED -> "Fallida";
            case MISSED -> "No ejecutada";
        };
    }

    private Actor actor() {
        return org.sigti.workflow.Callers.actor(context, em);
    }
}
