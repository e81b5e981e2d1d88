package org.sigti.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.statistics.IntakeValidator.ValidRow;
import org.sigti.statistics.StatisticsRows.DataTable;
import org.sigti.statistics.StatisticsRows.DueRow;
import org.sigti.statistics.StatisticsRows.SubmissionRow;
import org.sigti.statistics.StatisticsRows.UploadReport;
import org.sigti.workflow.WorkflowException;

/**
 * S04.05.00.01 step 13, SIESDEF's part: an entity's representative sends the tables due on the schedule, as CSV or
 * XLSX in the template's shape. Each upload is one transaction: it is validated whole ({@link IntakeValidator})
 * before anything is written; refused, it records the attempt and its rejected rows (the report the representative
 * downloads) and no data; accepted, its cells go into the statistics store as the next version of the period's data
 * (earlier versions stay). The representative reads only their entity's dues; the statistics team and the Auditor read
 * every entity's reports and data (step 15: "seguimiento, control y evaluación").
 */
@Stateless
@RolesAllowed({Roles.REPRESENTANTE, Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class StatisticsIntake {

    /** The institution that governs the Sector's statistics (its OGTIE keeps the store). */
    public static final String SECTOR_INSTITUTION = "MINDEF";
    /** The Sector's time zone: due dates are its days. */
    public static final ZoneId ZONE = ZoneId.of("America/Lima");
    /** The largest file accepted (the validator's). */
    public static final int MAX_BYTES = IntakeValidator.MAX_BYTES;
    /** The largest page a caller gets. */
    public static final int MAX_PAGE = 100;
    /** How many rejections the upload's answer carries (the report has them all). */
    public static final int REPORT_PREVIEW = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    /** How many dues the caller's entities have. */
    @RolesAllowed(Roles.REPRESENTANTE)
    public long countMine() {
        return em.createQuery("select count(d) from StatDue d, StatEntity e where e.id = d.entityId"
                + " and (e.titularUser = :u or e.alternoUser = :u)", Long.class)
                .setParameter("u", access().username()).getSingleResult();
    }

    /** A page of the caller's entities' dues, the earliest due first. */
    @RolesAllowed(Roles.REPRESENTANTE)
    public List<DueRow> mine(int first, int size) {
        LocalDate today = LocalDate.now(ZONE);
        return em.createQuery(DueStates.SELECT + " and (e.titularUser = :u or e.alternoUser = :u)"
                + " order by d.dueOn, e.code, t.code, d.period", Object[].class)
                .setParameter("u", access().username()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultStream()
                .map(o -> DueStates.row(o, today)).toList();
    }

    /** A due as the caller may read it. */
    public DueRow due(long dueId) {
        StatDue due = readable(dueId, "StatisticsIntake.due");
        return DueStates.row(new Object[] {due, em.find(StatEntity.class, due.getEntityId()),
            em.find(StatTemplate.class, due.getTemplateId())}, LocalDate.now(ZONE));
    }

    /** The uploads of a due, the latest first (a handful; capped). */
    public List<SubmissionRow> submissions(long dueId) {
        readable(dueId, "StatisticsIntake.submissions");
        return em.createQuery("select s from StatSubmission s where s.dueId = :d order by s.attempt desc",
                StatSubmission.class).setParameter("d", dueId).setMaxResults(MAX_PAGE).getResultStream()
                .map(StatisticsIntake::row).toList();
    }

    /**
     * Uploads a table due: the caller must be a representative of the due's entity. Answers the outcome; a refused
     * upload stores its rejected rows and nothing else.
     */
    @RolesAllowed(Roles.REPRESENTANTE)
    public UploadReport upload(long dueId, String fileName, byte[] content) {
        StatisticsAccess access = access();
        StatDue due = em.find(StatDue.class, dueId);
        StatEntity entity = due == null ? null : em.find(StatEntity.class, due.getEntityId());
        if (entity == null || !entity.representedBy(access.username())) {
            access.deny("StatisticsIntake.upload", "StatDue", dueId, "not a representative of the due's entity");
        }
        if (content == null || content.length == 0) {
            throw new WorkflowException("statistics.upload.noFile");
        }
        em.lock(due, LockModeType.PESSIMISTIC_WRITE); // attempts and versions are numbered one upload at a time
        String name = fileName(fileName);
        IntakeValidator.Checked checked = IntakeValidator.check(
                StatisticsTemplates.spec(em, em.find(StatTemplate.class, due.getTemplateId())), name, content);
        List<Rejection> rejections = checked.outcome().rejections();
        List<ValidRow> rows = checked.outcome().rows();
        int rowCount = checked.rowCount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int attempt = due.attempt(now);
        Integer version = rejections.isEmpty() ? due.accepted() : null;
        if (version == null) {
            due.rejected();
        }
        StatSubmission submission = new StatSubmission(due.getId(), attempt, version, name, content.length, rowCount,
                (int) rejections.stream().mapToInt(Rejection::row).distinct().count(), access.username(), now);
        em.persist(submission);
        em.flush();
        for (int i = 0; i < rejections.size(); i++) {
            Rejection r = rejections.get(i);
            em.persist(new StatRejection(submission.getId(), i + 1, r.row(), r.column(), r.reasonKey(),
                    r.arguments()));
        }
        for (ValidRow row : rows) {
            for (int c = 0; c < row.texts().size(); c++) {
                if (row.texts().get(c) != null) {
                    em.persist(new StatCell(submission.getId(), row.number(), c + 1, row.texts().get(c),
                            row.numbers().get(c)));
                }
            }
        }
        return new UploadReport(submission.getId(), version != null, version, rowCount, rejections.size(),
                rejections.subList(0, Math.min(rejections.size(), REPORT_PREVIEW)));
    }

    /** An upload as the caller may read it. */
    public SubmissionRow submission(long submissionId) {
        return row(readableSubmission(submissionId, "StatisticsIntake.submission"));
    }

    /** How many rejections a refused upload has. */
    public long countRejections(long submissionId) {
        readableSubmission(submissionId, "StatisticsIntake.countRejections");
        return em.createQuery("select count(r) from StatRejection r where r.submissionId = :s", Long.class)
                .setParameter("s", submissionId).getSingleResult();
    }

    /** A page of a refused upload's rejections, in file order: the rejected-rows report. */
    public List<Rejection> rejections(long submissionId, int first, int size) {
        readableSubmission(submissionId, "StatisticsIntake.rejections");
        return em.createQuery("select r from StatRejection r where r.submissionId = :s order by r.seq",
                StatRejection.class).setParameter("s", submissionId).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 1000))).getResultStream()
                .map(r -> new Rejection(r.getRow(), r.getColumn(), r.getReasonKey(), r.getArguments())).toList();
    }

    /** The data of an accepted upload, in file order, for its export. */
    public DataTable data(long submissionId) {
        StatSubmission s = readableSubmission(submissionId, "StatisticsIntake.data");
        if (s.getDataVersion() == null) {
            throw new WorkflowException("statistics.submission.noData");
        }
        StatDue due = em.find(StatDue.class, s.getDueId());
        TemplateSpec spec = StatisticsTemplates.spec(em, em.find(StatTemplate.class, due.getTemplateId()));
        List<List<String>> rows = new ArrayList<>();
        int current = -1;
        String[] cells = null;
        for (StatCell cell : em.createQuery("select c from StatCell c where c.submissionId = :s"
                + " order by c.row, c.columnSeq", StatCell.class).setParameter("s", submissionId).getResultList()) {
            if (cell.getRow() != current) {
                cells = new String[spec.columns().size()];
                rows.add(java.util.Arrays.asList(cells));
                current = cell.getRow();
            }
            cells[cell.getColumnSeq() - 1] = cell.getText();
        }
        return new DataTable(s.getFileName(), spec.header(), rows);
    }

    // ---- checks

    private StatDue readable(long dueId, String action) {
        StatDue due = em.find(StatDue.class, dueId);
        if (due == null) {
            access().deny(action, "StatDue", dueId, "no such due");
        }
        access().requireReader(em.find(StatEntity.class, due.getEntityId()), action, "StatDue", dueId);
        return due;
    }

    private StatSubmission readableSubmission(long submissionId, String action) {
        StatSubmission s = em.find(StatSubmission.class, submissionId);
        if (s == null) {
            access().deny(action, "StatSubmission", submissionId, "no such upload");
        }
        StatDue due = em.find(StatDue.class, s.getDueId());
        access().requireReader(em.find(StatEntity.class, due.getEntityId()), action, "StatSubmission",
                submissionId);
        return s;
    }

    private static SubmissionRow row(StatSubmission s) {
        return new SubmissionRow(s.getId(), s.getDueId(), s.getAttempt(), s.getOutcome(), s.getDataVersion(),
                s.getFileName(), s.getRowCount(), s.getRejectedRows(), s.getUploadedBy(), s.getUploadedAt());
    }

    /** The file's own name (no path a browser may send), cut to what the store keeps. */
    static String fileName(String raw) {
        String n = raw == null ? "" : raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty()) {
            n = "sin-nombre";
        }
        return n.length() <= StatSubmission.FILE_NAME_MAXLENGTH ? n
                : n.substring(n.length() - StatSubmission.FILE_NAME_MAXLENGTH);
    }

    private StatisticsAccess access() {
        return new StatisticsAccess(context, em, securityEvents);
    }
}
