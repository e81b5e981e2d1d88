package org.sigti.web.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.dashboard.ChartData;
import org.sigti.dashboard.Dashboard;
import org.sigti.dashboard.DashboardFilter;
import org.sigti.dashboard.DashboardPdf;
import org.sigti.dashboard.DashboardScope;
import org.sigti.dashboard.DashboardTable;
import org.sigti.dashboard.FigureTable;
import org.sigti.web.cases.Messages;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;

/**
 * The dashboard ({@code /dashboard/index.xhtml}; Jefe, Responsable, Auditor): the filter (unit, days written day
 * first) from the address, every table with its chart image, and each table's export as XLSX, CSV or PDF (a POST of
 * the page's export form, which carries the filter and changes nothing).
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** A table on the screen: its name in URLs and ids, its figures in the reader's words, its chart's address. */
    public record TableView(String id, ChartData data, String chartUrl, List<String> keys) {
    }

    /** The tables' names in URLs and ids, in the screen's order. */
    private static final List<String> IDS = java.util.Arrays.stream(DashboardTable.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    @EJB
    private Dashboard dashboard;

    @Inject
    private DashboardSheets sheets;

    private String unit;
    private String from;
    private String to;
    private DashboardScope scope;
    private DashboardFilter filter;
    private List<TableView> tables;

    /** f:viewAction: the filter read (a wrong day told), then every table; a caller without the role gets the 403. */
    public void load() {
        read(true);
        Locale locale = locale();
        tables = new ArrayList<>();
        for (FigureTable t : dashboard.tables(filter)) {
            String id = t.table().name().toLowerCase(Locale.ROOT);
            tables.add(new TableView(id, sheets.sheet(t, filter, scope, locale), chartUrl(id, locale),
                    t.rows().stream().map(org.sigti.dashboard.FigureRow::key).toList()));
        }
    }

    /** One table exported: {@code format} is xlsx, csv or pdf. */
    public void export(String table, String format) throws IOException {
        read(false);
        DashboardTable which = DashboardTable.named(table).orElse(DashboardTable.PROCEDURE);
        ChartData data = sheets.sheet(dashboard.table(which, filter), filter, scope, locale());
        if ("pdf".equals(format)) {
            sendPdf(which, dashboard.pdf(filter, new DashboardPdf.Content(data,
                    Messages.text(Messages.bundle(FacesContext.getCurrentInstance()), "general.empty"))));
            return;
        }
        TableExport<List<String>> export = TableExport.of("dashboard.export." + which.name());
        export.column("dashboard.rowKey." + which.name(), r -> r.get(0));
        for (int i = 0; i < which.columns().size(); i++) {
            int cell = i + 1;
            export.column("dashboard.column." + which.columns().get(i), r -> r.get(cell));
        }
        List<List<String>> rows = data.cells();
        export.send(ExportFormat.named(format), rows.size() + 1, (first, size) -> first == 0 ? rows : List.of());
    }

    private void read(boolean tell) {
        scope = dashboard.scope();
        DashboardParams params = DashboardParams.read(scope, unit, from, to, dashboard.today());
        if (tell) {
            params.problems().forEach(p -> Messages.error(p.key(), p.arguments()));
        }
        filter = params.filter();
        unit = filter.unit();
        from = DashboardFilter.format(filter.from());
        to = DashboardFilter.format(filter.to());
    }

    private void sendPdf(DashboardTable table, byte[] pdf) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        String name = Messages.text(Messages.bundle(faces), "dashboard.export." + table.name());
        ec.responseReset();
        ec.setResponseContentType("application/pdf");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now()
                + ".pdf\"");
        ec.setResponseHeader("Cache-Control", "no-store");
        ec.setResponseContentLength(pdf.length);
        try (OutputStream out = ec.getResponseOutputStream()) {
            out.write(pdf);
        }
        faces.responseComplete();
    }

    private String chartUrl(String table, Locale locale) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder url = new StringBuilder(ec.getRequestContextPath()).append("/dashboard/chart?table=")
                .append(table).append("&from=").append(encode(from)).append("&to=").append(encode(to))
                .append("&lang=").append(locale.getLanguage());
        if (unit != null) {
            url.append("&unit=").append(encode(unit));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Whether the figures were read (a GET's view action), so that the screen shows them. */
    public boolean isLoaded() {
        return tables != null;
    }

    public List<String> getTableIds() {
        return IDS;
    }

    /** The table named {@code id} as read by {@link #load()}; null on a postback (an export), which shows none. */
    public TableView view(String id) {
        return tables == null ? null : tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    public DashboardScope getScope() {
        return scope;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
