package org.sigti.quality;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.workflow.CaseField;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * What the procedures S04.02.00.01 (steps 18–25) and S04.02.00.02 (steps 10–17) call from their step hooks, inside
 * the move's transaction: a refusal ({@link WorkflowException}, with a bundle key under {@code quality.}) rolls the
 * move back, and the performer reads the message on the case page.
 *
 * <ul>
 * <li>step 18 / 10 "Revisar documentación" completed: {@link #open(Transition, String, String)} with the manual's
 * numbers of the two formats ("11", "12" / "6", "7") — the QA analyst who acts becomes the case's QA analyst, the
 * only one who edits its matrix and defects (at each pass of the loop, whoever acts takes it over);</li>
 * <li>step 19 / 11 "Realizar el Plan de pruebas" completed: {@link #plan} — the test window of the QA calendar,
 * recorded on the case ({@link QaFields#CASE_START}, {@link QaFields#CASE_DUE});</li>
 * <li>step 22 / 14, way "Sí" (defects found → 17 / 9): {@link #defectsFound} — refused unless a defect is OPEN; the
 * next execution is a new test cycle;</li>
 * <li>step 22 / 14, way "No" (no defects → 23 / 15): {@link #requireNoPendingDefects} — refused while a defect is
 * OPEN or FIXED (not yet verified).</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
public class QualityAssurance {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaCalendar calendar;

    /** Opens the case's QA record with the acting analyst (or hands it to them when it exists). */
    public void open(Transition t) {
        record(t);
    }

    /**
     * As {@link #open(Transition)}, with the numbers the procedure's manual gives the Matriz de diseño de casos de
     * prueba and the Informe de defectos ("11", "12" in S04.02.00.01; "6", "7" in S04.02.00.02), for their PDFs.
     */
    public void open(Transition t, String matrixFormat, String defectsFormat) {
        record(t).numberFormats(matrixFormat, defectsFormat);
    }

    /**
     * Plans the test window from the values the step recorded in {@code interfaces} and {@code days} (the fields of
     * {@link QaFields}, or the procedure's own), counted from now, and records its start and due date on the case.
     *
     * @param days may be null when the step does not declare it
     * @throws WorkflowException {@code workflow.input.invalid} with the field's problem when a value is not allowed
     */
    public QaWindow plan(Transition t, FieldDefinition interfaces, FieldDefinition days) {
        int count = number(t.value(interfaces), interfaces.name(), "quality.interfaces.invalid");
        Integer chosen = days == null || t.value(days) == null ? null
                : number(t.value(days), days.name(), "quality.days.invalid");
        if (count < 1) {
            throw new WorkflowException("workflow.input.invalid", Map.of(interfaces.name(),
                    "quality.interfaces.invalid"));
        }
        try {
            QaCalendar.days(count, chosen);
        } catch (WorkflowException refused) {
            throw new WorkflowException("workflow.input.invalid", Map.of(days == null ? interfaces.name()
                    : days.name(), "quality.days.invalid"));
        }
        return plan(t, count, chosen);
    }

    /** Plans the test window for {@code interfaces} interfaces ({@code days}: null, or 8–10 for 9 or more). */
    public QaWindow plan(Transition t, int interfaces, Integer days) {
        QaRecord record = record(t);
        Instant now = now();
        QaWindow window = calendar.window(record.getInstitutionCode(), interfaces, days, now);
        record.plan(interfaces, window.days(), window.start(), window.due());
        caseField(t, QaFields.CASE_START, window.start().toString(), now);
        caseField(t, QaFields.CASE_DUE, window.due().toString(), now);
        return window;
    }

    /** The way "Sí, se encontraron defectos": refused unless a defect is OPEN; the next execution is a new cycle. */
    public void defectsFound(Transition t) {
        QaRecord record = existing(t.caseId()).orElseThrow(() -> new WorkflowException("quality.defects.none"));
        if (count(record, List.of(QaDefect.Status.OPEN)) == 0) {
            throw new WorkflowException("quality.defects.none");
        }
        em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        record.nextCycle();
    }

    /**
     * The way "No se encontraron defectos": refused ({@code quality.defects.pending}, with their number) while a
     * defect of the case is OPEN or FIXED.
     */
    public void requireNoPendingDefects(Transition t) {
        long pending = pendingDefects(t.caseId());
        if (pending > 0) {
            throw new WorkflowException("quality.defects.pending", String.valueOf(pending));
        }
    }

    /** How many defects of the case are OPEN or FIXED (0 when it has no QA record). */
    public long pendingDefects(long caseId) {
        return existing(caseId).map(r -> count(r, List.of(QaDefect.Status.OPEN, QaDefect.Status.FIXED)))
                .orElse(0L);
    }

    /** The case's QA window as planned, if it was. */
    public Optional<QaWindow> window(long caseId) {
        return existing(caseId).filter(r -> r.getDueOn() != null).map(r -> new QaWindow(r.getInterfaces(),
                r.getWindowDays(), r.getStartsOn(), r.getDueOn(), null));
    }

    private long count(QaRecord record, List<QaDefect.Status> statuses) {
        return em.createQuery("select count(d) from QaDefect d where d.recordId = :r and d.status in :s", Long.class)
                .setParameter("r", record.getId()).setParameter("s", statuses).getSingleResult();
    }

    private QaRecord record(Transition t) {
        QaRecord record = existing(t.caseId()).orElse(null);
        if (record == null) {
            WorkCase c = em.find(WorkCase.class, t.caseId());
            record = new QaRecord(t.caseId(), c.getInstitutionCode(), t.actor().username(), now());
            em.persist(record);
        } else if (!t.bySystem()) {
            record.assignTo(t.actor().username());
        }
        return record;
    }

    private Optional<QaRecord> existing(long caseId) {
        return em.createNamedQuery("QaRecord.findByCase", QaRecord.class).setParameter("caseId", caseId)
                .getResultStream().findFirst();
    }

    private void caseField(Transition t, String name, String value, Instant now) {
        CaseField field = em.createQuery("select f from CaseField f where f.caseId = :c and f.name = :n",
                CaseField.class).setParameter("c", t.caseId()).setParameter("n", name).getResultStream().findFirst()
                .orElse(null);
        if (field == null) {
            field = new CaseField(t.caseId(), name);
            field.record(value, t.fromStep(), t.actor().username(), now);
            em.persist(field);
        } else {
            field.record(value, t.fromStep(), t.actor().username(), now);
        }
    }

    private static int number(String value, String field, String problem) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new WorkflowException("workflow.input.invalid", Map.of(field, problem));
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
