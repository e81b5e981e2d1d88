package org.sigti.web.quality;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.quality.QaDefect;
import org.sigti.quality.QaRows.DefectDraft;
import org.sigti.quality.QaRows.DefectRow;
import org.sigti.quality.QaRows.Sheet;
import org.sigti.quality.QaRows.TestCaseDraft;
import org.sigti.quality.QaRows.TestCaseRow;
import org.sigti.quality.QaTestCase;
import org.sigti.quality.QaTestRun;
import org.sigti.quality.QualityRegister;
import org.sigti.web.cases.Messages;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /quality/matrix.xhtml?case=ID}: the Matriz de diseño de casos de prueba of a case with the results of a
 * cycle ({@code &cycle=N}, the current one by default), and its Informe de defectos, both paged in the database. The
 * case's QA analyst designs test cases, records results, reports defects, moves their status and attaches the PDFs to
 * the case; everyone else the register lets in reads. Each action is one service call, then a redirect.
 */
@Named
@ViewScoped
public class QualityMatrixBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QualityRegister register;

    private Long caseId;
    private Integer cycle;
    private Sheet sheet;
    private LazyDataModel<TestCaseRow> testCases;
    private LazyDataModel<DefectRow> defects;
    private List<TestCaseRow> choices;
    private List<DefectRow> defectChoices;

    private String functionality;
    private String description;
    private String preconditions;
    private String steps;
    private String expected;
    private QaTestCase.Priority priority;

    private Long resultCase;
    private String obtained;
    private QaTestRun.Verdict verdict;

    private Long defectCase;
    private QaDefect.Severity severity;
    private String defectDescription;
    private String reproduce;

    private Long defectId;
    private QaDefect.Status status;

    /** f:viewAction: the case named by the URL; a missing id or a case without QA is "not found". */
    public void load() throws IOException {
        if (caseId == null || (sheet = register.find(caseId).orElse(null)) == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        long id = caseId;
        Integer shown = cycle;
        testCases = new PagedList<>(() -> register.countTestCases(id),
                (first, size) -> register.testCases(id, shown, first, size), r -> String.valueOf(r.id()));
        defects = new PagedList<>(() -> register.countDefects(id),
                (first, size) -> register.defects(id, first, size), r -> String.valueOf(r.id()));
    }

    public String addTestCase() {
        try {
            register.addTestCase(caseId, new TestCaseDraft(functionality, description, preconditions, steps,
                    expected, priority));
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
        return done("quality_matrix.saved.testCase");
    }

    public String recordResult() {
        try {
            register.recordResult(caseId, resultCase == null ? -1 : resultCase, obtained, verdict);
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
        return done("quality_matrix.saved.result");
    }

    public String reportDefect() {
        try {
            register.reportDefect(caseId, new DefectDraft(defectCase, severity, defectDescription, reproduce));
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
        return done("quality_matrix.saved.defect");
    }

    public String changeDefect() {
        try {
            register.changeDefect(caseId, defectId == null ? -1 : defectId, status);
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
        return done("quality_matrix.saved.status");
    }

    public String attach(boolean defectReport) {
        String name = register.attach(caseId, defectReport);
        Messages.info("quality_matrix.attached", name);
        return "/case.xhtml?faces-redirect=true&id=" + caseId;
    }

    private String done(String key) {
        Messages.info(key);
        return "/quality/matrix.xhtml?faces-redirect=true&case=" + caseId;
    }

    private String label(String field) {
        return Messages.text(Messages.bundle(FacesContext.getCurrentInstance()), "quality_matrix.field." + field);
    }

    /** The test cases to pick from in the forms (the first hundred, in design order). */
    public List<TestCaseRow> getChoices() {
        if (choices == null) {
            choices = sheet == null ? List.of() : register.testCases(caseId, null, 0, QualityRegister.MAX_PAGE);
        }
        return choices;
    }

    /** The defects to pick from in the status form (the first hundred, by cycle and number). */
    public List<DefectRow> getDefectChoices() {
        if (defectChoices == null) {
            defectChoices = sheet == null ? List.of() : register.defects(caseId, 0, QualityRegister.MAX_PAGE);
        }
        return defectChoices;
    }

    public List<QaTestCase.Priority> getPriorities() {
        return List.of(QaTestCase.Priority.values());
    }

    public List<QaTestRun.Verdict> getVerdicts() {
        return List.of(QaTestRun.Verdict.values());
    }

    public List<QaDefect.Severity> getSeverities() {
        return List.of(QaDefect.Severity.values());
    }

    public List<QaDefect.Status> getStatuses() {
        return List.of(QaDefect.Status.values());
    }

    public Sheet getSheet() {
        return sheet;
    }

    public int getShownCycle() {
        return cycle == null ? sheet.cycle() : cycle;
    }

    public LazyDataModel<TestCaseRow> getTestCases() {
        return testCases;
    }

    public LazyDataModel<DefectRow> getDefects() {
        return defects;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Integer getCycle() {
        return cycle;
    }

    public void setCycle(Integer cycle) {
        this.cycle = cycle;
    }

    public String getFunctionality() {
        return functionality;
    }

    public void setFunctionality(String functionality) {
        this.functionality = functionality;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPreconditions() {
        return preconditions;
    }

    public void setPreconditions(String preconditions) {
        this.preconditions = preconditions;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public String getExpected() {
        return expected;
    }

    public void setExpected(String expected) {
        this.expected = expected;
    }

    public QaTestCase.Priority getPriority() {
        return priority;
    }

    public void setPriority(QaTestCase.Priority priority) {
        this.priority = priority;
    }

    public Long getResultCase() {
        return resultCase;
    }

    public void setResultCase(Long resultCase) {
        this.resultCase = resultCase;
    }

    public String getObtained() {
        return obtained;
    }

    public void setObtained(String obtained) {
        this.obtained = obtained;
    }

    public QaTestRun.Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(QaTestRun.Verdict verdict) {
        this.verdict = verdict;
    }

    public Long getDefectCase() {
        return defectCase;
    }

    public void setDefectCase(Long defectCase) {
        this.defectCase = defectCase;
    }

    public QaDefect.Severity getSeverity() {
        return severity;
    }

    public void setSeverity(QaDefect.Severity severity) {
        this.severity = severity;
    }

    public String getDefectDescription() {
        return defectDescription;
    }

    public void setDefectDescription(String defectDescription) {
        this.defectDescription = defectDescription;
    }

    public String getReproduce() {
        return reproduce;
    }

    public void setReproduce(String reproduce) {
        this.reproduce = reproduce;
    }

    public Long getDefectId() {
        return defectId;
    }

    public void setDefectId(Long defectId) {
        this.defectId = defectId;
    }

    public QaDefect.Status getStatus() {
        return status;
    }

    public void setStatus(QaDefect.Status status) {
        this.status = status;
    }
}
