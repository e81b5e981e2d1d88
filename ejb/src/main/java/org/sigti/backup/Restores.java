package org.sigti.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The link between restore requests (S04.03.02.02) and the backup copies they restored: the copies a request may
 * restore (those of its target, verified first), the link written at step 19 (5) to a SIGTI copy or to a copy made
 * outside SIGTI, and the restores of a copy or of a period (the semiannual report). IT staff and the Auditor read; only step 19's hook writes.
 * A copy, and a restore, belong to the institution of the case they hang from: a copy of another institution is
 * refused like one that does not exist, the refusal recorded ({@link InstitutionScope}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class Restores {

    /** How many candidate copies a case page lists. */
    public static final int CANDIDATES = 20;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    RestoreRecords records;

    @jakarta.ejb.EJB
    InstitutionScope scope;

    /** A value a step of the case recorded, or null. */
    public String recorded(long caseId, String name) {
        return em.createQuery("select f.value from CaseField f where f.caseId = :c and f.name = :n", String.class)
                .setParameter("c", caseId).setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    /** Who filed the case. */
    public String requesterOf(long caseId) {
        WorkCase c = em.find(WorkCase.class, caseId);
        return c == null ? null : c.getRequesterUsername();
    }

    /**
     * The names of the fields a restore request records (its procedure's declaration: the module names none): the
     * copy restored, what and which is restored, up to which date, and whether it overwrites a system's data.
     */
    public record RequestFields(String copy, String what, String which, String until, String overwrites)
            implements java.io.Serializable {
    }

    /**
     * Records that a restore request restored a copy (its last step). The copy must exist and must not have failed its
     * integrity check; otherwise the step is refused with the field's message and nothing is written.
     */
    @RolesAllowed(Roles.TECNICO)
    public RestoreLink link(long caseId, RequestFields fields, String copyNumber, String restoredBy) {
        BackupCopy copy = copyNumber(copyNumber).map(id -> em.find(BackupCopy.class, id)).orElse(null);
        if (copy == null || !institutionOf(copy).equals(em.find(WorkCase.class, caseId).getInstitutionCode())) {
            // another institution's copy is, for this case, a copy that does not exist
            throw new WorkflowException("workflow.input.invalid", Map.of(fields.copy(), "restore.copy.unknown"));
        }
        if (copy.getVerification() == CopyVerification.FAILED) {
            throw new WorkflowException("workflow.input.invalid", Map.of(fields.copy(), "restore.copy.failed"));
        }
        Target target = target(caseId, fields);
        RestoreLink link = new RestoreLink(caseId, copy.getId(), target.kind(), target.name(), target.upTo(),
                target.overwrites(), restoredBy, Instant.now());
        em.persist(link);
        return link;
    }

    /**
     * Records a rollback: a deployment undone with a copy restored (S04.02.00.01's 30.R, S04.02.00.02's 23.R), linked
     * like {@link #link} to the case, whose fields name the copy and the system. A case links one restore: a second
     * rollback is refused ({@code restore.rollback.twice}: it needs a new case) and nothing is written.
     */
    @RolesAllowed(Roles.TECNICO)
    public RestoreLink linkRollback(long caseId, String copyField, String systemField, String copyNumber,
            String restoredBy) {
        if (ofCase(caseId).isPresent()) {
            throw new WorkflowException("restore.rollback.twice");
        }
        return link(caseId, new RequestFields(copyField, "-", systemField, "-", "-"), copyNumber, restoredBy);
    }

    /**
     * Records that a restore request restored a copy made outside SIGTI (a file share's or a person's copy, which
     * SIGTI does not take): where it is, which copy and its date, as the procedure checked them.
     */
    @RolesAllowed(Roles.TECNICO)
    public RestoreLink linkOutside(long caseId, RequestFields fields, OutsideCopy copy, String restoredBy) {
        Target target = target(caseId, fields);
        RestoreLink link = RestoreLink.outside(caseId, copy.location(), copy.copy(), copy.takenOn(), target.kind(),
                target.name(), target.upTo(), target.overwrites(), restoredBy, Instant.now());
        em.persist(link);
        return link;
    }

    /** What step 16 recorded the request restores. */
    private record Target(RestoreLink.TargetKind kind, String name, LocalDate upTo, boolean overwrites) {
    }

    private Target target(long caseId, RequestFields fields) {
        String what = recorded(caseId, fields.what());
        String which = recorded(caseId, fields.which());
        return new Target(what == null ? RestoreLink.TargetKind.SISTEMA : RestoreLink.TargetKind.valueOf(what),
                which == null ? "" : which, date(recorded(caseId, fields.until())).orElse(null),
                "SI".equals(recorded(caseId, fields.overwrites())));
    }

    /** The restore of a case, once step 19 is done; another institution's case is refused. */
    public Optional<RestoreRow> ofCase(long caseId) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c != null && !scope.isCaller(c.getInstitutionCode())) {
            throw scope.deny("Restores.ofCase", "case", caseId);
        }
        return records.rows(em.createNamedQuery("RestoreLink.findByCase", RestoreLink.class).setParameter("caseId", caseId)
                .getResultList()).stream().findFirst();
    }

    /** The restores of a copy, latest first; another institution's copy is refused. */
    public List<RestoreRow> ofCopy(long copyId) {
        owned(em.find(BackupCopy.class, copyId), "Restores.ofCopy", copyId);
        return records.rows(em.createNamedQuery("RestoreLink.findByCopy", RestoreLink.class).setParameter("copyId", copyId)
                .setMaxResults(100).getResultList());
    }

    /**
     * The restores of {@code institution}'s cases done in [from, to), oldest first (the semiannual report); only for
     * a caller of that institution.
     */
    public List<RestoreRow> between(String institution, Instant from, Instant to) {
        scope.require(institution, "Restores.between", "restore_report", institution);
        return records.between(institution, from, to);
    }

    /** One copy, with what it copies; another institution's copy is refused. */
    public Optional<CopyRow> copy(long copyId) {
        BackupCopy copy = owned(em.find(BackupCopy.class, copyId), "Restores.copy", copyId);
        return copy == null ? Optional.empty() : Optional.of(CopyRow.of(copy, targets(List.of(copyId)).get(copyId)));
    }

    /** The copy when it is the caller's institution's (or null when there is none); refused, recorded, otherwise. */
    private BackupCopy owned(BackupCopy copy, String action, long copyId) {
        if (copy != null && !scope.isCaller(institutionOf(copy))) {
            throw scope.deny(action, "backup_copy", copyId);
        }
        return copy;
    }

    /** The institution of a copy: that of the case it was registered on. */
    private String institutionOf(BackupCopy copy) {
        return em.find(WorkCase.class, copy.getCaseId()).getInstitutionCode();
    }

    /**
     * The copies the case's restore may use: those whose schedule copies the target recorded at step 16 (by system
     * code or target name), taken up to the requested date when given; verified first, then the latest. Only the
     * case's institution's copies: another's are never offered.
     */
    public List<CopyRow> candidates(long caseId, RequestFields fields) {
        String which = recorded(caseId, fields.which());
        if (which == null || which.isBlank()) {
            return List.of();
        }
        Optional<LocalDate> until = date(recorded(caseId, fields.until()));
        WorkCase restore = em.find(WorkCase.class, caseId);
        if (restore == null) {
            return List.of();
        }
        if (!scope.isCaller(restore.getInstitutionCode())) {
            throw scope.deny("Restores.candidates", "case", caseId);
        }
        String sql = "select c.id from backup_copy c join work_case w on w.id = c.case_id"
                + " join backup_task t on t.id = c.task_id"
                + " join backup_schedule s on s.id = t.schedule_id left join it_system y on y.id = s.system_id"
                + " where w.institution_code = :institution and s.institution_code = :institution and (upper(s.target_name) = :which or upper(y.code) = :which or upper(y.name) = :which)"
                + " and c.verification <> 'FAILED'" + (until.isPresent() ? " and c.taken_at < :until" : "")
                + " order by case when c.verification = 'VERIFIED' then 0 else 1 end, c.taken_at desc, c.id desc";
        var query = em.createNativeQuery(sql).setParameter("which", which.strip().toUpperCase(java.util.Locale.ROOT))
                .setParameter("institution", restore.getInstitutionCode())
                .setMaxResults(CANDIDATES);
        until.ifPresent(day -> query.setParameter("until", day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC)
                .toOffsetDateTime()));
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> targets = targets(ids);
        Map<Long, BackupCopy> copies = em.createQuery("select c from BackupCopy c where c.id in :ids",
                BackupCopy.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(BackupCopy::getId, Function.identity()));
        return ids.stream().map(id -> CopyRow.of(copies.get(id), targets.get(id))).toList();
    }

    private Map<Long, String> targets(List<Long> copyIds) {
        List<?> rows = em.createNativeQuery("select c.id, s.target_name from backup_copy c"
                + " join backup_task t on t.id = c.task_id join backup_schedule s on s.id = t.schedule_id"
                + " where c.id in (:ids)").setParameter("ids", copyIds).getResultList();
        Map<Long, String> targets = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            targets.put(((Number) cells[0]).longValue(), (String) cells[1]);
        }
        return targets;
    }

    /** A copy's number as typed ("1234" or "#1234"). */
    static Optional<Long> copyNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceFirst("^#", "");
        return digits.matches("\\d{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    /** A date typed as yyyy-mm-dd. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return org.sigti.workflow.flow.TypedDates.date(text);
    }
}
