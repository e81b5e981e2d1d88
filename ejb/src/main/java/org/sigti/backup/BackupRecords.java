package org.sigti.backup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.TypedDates;

/**
 * What the steps of the backup procedures write besides the case: the copy registered (backup_copy), its
 * verification, and the task done when the case ends. Runs inside the move's transaction (called from the hooks
 * the backup procedures bind to their steps); bad copy data refuses the move with a message per field.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BackupRecords {

    /**
     * The names of the fields a backup procedure identifies a copy in (its declaration's names: the module names
     * none): file, date and time, size, SHA-256, locations, and the detail of a failed verification.
     */
    public record CopyFields(String file, String takenAt, String size, String sha256, String locations,
            String verificationDetail) implements java.io.Serializable {
    }

    public static final String VERIFIED = "verificada";
    public static final String FAILED = "fallida";
    public static final String NO_ERROR = "sin_error";
    public static final String ERROR = "con_error";

    private static final long MAX_SIZE = 1L << 50;

    @PersistenceContext
    EntityManager em;

    /** The backup task of the case, if it has one, is done: called when the case ends. */
    public void taskDone(long caseId) {
        task(caseId).ifPresent(task -> task.done(now()));
    }

    private Optional<BackupTask> task(long caseId) {
        return em.createQuery("select t from BackupTask t where t.caseId = :c", BackupTask.class)
                .setParameter("c", caseId).getResultStream().findFirst();
    }

    /**
     * Registers the copy a step describes; when the fields are optional and all empty, nothing. {@code checked}
     * records the technician's own check of it (null: not checked yet).
     */
    public void register(Transition t, CopyFields fields, boolean required, Boolean checked) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : List.of(fields.file(), fields.takenAt(), fields.size(), fields.sha256())) {
            given.put(name, blankToNull(t.field(name)));
        }
        if (given.values().stream().allMatch(v -> v == null) && (!required || hasCopy(t.caseId()))) {
            return; // nothing given: optional, or the copy is registered (SIGTI's pg_dump of the schedule)
        }
        Map<String, String> problems = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            if (value == null) {
                problems.put(name, "workflow.field.required");
            }
        });
        Instant takenAt = null;
        if (given.get(fields.takenAt()) != null) {
            Optional<LocalDateTime> typed = TypedDates.dateTime(given.get(fields.takenAt()));
            if (typed.isEmpty()) {
                problems.put(fields.takenAt(), "backup.copy.takenAt");
            } else {
                takenAt = typed.get().atZone(zone()).toInstant();
                if (takenAt.isAfter(Instant.now().plus(1, ChronoUnit.HOURS))) {
                    problems.put(fields.takenAt(), "backup.copy.takenAt.future");
                }
            }
        }
        long size = -1;
        if (given.get(fields.size()) != null) {
            String digits = given.get(fields.size()).replace(".", "").replace(" ", "");
            if (digits.matches("\\d{1,16}") && Long.parseLong(digits) <= MAX_SIZE) {
                size = Long.parseLong(digits);
            } else {
                problems.put(fields.size(), "backup.copy.size");
            }
        }
        if (given.get(fields.sha256()) != null && !given.get(fields.sha256()).matches("[0-9a-fA-F]{64}")) {
            problems.put(fields.sha256(), "backup.copy.sha256");
        }
        if (given.get(fields.file()) != null && given.get(fields.file()).length() > BackupCopy.FILE_NAME_MAXLENGTH) {
            problems.put(fields.file(), "workflow.field.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
        Optional<BackupTask> task = task(t.caseId());
        String locations = blankToNull(t.field(fields.locations()));
        if (locations == null) {
            locations = task.map(k -> em.find(BackupSchedule.class, k.getScheduleId()))
                    .map(s -> s.getLocations().stream().map(BackupRecords::locationName)
                            .collect(Collectors.joining(", ")))
                    .orElse("-");
        }
        Instant now = now();
        BackupCopy copy = new BackupCopy(t.caseId(), task.map(BackupTask::getId).orElse(null), given.get(fields.file()),
                takenAt, size, given.get(fields.sha256()).toLowerCase(Locale.ROOT), locations.length()
                        > BackupCopy.LOCATIONS_MAXLENGTH ? locations.substring(0, BackupCopy.LOCATIONS_MAXLENGTH)
                        : locations, CopyMethod.MANUAL, t.actor().username(), now);
        if (checked != null) {
            copy.verified(checked, t.actor().username(), now, checked ? null : t.comment());
        }
        em.persist(copy);
    }

    /** Whether the case has a copy not refused by a verification (a failed one sends the step back for a new one). */
    private boolean hasCopy(long caseId) {
        return !em.createQuery("select c.id from BackupCopy c where c.caseId = :c and c.verification <> :failed",
                Long.class).setParameter("c", caseId).setParameter("failed", CopyVerification.FAILED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The result of the integrity check of the case's latest copy; a failure needs its detail. */
    public void verify(Transition t, CopyFields fields, boolean ok) {
        String detail = blankToNull(t.field(fields.verificationDetail()));
        if (!ok && detail == null && blankToNull(t.comment()) == null) {
            throw new WorkflowException("workflow.input.invalid", Map.of(fields.verificationDetail(),
                    "backup.copy.failureDetail"));
        }
        BackupCopy copy = em.createQuery("select c from BackupCopy c where c.caseId = :c order by c.registeredAt desc,"
                + " c.id desc", BackupCopy.class).setParameter("c", t.caseId()).setMaxResults(1).getResultStream()
                .findFirst().orElseThrow(() -> new WorkflowException("backup.copy.none"));
        copy.verified(ok, t.actor().username(), now(), detail == null ? t.comment() : detail);
    }

    /** The Spanish name of a storage location, as the manuals write it. */
    public static String locationName(StorageLocation location) {
        return switch (location) {
            case PRIVATE_CLOUD -> "Nube privada";
            case EXTERNAL_DEVICE -> "Dispositivo externo";
            case LOCAL_DISK -> "Disco local";
            case CONTINGENCY_STORAGE -> "Storage de contingencia";
        };
    }

    static ZoneId zone() {
        return ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
