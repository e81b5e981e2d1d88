package org.sigti.web.backup;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.backup.BackupException;
import org.sigti.backup.BackupTargets;
import org.sigti.backup.PgCopies;
import org.sigti.backup.PgCopyProgress;
import org.sigti.backup.TargetView;
import org.sigti.backup.VerificationResult;
import org.sigti.web.admin.ProblemMessages;

/**
 * /backup/copies.xhtml: a copy of a target for a case, made by SIGTI with pg_dump; the page polls its progress
 * every second until it ends, then its copy may be verified (restore and row counts). The latest runs are listed,
 * one page of {@value #PAGE} at a time.
 */
@Named
@ViewScoped
public class CopiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @EJB
    private PgCopies copies;

    @EJB
    private BackupTargets targetService;

    private List<TargetView> targets;
    private Long targetId;
    private String caseNumber;
    private Long runId;
    private PgCopyProgress current;
    private List<PgCopyProgress> recent;
    private int first;

    @PostConstruct
    void init() {
        targets = targetService.list();
        recent = copies.recent(first, PAGE);
    }

    public void start() {
        try {
            runId = copies.startCopy(caseNumber, targetId == null ? -1 : targetId);
        } catch (BackupException e) {
            ProblemMessages.error(e.getProblem(), e.getArguments());
            return;
        }
        refresh();
    }

    /** The poll's listener: the run's row as the worker last wrote it. */
    public void refresh() {
        if (runId != null) {
            current = copies.progress(runId);
            if (!current.running()) {
                recent = copies.recent(first, PAGE);
            }
        }
    }

    public void verify(long copyId) {
        VerificationResult result;
        try {
            result = copies.verify(copyId);
        } catch (BackupException e) {
            ProblemMessages.error(e.getProblem(), e.getArguments());
            return;
        }
        if (result.verified()) {
            ProblemMessages.info("backup_copies.message.verified", result.detail());
        } else {
            ProblemMessages.warn("backup_copies.message.failed", result.detail(), result.incidentNumber());
        }
        refresh();
        recent = copies.recent(first, PAGE);
    }

    public void older() {
        first += PAGE;
        recent = copies.recent(first, PAGE);
    }

    public void newer() {
        first = Math.max(0, first - PAGE);
        recent = copies.recent(first, PAGE);
    }

    public boolean isPolling() {
        return current != null && current.running();
    }

    public boolean isHasOlder() {
        return recent.size() == PAGE;
    }

    public boolean isHasNewer() {
        return first > 0;
    }

    public List<TargetView> getTargets() {
        return targets;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public PgCopyProgress getCurrent() {
        return current;
    }

    public List<PgCopyProgress> getRecent() {
        return recent;
    }
}
