package org.sigti.web.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.statistics.StatisticsBoard;
import org.sigti.statistics.StatisticsReminders;
import org.sigti.statistics.StatisticsRows.DueRow;
import org.sigti.statistics.StatisticsRows.DueState;
import org.sigti.statistics.StatisticsRows.EntityRow;
import org.sigti.statistics.StatisticsRows.TemplateRow;
import org.sigti.statistics.StatisticsTemplates;
import org.sigti.web.cases.Messages;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /statistics/board.xhtml[?state=LATE]}: the follow-up board of the submission schedule (who sent what, what
 * is late, what was rejected), filtered and paged in the database; for the statistics team, the form that adds a line
 * to the Cronograma de envío and the button that sends the reminders due today.
 */
@Named
@ViewScoped
public class StatisticsBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StatisticsBoard board;

    @EJB
    private StatisticsTemplates templates;

    @EJB
    private StatisticsReminders reminders;

    private DueState state;
    private LazyDataModel<DueRow> dues;
    private Boolean mayEdit;
    private List<EntityRow> entities;
    private List<TemplateRow> templateChoices;

    private Long entityId;
    private Long templateId;
    private String period;
    private LocalDate dueOn;

    private long count;

    /** f:viewAction: the count of the filter, which refuses (and records) a caller outside the team and Auditor. */
    public void load() {
        count = board.count(state);
    }

    public long getCount() {
        return count;
    }

    public LazyDataModel<DueRow> getDues() {
        if (dues == null) {
            DueState shown = state;
            dues = new PagedList<>(() -> board.count(shown), (first, size) -> board.page(shown, first, size),
                    r -> String.valueOf(r.id()));
        }
        return dues;
    }

    public String schedule() {
        try {
            board.schedule(entityId, templateId, period, dueOn);
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
        Messages.info("statistics_board.scheduled");
        return "/statistics/board.xhtml?faces-redirect=true";
    }

    public String remind() {
        int mails = reminders.remindNow();
        Messages.info("statistics_board.reminded", mails);
        return "/statistics/board.xhtml?faces-redirect=true";
    }

    private String label(String field) {
        return Messages.text(Messages.bundle(FacesContext.getCurrentInstance()), "statistics_board.field." + field);
    }

    public boolean isMayEdit() {
        if (mayEdit == null) {
            mayEdit = board.mayEdit();
        }
        return mayEdit;
    }

    public List<EntityRow> getEntities() {
        if (entities == null) {
            entities = board.entities();
        }
        return entities;
    }

    public List<TemplateRow> getTemplateChoices() {
        if (templateChoices == null) {
            templateChoices = templates.page(0, StatisticsTemplates.MAX_PAGE);
        }
        return templateChoices;
    }

    public List<DueState> getStates() {
        return List.of(DueState.values());
    }

    public DueState getState() {
        return state;
    }

    public void setState(DueState state) {
        this.state = state;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
