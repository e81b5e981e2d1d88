package org.sigti.web.home;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.CaseQueries;
import org.sigti.workflow.Inbox;
import org.sigti.workflow.InboxQuery;
import org.sigti.workflow.InboxRow;
import org.sigti.workflow.MyCaseRow;
import org.sigti.workflow.Procedures;

/**
 * The home page: "Mi bandeja" (what waits for me, my unit's or the office's open work, with search, filters, sorting
 * and paging in the database) and "Mis solicitudes" (what I filed). Each list exports, as CSV or XLSX, every row its
 * filters match (all pages, in the table's order), read from the same services as the table.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Inbox inboxService;

    @EJB
    private CaseQueries cases;

    @jakarta.inject.Inject
    private Procedures procedures;

    @jakarta.inject.Inject
    private DisplayTime time;

    private InboxQuery.Scope scope = InboxQuery.Scope.MINE;
    private String text;
    private String procedure;
    private String priority;
    private Integer inboxCount;
    /** The order a saved view asks for, used while the table's headers ask for none. */
    private InboxQuery.Sort viewSort = InboxQuery.Sort.AGE;
    private boolean viewDescending;

    private LazyDataModel<InboxRow> inbox;
    private LazyDataModel<MyCaseRow> myRequests;

    @PostConstruct
    void init() {
        inbox = new InboxModel();
        myRequests = new PagedList<>(cases::countMyCases, cases::myCases, row -> String.valueOf(row.id()));
    }

    /** Applies the filters (the table goes back to its first page). */
    public void search() {
        inboxCount = null;
    }

    /** The inbox's filters and order as the page shows them now (what a saved view keeps). */
    public InboxQuery filters() {
        return query(((InboxModel) inbox).sort, ((InboxModel) inbox).descending);
    }

    /** Shows the inbox as a saved view's filters and order select it (the table goes back to its first page). */
    public void apply(InboxQuery view) {
        scope = view.scope();
        text = view.text();
        procedure = view.procedureCode();
        priority = view.priority();
        viewSort = view.sort();
        viewDescending = view.descending();
        inboxCount = null;
    }

    /** The inbox as the filters of the form select it, every page, in the table's order, as a file. */
    public void exportInbox(String format) throws IOException {
        InboxQuery q = query(((InboxModel) inbox).sort, ((InboxModel) inbox).descending);
        TableExport<InboxRow> export = TableExport.of("index.export.inboxFile");
        export.column("index.column.number", InboxRow::caseNumber)
                .column("index.column.title", InboxRow::title)
                .column("index.column.procedure", InboxRow::procedureCode)
                .column("inbox.column.step", r -> r.stepCode() + " · " + stepTitle(r, export.locale()))
                .column("inbox.column.queue", r -> export.text("role." + r.roleName())
                        + (r.unitCode() == null ? "" : " " + r.unitCode()))
                .column("inbox.column.assignee", InboxRow::assignee)
                .column("inbox.column.priority", r -> r.priority() == null ? ""
                        : export.text("priority." + r.priority()))
                .column("index.column.created", r -> time.format(r.createdAt()))
                .send(ExportFormat.named(format), Inbox.MAX_PAGE_SIZE,
                        (first, size) -> inboxService.page(q, first, size));
    }

    /** "Mis solicitudes", every page, as a file. */
    public void exportMyRequests(String format) throws IOException {
        TableExport<MyCaseRow> export = TableExport.of("index.export.myRequestsFile");
        export.column("index.column.number", MyCaseRow::number)
                .column("index.column.title", MyCaseRow::title)
                .column("index.column.procedure", MyCaseRow::procedureCode)
                .column("index.column.status", r -> export.text("CaseStatus." + r.status()))
                .column("index.column.created", r -> time.format(r.openedAt()))
                .send(ExportFormat.named(format), CaseQueries.MAX_PAGE_SIZE, cases::myCases);
    }

    private InboxQuery query(InboxQuery.Sort sort, boolean descending) {
        return new InboxQuery(scope, text, procedure, priority, sort, descending);
    }

    /** How many steps the current filters match, for the heading; "1000+" beyond the cap. */
    public String getInboxCount() {
        int count = inboxCount();
        return count > Inbox.COUNT_CAP ? Inbox.COUNT_CAP + "+" : String.valueOf(count);
    }

    /** Counted once per filter: the heading and the table's paginator share it. */
    private int inboxCount() {
        if (inboxCount == null) {
            inboxCount = inboxService.count(query(InboxQuery.Sort.AGE, false));
        }
        return inboxCount;
    }

    /** The step's title as the manual words it, in the view's language. */
    public String stepTitle(InboxRow row, java.util.Locale locale) {
        return procedures.flow(row.procedureCode()).flatMap(f -> f.definition().step(row.stepCode()))
                .map(step -> step.title().in(locale)).orElse("");
    }

    public List<InboxQuery.Scope> getScopes() {
        return inboxService.scopes();
    }

    public List<String> getProcedureCodes() {
        return procedures.all().stream().map(d -> d.code()).toList();
    }

    public LazyDataModel<InboxRow> getInbox() {
        return inbox;
    }

    public LazyDataModel<MyCaseRow> getMyRequests() {
        return myRequests;
    }

    public InboxQuery.Scope getScope() {
        return scope;
    }

    public void setScope(InboxQuery.Scope scope) {
        this.scope = scope == null ? InboxQuery.Scope.MINE : scope;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    /** The inbox table: filters from the form above it, order from the column headers, paging in the database. */
    private final class InboxModel extends LazyDataModel<InboxRow> {
        private static final long serialVersionUID = 1L;
        /** The order the table last asked for: the export keeps it. */
        private InboxQuery.Sort sort = InboxQuery.Sort.AGE;
        private boolean descending;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.min(inboxCount(), Inbox.COUNT_CAP);
        }

        @Override
        public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sort = viewSort;
            descending = viewDescending;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta meta = sortBy.values().iterator().next();
                sort = switch (meta.getField()) {
                    case "priority" -> InboxQuery.Sort.PRIORITY;
                    case "caseNumber" -> InboxQuery.Sort.NUMBER;
                    default -> InboxQuery.Sort.AGE;
                };
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
            return inboxService.page(query(sort, descending), first, pageSize);
        }

        /** The step and the version the page shows: bulk work acts on what the user saw, as the case page does. */
        @Override
        public String getRowKey(InboxRow row) {
            return row.itemId() + "-" + row.version();
        }

        /**
         * A row ticked for bulk work: only a row the inbox holds under the current scope and filters, with the version
         * the page showed (a step changed meanwhile is refused as "someone acted first"); a forged key selects nothing,
         * and the kernel checks every step it is asked to move anyway.
         */
        @Override
        public InboxRow getRowData(String rowKey) {
            if (rowKey == null || !rowKey.matches("[0-9]{1,18}-[0-9]{1,18}")) {
                return null;
            }
            String[] key = rowKey.split("-");
            long seen = Long.parseLong(key[1]);
            return inboxService.row(query(InboxQuery.Sort.AGE, false), Long.parseLong(key[0]))
                    .map(r -> new InboxRow(r.itemId(), seen, r.caseId(), r.caseNumber(), r.title(), r.procedureCode(),
                            r.stepCode(), r.roleName(), r.unitCode(), r.assignee(), r.priority(), r.createdAt()))
                    .orElse(null);
        }
    }
}
