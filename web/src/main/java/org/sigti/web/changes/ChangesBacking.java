package org.sigti.web.changes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;
import org.sigti.changes.ChangeHistory;
import org.sigti.changes.ChangeRow;
import org.sigti.changes.SystemOption;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.faces.SystemYearFilter;
import org.sigti.web.home.DisplayTime;

/**
 * "Cambios" ({@code /changes/list.xhtml?system=&year=}): the go-lives of the caller's institution on a lazy calendar
 * that asks only for the range it shows, and the change history a page at a time, filtered by system and year (in the
 * institution's time zone), both from {@link ChangeHistory}.
 */
@Named
@ViewScoped
public class ChangesBacking extends SystemYearFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChangeHistory history;

    @Inject
    private DisplayTime time;

    private List<SystemOption> systems;
    private LazyDataModel<ChangeRow> rows;

    private final ScheduleModel calendar = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = time.getZone();
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (ChangeRow row : history.between(start.atZone(zone).toInstant(), end.atZone(zone).toInstant())) {
                LocalDateTime at = LocalDateTime.ofInstant(row.approvedAt(), zone);
                addEvent(DefaultScheduleEvent.<Long>builder().title(row.systemCode() + " " + row.versionRef())
                        .startDate(at).endDate(at.plusMinutes(30)).editable(false).data(row.id())
                        .display(ScheduleDisplayMode.BLOCK)
                        .styleClass(row.waived() ? "sigti-change sigti-change-waived" : "sigti-change")
                        .url(context + "/case/" + row.caseId()).build());
            }
        }
    };

    @PostConstruct
    void init() {
        systems = history.systems();
        rows = new PagedList<>(() -> history.count(getSystem(), getYear(), time.getZone()),
                (first, size) -> history.page(getSystem(), getYear(), time.getZone(), first, size),
                row -> String.valueOf(row.id()));
    }

    /** Applies the filter as URL parameters, so the filtered list is bookmarkable. */
    public String filter() {
        return "/changes/list?faces-redirect=true&includeViewParams=true";
    }

    /** The changes the form's filter selects, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws java.io.IOException {
        Long system = getSystem();
        Integer year = getYear();
        TableExport<ChangeRow> export = TableExport.of("changes_list.exportFile");
        export.column("changes_list.column.when", r -> time.format(r.approvedAt()))
                .column("changes_list.column.system", r -> r.systemCode() + " — " + r.systemName())
                .column("changes_list.column.version", ChangeRow::versionRef)
                .column("changes_list.column.summary", ChangeRow::summary)
                .column("changes_list.column.rollback", ChangeRow::rollbackPlan)
                .column("changes_list.column.approvedBy", ChangeRow::approvedBy)
                .column("changes_list.column.case", ChangeRow::caseNumber)
                .column("changes_list.column.backup", r -> r.firstRelease()
                        ? export.text("changes_list.backup.firstRelease")
                        : r.waived()
                        ? export.format("changes_list.backup.waived", r.waivedBy()) + ": " + r.waiverReason()
                        : export.format("changes_list.backup.copy", r.copyId(), time.format(r.copyTakenAt())) + " "
                                + r.copyFileName())
                .send(ExportFormat.named(format), ChangeHistory.MAX_PAGE_SIZE,
                        (first, size) -> history.page(system, year, time.getZone(), first, size));
    }

    /** Where the calendar opens: today, in the institution's zone. */
    public LocalDate getInitialDate() {
        return LocalDate.now(time.getZone());
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public LazyDataModel<ChangeRow> getRows() {
        return rows;
    }

    public List<SystemOption> getSystems() {
        return systems;
    }

    @Override
    protected ZoneId zone() {
        return time.getZone();
    }
}
