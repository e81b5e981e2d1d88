package org.sigti.web.maintenance;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.changes.SystemOption;
import org.sigti.inventory.EquipmentRegistry;
import org.sigti.maintenance.MaintenanceRegister;
import org.sigti.maintenance.MaintenanceRegister.Filter;
import org.sigti.maintenance.RegisterRow;
import org.sigti.maintenance.SystemMaintenanceType;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.faces.SystemYearFilter;
import org.sigti.web.home.DisplayTime;

/**
 * The register DGP/ESIN-R-6 "Mantenimiento de Sistemas" ({@code /maintenance/register.xhtml?system=&year=&type=}):
 * the manual's nine columns and the maintenance type, a page at a time from {@link MaintenanceRegister}, filtered by
 * system, year and type (bookmarkable), and exported whole as CSV or XLSX with the filter applied, in the view's
 * language ({@link TableExport}). The export is a POST of the page's form: it changes nothing.
 */
@Named
@ViewScoped
public class RegisterBacking extends SystemYearFilter {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @EJB
    private MaintenanceRegister register;

    @Inject
    private DisplayTime time;

    private SystemMaintenanceType type;
    private List<SystemOption> systems;
    private LazyDataModel<RegisterRow> rows;

    private Integer count;

    @PostConstruct
    void init() {
        rows = new PagedList<>(this::getCount, (first, size) -> register.page(filter(), time.getZone(), first, size),
                row -> String.valueOf(row.id()));
    }

    /**
     * f:viewAction: the systems are read before anything renders, so a caller of another institution than the
     * register's gets the 403 page.
     */
    public void load() {
        systems = register.systems();
    }

    private Filter filter() {
        return new Filter(getSystem(), getYear(), type);
    }

    /** Applies the filter as URL parameters, so the filtered register is bookmarkable. */
    public String apply() {
        return "/maintenance/register?faces-redirect=true&includeViewParams=true";
    }

    /** The filtered register as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        TableExport<RegisterRow> export = TableExport.of("register.exportFile");
        export.column("register.column.number", RegisterRow::number)
                .column("register.column.requestedAt", r -> day(r.requestedAt()))
                .column("register.column.system", r -> r.systemCode() + " — " + r.systemName())
                .column("register.column.unit", RegisterRow::requesterUnit)
                .column("register.column.systemKind", r -> export.text("register.kind." + r.systemKind().name()))
                .column("register.column.feasibility", r -> export.text(r.feasible() ? "register.feasible.yes"
                        : "register.feasible.no"))
                .column("register.column.concludedDate", r -> r.concludedAt() == null ? "" : day(r.concludedAt()))
                .column("register.column.concludedHour", r -> r.concludedAt() == null ? ""
                        : r.concludedAt().atZone(time.getZone()).format(HOUR))
                .column("register.column.observations", RegisterRow::observations)
                .column("register.column.type", r -> export.text("register.type." + r.type().name()))
                .column("register.column.case", RegisterRow::caseNumber);
        Filter f = filter();
        export.send(ExportFormat.named(format), MaintenanceRegister.MAX_PAGE_SIZE,
                (first, size) -> register.page(f, time.getZone(), first, size));
    }

    private String day(java.time.Instant at) {
        return at.atZone(time.getZone()).format(DAY);
    }

    public SystemMaintenanceType[] getTypes() {
        return SystemMaintenanceType.values();
    }

    public LazyDataModel<RegisterRow> getRows() {
        return rows;
    }

    /**
     * The rows the filter matches, up to {@link MaintenanceRegister#count}'s cap + 1: read once for the view, for
     * the heading and the paginator alike (a filter is a new view, see {@link #apply}).
     */
    public int getCount() {
        if (count == null) {
            count = register.count(filter(), time.getZone());
        }
        return count;
    }

    /** Whether the count stopped at the cap: the heading says "más de 1000" and the paginator ends there. */
    public boolean isCountCapped() {
        return getCount() > EquipmentRegistry.COUNT_CAP;
    }

    public int getCountCap() {
        return EquipmentRegistry.COUNT_CAP;
    }

    public List<SystemOption> getSystems() {
        return systems;
    }

    public SystemMaintenanceType getType() {
        return type;
    }

    public void setType(SystemMaintenanceType type) {
        this.type = type;
    }

    @Override
    protected ZoneId zone() {
        return time.getZone();
    }
}
