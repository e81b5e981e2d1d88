package org.sigti.web.statistics;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.sigti.statistics.Rejection;
import org.sigti.statistics.StatisticsIntake;
import org.sigti.statistics.StatisticsRows.DueRow;
import org.sigti.statistics.StatisticsRows.SubmissionRow;
import org.sigti.statistics.StatisticsRows.UploadReport;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /statistics/due.xhtml?due=ID[&submission=ID]}: a table due by an entity for a period, its uploads (latest
 * first) with their reports and data, and, for the entity's representative, the form to send it. After an upload the
 * page shows that upload's outcome from the store (redirect, so a reload sends nothing twice).
 */
@Named
@ViewScoped
public class StatisticsDueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StatisticsIntake intake;

    private Long dueId;
    private Long submissionId;
    private DueRow due;
    private List<SubmissionRow> submissions;
    private SubmissionRow shown;
    private List<Rejection> rejections;
    private long rejectionCount;
    private transient UploadedFile file;

    /** f:viewAction: the due named by the URL (403 when the caller may not read it, 404 when it is not given). */
    public void load() throws IOException {
        if (dueId == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        due = intake.due(dueId);
        submissions = intake.submissions(dueId);
        if (submissionId != null) {
            shown = intake.submission(submissionId);
            if (shown.dueId() != dueId) {
                shown = null;
            } else {
                rejectionCount = intake.countRejections(submissionId);
                rejections = intake.rejections(submissionId, 0, StatisticsIntake.REPORT_PREVIEW);
            }
        }
    }

    public String upload() {
        UploadReport report;
        try {
            report = intake.upload(dueId, file == null ? null : file.getFileName(),
                    file == null ? null : file.getContent());
        } catch (WorkflowException e) {
            Messages.show(e, field -> field);
            return null;
        }
        if (report.accepted()) {
            Messages.info("statistics_due.accepted", report.version(), report.rows());
        } else {
            Messages.error("statistics_due.rejected", report.rejectedCount());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        }
        return "/statistics/due.xhtml?faces-redirect=true&due=" + dueId + "&submission=" + report.submissionId();
    }

    /** A rejection's reason in the view's language. */
    public String reason(Rejection r) {
        return StatisticsTexts.reason(StatisticsTexts.view(), r);
    }

    /** A rejection's row as people read it. */
    public String row(Rejection r) {
        return StatisticsTexts.row(StatisticsTexts.view(), r);
    }

    public DueRow getDue() {
        return due;
    }

    public List<SubmissionRow> getSubmissions() {
        return submissions;
    }

    public SubmissionRow getShown() {
        return shown;
    }

    public List<Rejection> getRejections() {
        return rejections;
    }

    public long getRejectionCount() {
        return rejectionCount;
    }

    public Long getDueId() {
        return dueId;
    }

    public void setDueId(Long dueId) {
        this.dueId = dueId;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
