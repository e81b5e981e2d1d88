package org.sigti.web.maintenance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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
import org.sigti.web.faces.PagedList;
import org.sigti.web.faces.SystemYearFilter;
import org.sigti.web.home.DisplayTime;
import org.sigti.web.i18n.ApplicationBundle;

/**
 * The register DGP/ESIN-R-6 "Mantenimiento de Sistemas" ({@code /maintenance/register.xhtml?system=&year=&type=}):
 * the manual's nine columns and the maintenance type, a page at a time from {@link MaintenanceRegister}, filtered by
 * system, year and type (bookmarkable), and exported whole as CSV (UTF-8, ';') with the filter applied, in the
 * view's language. The export is a POST of the page's form: it changes nothing.
 */
@Named
@ViewScoped
public class RegisterBacking extends SystemYearFilter {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    /** The most rows an export writes: years of a ministry's register. */
    static final int MAX_EXPORT = 50_000;

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

    /** The filtered register as a CSV file. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ApplicationBundle.forLocale("org.sigti.web.i18n.messages",
                faces.getViewRoot().getLocale());
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = List.of("number", "requestedAt", "system", "unit", "systemKind", "feasibility",
                "concludedDate", "concludedHour", "observations", "type", "case");
        csv.append(String.join(";", header.stream().map(h -> cell(bundle.getString("register.column." + h)))
                .toList())).append("\r\n");
        Filter f = filter();
        for (int first = 0; first < MAX_EXPORT; first += MaintenanceRegister.MAX_PAGE_SIZE) {
            List<RegisterRow> page = register.page(f, time.getZone(), first, MaintenanceRegister.MAX_PAGE_SIZE);
            for (RegisterRow r : page) {
                csv.append(String.join(";", List.of(cell(r.number()), cell(day(r.requestedAt())),
                        cell(r.systemCode() + " — " + r.systemName()), cell(r.requesterUnit()),
                        cell(bundle.getString("register.kind." + r.systemKind().name())),
                        cell(bundle.getString(r.feasible() ? "register.feasible.yes" : "register.feasible.no")),
                        cell(r.concludedAt() == null ? "" : day(r.concludedAt())),
                        cell(r.concludedAt() == null ? "" : r.concludedAt().atZone(time.getZone()).format(HOUR)),
                        cell(r.observations()), cell(bundle.getString("register.type." + r.type().name())),
                        cell(r.caseNumber())))).append("\r\n");
            }
            if (page.size() < MaintenanceRegister.MAX_PAGE_SIZE) {
                break;
            }
        }
        ExternalContext ec = faces.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("text/csv; charset=UTF-8");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"DGP-ESIN-R-6.csv\"");
        try (OutputStream out = ec.getResponseOutputStream()) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    private String day(java.time.Instant at) {
        return at.atZone(time.getZone()).format(DAY);
    }

    /**
     * A CSV cell, quoted; a leading formula character (OWASP's list: = + - @, tab, carriage return) is neutralized
     * with a quote so a spreadsheet never runs it.
     */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
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
