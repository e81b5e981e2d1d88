package org.sigti.web.statistics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.statistics.StatColumn;
import org.sigti.statistics.StatTemplate;
import org.sigti.statistics.StatisticsBoard;
import org.sigti.statistics.StatisticsRows.CodeListRow;
import org.sigti.statistics.StatisticsRows.ColumnDraft;
import org.sigti.statistics.StatisticsRows.TemplateDraft;
import org.sigti.statistics.StatisticsRows.TemplateRow;
import org.sigti.statistics.StatisticsTemplates;
import org.sigti.web.cases.Messages;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /statistics/templates.xhtml}: the statistical table templates (paged in the database) with their downloads,
 * the code lists, and, for the statistics team, the forms that write a code list and a template (up to
 * {@value #COLUMN_ROWS} columns at a time; a blank column row is left out).
 */
@Named
@ViewScoped
public class StatisticsTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many column rows the template form offers. */
    static final int COLUMN_ROWS = 10;

    /** One column row of the template form. */
    public static final class ColumnForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private StatColumn.Type type;
        private String codeList;
        private boolean required = true;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public StatColumn.Type getType() {
            return type;
        }

        public void setType(StatColumn.Type type) {
            this.type = type;
        }

        public String getCodeList() {
            return codeList;
        }

        public void setCodeList(String codeList) {
            this.codeList = codeList;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }

    @EJB
    private StatisticsTemplates templates;

    @EJB
    private StatisticsBoard board;

    private LazyDataModel<TemplateRow> list;
    private List<CodeListRow> codeLists;
    private Boolean mayEdit;

    private String listCode;
    private String listName;
    private String listCodes;

    private String code;
    private String name;
    private StatTemplate.TotalRule totalRule = StatTemplate.TotalRule.NONE;
    private final List<ColumnForm> columns = new ArrayList<>();

    public StatisticsTemplatesBacking() {
        for (int i = 0; i < COLUMN_ROWS; i++) {
            columns.add(new ColumnForm());
        }
    }

    public LazyDataModel<TemplateRow> getList() {
        if (list == null) {
            list = new PagedList<>(templates::count, templates::page, r -> String.valueOf(r.id()));
        }
        return list;
    }

    public String createCodeList() {
        try {
            templates.createCodeList(listCode, listName, listCodes);
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
        Messages.info("statistics_templates.codeListSaved");
        return "/statistics/templates.xhtml?faces-redirect=true";
    }

    public String create() {
        List<ColumnDraft> drafts = columns.stream().filter(c -> c.getName() != null && !c.getName().isBlank())
                .map(c -> new ColumnDraft(c.getName(), c.getType(), c.getCodeList(), c.isRequired())).toList();
        try {
            templates.create(new TemplateDraft(code, name, totalRule, drafts));
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
        Messages.info("statistics_templates.saved");
        return "/statistics/templates.xhtml?faces-redirect=true";
    }

    private String label(String field) {
        return Messages.text(Messages.bundle(FacesContext.getCurrentInstance()),
                "statistics_templates.field." + field);
    }

    public boolean isMayEdit() {
        if (mayEdit == null) {
            mayEdit = board.mayEdit();
        }
        return mayEdit;
    }

    public List<CodeListRow> getCodeLists() {
        if (codeLists == null) {
            codeLists = templates.codeLists();
        }
        return codeLists;
    }

    public List<StatColumn.Type> getTypes() {
        return List.of(StatColumn.Type.values());
    }

    public List<StatTemplate.TotalRule> getTotalRules() {
        return List.of(StatTemplate.TotalRule.values());
    }

    public List<ColumnForm> getColumns() {
        return columns;
    }

    public String getListCode() {
        return listCode;
    }

    public void setListCode(String listCode) {
        this.listCode = listCode;
    }

    public String getListName() {
        return listName;
    }

    public void setListName(String listName) {
        this.listName = listName;
    }

    public String getListCodes() {
        return listCodes;
    }

    public void setListCodes(String listCodes) {
        this.listCodes = listCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StatTemplate.TotalRule getTotalRule() {
        return totalRule;
    }

    public void setTotalRule(StatTemplate.TotalRule totalRule) {
        this.totalRule = totalRule;
    }
}
