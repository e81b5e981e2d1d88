package org.sigti.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.inventory.ItSystem;
import org.sigti.people.Institutions;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.unit.Institution;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseFiles;
import org.sigti.workflow.Callers;
import org.sigti.workflow.Upload;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The Acta de capacitación of a case (MINDEF S04.02.00.01 step 42, Formato N°17; S04.02.00.02 step 35, Formato
 * N°12), recorded inside the move of the step that calls {@link #record}: the session and its attendance list are
 * checked (a refusal is a {@link WorkflowException} per field: nothing is stored), kept (a second record of the same
 * case replaces the first) and printed as a PDF that is kept with the case's files. A case of another institution is
 * refused as if it did not exist, recorded as a security event.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class Trainings {

    private static final int MAX_ATTENDEES = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    CaseFiles files;

    @Inject
    Institutions institutions;

    @Inject
    AttendanceRecordPdf pdf;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records the case's training session (step 42 / 35) and keeps its Acta de capacitación as a PDF with the case's
     * files, at {@code step}.
     *
     * @param format e.g. "Formato N°17" (S04.02.00.01) or "Formato N°12" (S04.02.00.02), printed on the acta
     * @return the record's id
     * @throws WorkflowException {@code training.invalid} (per field), {@code training.case.unknown}
     */
    public long record(long caseId, String step, String format, TrainingSession session, TrainingFields fields) {
        Actor caller = Callers.actor(context, em);
        WorkCase c = ownCase(caseId, caller, "Trainings.record");
        Long systemId = check(c, session, fields);
        TrainingRecord r = em.createQuery("select r from TrainingRecord r where r.caseId = :c", TrainingRecord.class)
                .setParameter("c", caseId).getResultStream().findFirst().orElse(null);
        boolean created = r == null;
        if (created) {
            r = new TrainingRecord(c.getInstitutionCode(), caseId);
        } else {
            em.createQuery("delete from TrainingAttendee a where a.recordId = :r").setParameter("r", r.getId())
                    .executeUpdate();
        }
        // described before it is persisted: the insert carries the state the entity has when persisted
        r.describe(session.date(), session.place().strip(), session.topic().strip(), systemId,
                session.trainer().strip(), caller.username(), clock.instant());
        if (created) {
            em.persist(r);
        }
        em.flush();
        int n = 1;
        for (Attendee a : session.attendees()) {
            em.persist(new TrainingAttendee(r.getId(), n++, a.name(), a.unit(), a.dniOrEmail(), a.signed()));
        }
        byte[] acta = render(c, format, session, systemId);
        files.store(c, Attachments.check(new Upload(AttendanceLists.fileName(c), "application/pdf", acta)), caller,
                step, List.of());
        return r.getId();
    }

    /** The case's recorded session, if any. */
    public Optional<TrainingSession> find(long caseId) {
        WorkCase c = ownCase(caseId, Callers.actor(context, em), "Trainings.find");
        return em.createQuery("select r from TrainingRecord r where r.caseId = :c", TrainingRecord.class)
                .setParameter("c", c.getId()).getResultStream().findFirst().map(this::session);
    }

    /** The case's Acta de capacitación as a PDF, printed now. */
    public Optional<byte[]> acta(long caseId, String format) {
        WorkCase c = ownCase(caseId, Callers.actor(context, em), "Trainings.acta");
        return em.createQuery("select r from TrainingRecord r where r.caseId = :c", TrainingRecord.class)
                .setParameter("c", c.getId()).getResultStream().findFirst()
                .map(r -> render(c, format, session(r), r.getSystemId()));
    }

    private TrainingSession session(TrainingRecord r) {
        List<Attendee> list = em.createQuery("select a from TrainingAttendee a where a.recordId = :r"
                + " order by a.position", TrainingAttendee.class).setParameter("r", r.getId()).getResultList()
                .stream().map(a -> new Attendee(a.getName(), a.getUnit(), a.getIdentity(), a.isSigned())).toList();
        String code = r.getSystemId() == null ? null : em.find(ItSystem.class, r.getSystemId()).getCode();
        return new TrainingSession(r.getSessionDate(), r.getPlace(), r.getTopic(), code, r.getTrainer(), list);
    }

    private byte[] render(WorkCase c, String format, TrainingSession s, Long systemId) {
        String systemName = systemId == null ? null : em.find(ItSystem.class, systemId).getName();
        ZoneId zone = institutions.find(c.getInstitutionCode()).map(Institution::getZone)
                .orElse(ZoneId.of("America/Lima"));
        return pdf.render(new AttendanceRecordPdf.Data(institutions.letterhead(c.getInstitutionCode()),
                format == null ? "Acta de capacitación" : format, c.getProcedureCode(), c.getNumber(), s, systemName,
                clock.instant(), zone));
    }

    /** The session's problems refuse it; the system, if named, is of the case's active catalog. */
    private Long check(WorkCase c, TrainingSession s, TrainingFields f) {
        Map<String, String> p = new LinkedHashMap<>();
        if (s.date() == null) {
            p.put(f.date(), "training.date.invalid");
        } else if (s.date().isAfter(LocalDate.now(clock).plusDays(1))) {
            p.put(f.date(), "training.date.future");
        }
        text(p, f.place(), s.place());
        text(p, f.topic(), s.topic());
        text(p, f.trainer(), s.trainer());
        if (s.attendees() == null || s.attendees().isEmpty()) {
            p.put(f.attendees(), "training.attendees.required");
        } else if (s.attendees().size() > MAX_ATTENDEES) {
            p.put(f.attendees(), "training.attendees.tooMany");
        }
        Long systemId = null;
        if (s.systemCode() != null && !s.systemCode().isBlank()) {
            String code = s.systemCode().strip().toUpperCase(Locale.ROOT);
            systemId = em.createQuery("select s.id from ItSystem s where s.institutionCode = :i and s.code = :c",
                    Long.class).setParameter("i", c.getInstitutionCode()).setParameter("c", code).getResultStream()
                    .findFirst().orElse(null);
            if (systemId == null) {
                p.put(f.system(), "training.system.unknown");
            }
        }
        if (!p.isEmpty()) {
            throw new WorkflowException("training.invalid", p);
        }
        return systemId;
    }

    private static void text(Map<String, String> p, String field, String value) {
        if (value == null || value.isBlank()) {
            p.put(field, "training.field.required");
        } else if (value.strip().length() > TrainingRecord.TEXT_MAXLENGTH) {
            p.put(field, "training.field.tooLong");
        }
    }

    private WorkCase ownCase(long caseId, Actor caller, String action) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !c.getInstitutionCode().equals(caller.institutionCode())) {
            if (c != null) {
                securityEvents.accessDenied(action, "work_case", String.valueOf(caseId), null, "another institution");
            }
            throw new WorkflowException("training.case.unknown", String.valueOf(caseId));
        }
        return c;
    }


}
