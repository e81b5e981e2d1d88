package org.sigti.quality;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.quality.QaDefect.Status;
import org.sigti.quality.QaRows.DefectDraft;
import org.sigti.quality.QaRows.DefectRow;
import org.sigti.quality.QaRows.Sheet;
import org.sigti.quality.QaRows.TestCaseDraft;
import org.sigti.quality.QaRows.TestCaseRow;
import org.sigti.quality.QaTestRun.Verdict;
import org.sigti.people.Institutions;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.sla.ServiceLevelCache;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseFiles;
import org.sigti.workflow.CaseStatus;
import org.sigti.workflow.Callers;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The Matriz de diseño de casos de prueba and the Informe de defectos of a case (S04.02.00.01 Formatos N° 11 and 12,
 * S04.02.00.02 N° 6 and 7), edited in SIGTI. Who: the OGTIE's staff (Jefe, Responsables, Técnicos, Operadores) and the
 * Auditor of the case's institution read; only the case's QA analyst ({@link QualityAssurance#open}) edits, while the
 * case runs. Any other attempt is recorded as a denied access and refused. Lists are paged in the database.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class QualityRegister {

    /** The largest page a caller gets. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    CaseFiles files;

    @Inject
    QaPdfs pdfs;

    @Inject
    Institutions institutions;

    @EJB
    ServiceLevelCache serviceLevels;

    /** The case's QA record as the caller sees it. */
    public Sheet sheet(long caseId) {
        QaRecord record = readable(caseId, "QualityRegister.sheet");
        return sheet(record, actor());
    }

    /** The case's QA record as the caller sees it, if QA began on the case (the case page's panel). */
    public Optional<Sheet> find(long caseId) {
        try {
            return Optional.of(sheet(caseId));
        } catch (WorkflowException notOpened) {
            return Optional.empty();
        }
    }

    /** How many test cases the matrix has. */
    public long countTestCases(long caseId) {
        QaRecord record = readable(caseId, "QualityRegister.countTestCases");
        return em.createQuery("select count(t) from QaTestCase t where t.recordId = :r", Long.class)
                .setParameter("r", record.getId()).getSingleResult();
    }

    /** A page of the matrix in design order, with each case's result in {@code cycle} (null: the current one). */
    public List<TestCaseRow> testCases(long caseId, Integer cycle, int first, int size) {
        QaRecord record = readable(caseId, "QualityRegister.testCases");
        return testCaseRows(record, cycle == null ? record.getCycle() : cycle, first, size);
    }

    /** How many defects the report has. */
    public long countDefects(long caseId) {
        QaRecord record = readable(caseId, "QualityRegister.countDefects");
        return em.createQuery("select count(d) from QaDefect d where d.recordId = :r", Long.class)
                .setParameter("r", record.getId()).getSingleResult();
    }

    /** A page of the defect report, by cycle and number. */
    public List<DefectRow> defects(long caseId, int first, int size) {
        QaRecord record = readable(caseId, "QualityRegister.defects");
        return defectRows(record, first, size);
    }

    /** Adds a test case to the matrix; answers its id. */
    public long addTestCase(long caseId, TestCaseDraft draft) {
        QaRecord record = editable(caseId, "QualityRegister.addTestCase");
        checkDesign(draft);
        em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // numbering: one adder at a time
        int seq = em.createQuery("select coalesce(max(t.seq), 0) from QaTestCase t where t.recordId = :r",
                Integer.class).setParameter("r", record.getId()).getSingleResult() + 1;
        QaTestCase testCase = new QaTestCase(record.getId(), seq, now());
        design(testCase, draft);
        em.persist(testCase);
        em.flush();
        return testCase.getId();
    }

    /** Corrects the design of a test case. */
    public void editTestCase(long caseId, long testCaseId, TestCaseDraft draft) {
        QaRecord record = editable(caseId, "QualityRegister.editTestCase");
        checkDesign(draft);
        design(testCase(record, testCaseId), draft);
    }

    /** Records (or corrects) the result of a test case in the current cycle. */
    public void recordResult(long caseId, long testCaseId, String obtained, Verdict verdict) {
        QaRecord record = editable(caseId, "QualityRegister.recordResult");
        QaTestCase testCase = testCase(record, testCaseId);
        Map<String, String> problems = new LinkedHashMap<>();
        String text = required(obtained, QaTestCase.TEXT_MAXLENGTH, "obtained", problems);
        if (verdict == null) {
            problems.put("verdict", "quality.input.required");
        }
        refuseIf(problems);
        QaTestRun run = em.createQuery("select r from QaTestRun r where r.testCaseId = :t and r.cycle = :c",
                QaTestRun.class).setParameter("t", testCase.getId()).setParameter("c", record.getCycle())
                .getResultStream().findFirst().orElse(null);
        Actor actor = actor();
        if (run == null) {
            run = new QaTestRun(testCase.getId(), record.getCycle());
            run.record(text, verdict, actor.username(), now());
            em.persist(run);
        } else {
            run.record(text, verdict, actor.username(), now());
        }
    }

    /** Reports a defect found in the current cycle, OPEN; answers its id. */
    public long reportDefect(long caseId, DefectDraft draft) {
        QaRecord record = editable(caseId, "QualityRegister.reportDefect");
        Map<String, String> problems = new LinkedHashMap<>();
        String description = required(draft.description(), QaTestCase.TEXT_MAXLENGTH, "description", problems);
        String steps = required(draft.stepsToReproduce(), QaTestCase.TEXT_MAXLENGTH, "stepsToReproduce", problems);
        if (draft.severity() == null) {
            problems.put("severity", "quality.input.required");
        }
        refuseIf(problems);
        Long testCaseId = draft.testCaseId() == null ? null : testCase(record, draft.testCaseId()).getId();
        em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        int seq = em.createQuery("select coalesce(max(d.seq), 0) from QaDefect d where d.recordId = :r",
                Integer.class).setParameter("r", record.getId()).getSingleResult() + 1;
        QaDefect defect = new QaDefect(record.getId(), seq, record.getCycle(), testCaseId, draft.severity(),
                description, steps, actor().username(), now());
        em.persist(defect);
        em.flush();
        return defect.getId();
    }

    /** Moves a defect to another status (FIXED when the fix came back, VERIFIED when a cycle confirmed it). */
    public void changeDefect(long caseId, long defectId, Status status) {
        QaRecord record = editable(caseId, "QualityRegister.changeDefect");
        if (status == null) {
            throw new WorkflowException("workflow.input.invalid", Map.of("status", "quality.input.required"));
        }
        QaDefect defect = em.find(QaDefect.class, defectId);
        if (defect == null || defect.getRecordId() != record.getId()) {
            throw new WorkflowException("quality.defect.unknown");
        }
        defect.changeTo(status, now());
    }

    /** The matrix as a PDF. */
    public byte[] matrixPdf(long caseId) {
        QaRecord record = readable(caseId, "QualityRegister.matrixPdf");
        return pdfs.matrix(institutions.letterhead(record.getInstitutionCode()), zone(record),
                sheet(record, actor()), testCaseRows(record, record.getCycle(), 0, Integer.MAX_VALUE), runs(record));
    }

    /** The defect report as a PDF. */
    public byte[] defectReportPdf(long caseId) {
        QaRecord record = readable(caseId, "QualityRegister.defectReportPdf");
        return pdfs.defects(institutions.letterhead(record.getInstitutionCode()), zone(record),
                sheet(record, actor()), defectRows(record, 0, Integer.MAX_VALUE));
    }

    /** Attaches the matrix ({@code defects} false) or the defect report as a PDF to the case; answers its name. */
    public String attach(long caseId, boolean defects) {
        QaRecord record = editable(caseId, "QualityRegister.attach");
        WorkCase c = em.find(WorkCase.class, caseId);
        byte[] pdf = defects ? defectReportPdf(caseId) : matrixPdf(caseId);
        String name = (defects ? "Informe-de-defectos-" : "Matriz-de-casos-de-prueba-") + c.getNumber() + "-ciclo-"
                + record.getCycle() + ".pdf";
        files.store(c, new Attachments.Checked(name, "application/pdf", pdf, Attachments.sha256(pdf)), actor(), null,
                List.of());
        return name;
    }

    // ---- reads

    private Sheet sheet(QaRecord r, Actor actor) {
        WorkCase c = em.find(WorkCase.class, r.getCaseId());
        long testCases = em.createQuery("select count(t) from QaTestCase t where t.recordId = :r", Long.class)
                .setParameter("r", r.getId()).getSingleResult();
        long defects = em.createQuery("select count(d) from QaDefect d where d.recordId = :r", Long.class)
                .setParameter("r", r.getId()).getSingleResult();
        long pending = em.createQuery("select count(d) from QaDefect d where d.recordId = :r and d.status in :s",
                Long.class).setParameter("r", r.getId()).setParameter("s", List.of(Status.OPEN, Status.FIXED))
                .getSingleResult();
        return new Sheet(c.getId(), c.getNumber(), c.getTitle(), c.getProcedureCode(), r.getMatrixFormat(),
                r.getDefectsFormat(), r.getAnalyst(),
                r.getInterfaces(), r.getWindowDays(), r.getStartsOn(), r.getDueOn(), r.getCycle(), testCases, defects,
                pending, mayEdit(r, c, actor));
    }

    private List<TestCaseRow> testCaseRows(QaRecord record, int cycle, int first, int size) {
        return em.createQuery("select t, r from QaTestCase t left join QaTestRun r on r.testCaseId = t.id"
                + " and r.cycle = :cycle where t.recordId = :r order by t.seq", Object[].class)
                .setParameter("r", record.getId()).setParameter("cycle", cycle).setFirstResult(Math.max(0, first))
                .setMaxResults(size == Integer.MAX_VALUE ? size : Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream().map(o -> {
                    QaTestCase t = (QaTestCase) o[0];
                    QaTestRun r = (QaTestRun) o[1];
                    return new TestCaseRow(t.getId(), t.getSeq(), t.getFunctionality(), t.getDescription(),
                            t.getPreconditions(), t.getSteps(), t.getExpected(), t.getPriority(),
                            r == null ? null : r.getObtained(), r == null ? null : r.getVerdict());
                }).toList();
    }

    private List<DefectRow> defectRows(QaRecord record, int first, int size) {
        return em.createQuery("select d, t.seq from QaDefect d left join QaTestCase t"
                + " on t.id = d.testCaseId where d.recordId = :r order by d.cycle, d.seq", Object[].class)
                .setParameter("r", record.getId()).setFirstResult(Math.max(0, first))
                .setMaxResults(size == Integer.MAX_VALUE ? size : Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream().map(o -> {
                    QaDefect d = (QaDefect) o[0];
                    return new DefectRow(d.getId(), d.getSeq(), d.getCycle(), o[1] == null ? null
                            : QaTestCase.code((Integer) o[1]), d.getSeverity(), d.getDescription(),
                            d.getStepsToReproduce(), d.getStatus(), d.getReportedBy(), d.getReportedAt());
                }).toList();
    }

    /** Every result of every cycle, for the PDF, by cycle. */
    private List<QaTestRun> runs(QaRecord record) {
        return em.createQuery("select r from QaTestRun r where r.testCaseId in (select t.id from QaTestCase t"
                + " where t.recordId = :r) order by r.cycle", QaTestRun.class).setParameter("r", record.getId())
                .getResultList();
    }

    // ---- checks

    /** The case's QA record, if the caller may read it; otherwise the attempt is recorded and refused. */
    private QaRecord readable(long caseId, String action) {
        Actor actor = actor();
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !actor.of(c.getInstitutionCode()) || !(actor.isItStaff() || actor.has(Roles.AUDITOR))) {
            denied(action, caseId, c == null ? "no such case" : "case of another institution");
        }
        return em.createNamedQuery("QaRecord.findByCase", QaRecord.class).setParameter("caseId", caseId)
                .getResultStream().findFirst().orElseThrow(() -> new WorkflowException("quality.notOpened"));
    }

    /** The case's QA record, if the caller is its QA analyst and the case runs; otherwise recorded and refused. */
    private QaRecord editable(long caseId, String action) {
        QaRecord record = readable(caseId, action);
        WorkCase c = em.find(WorkCase.class, caseId);
        if (!mayEdit(record, c, actor())) {
            denied(action, caseId, "not the case's QA analyst, or the case is closed");
        }
        return record;
    }

    private static boolean mayEdit(QaRecord record, WorkCase c, Actor actor) {
        return c.getStatus() == CaseStatus.OPEN && actor.username().equals(record.getAnalyst())
                && actor.of(c.getInstitutionCode());
    }

    private void denied(String action, long caseId, String detail) {
        securityEvents.accessDenied(action, "QaRecord", String.valueOf(caseId), null, detail);
        throw new AccessDeniedException(action + " on case " + caseId + ": " + detail);
    }

    private QaTestCase testCase(QaRecord record, long testCaseId) {
        QaTestCase testCase = em.find(QaTestCase.class, testCaseId);
        if (testCase == null || testCase.getRecordId() != record.getId()) {
            throw new WorkflowException("quality.testCase.unknown");
        }
        return testCase;
    }

    private static void checkDesign(TestCaseDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(draft.functionality(), QaTestCase.SHORT_MAXLENGTH, "functionality", problems);
        required(draft.description(), QaTestCase.TEXT_MAXLENGTH, "description", problems);
        optional(draft.preconditions(), QaTestCase.TEXT_MAXLENGTH, "preconditions", problems);
        required(draft.steps(), QaTestCase.TEXT_MAXLENGTH, "steps", problems);
        required(draft.expected(), QaTestCase.TEXT_MAXLENGTH, "expected", problems);
        if (draft.priority() == null) {
            problems.put("priority", "quality.input.required");
        }
        refuseIf(problems);
    }

    private static void design(QaTestCase testCase, TestCaseDraft d) {
        testCase.design(d.functionality().strip(), d.description().strip(),
                d.preconditions() == null || d.preconditions().isBlank() ? null : d.preconditions().strip(),
                d.steps().strip(), d.expected().strip(), d.priority());
    }

    private static String required(String value, int max, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "quality.input.required");
            return null;
        }
        optional(value, max, field, problems);
        return value.strip();
    }

    private static void optional(String value, int max, String field, Map<String, String> problems) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, "quality.input.tooLong");
        }
    }

    private static void refuseIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
    }

    private ZoneId zone(QaRecord record) {
        return serviceLevels.calendar(record.getInstitutionCode()).zone();
    }

    private Actor actor() {
        return Callers.actor(context, em);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
