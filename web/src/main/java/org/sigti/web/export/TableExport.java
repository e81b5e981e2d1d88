package org.sigti.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.sigti.web.i18n.ApplicationBundle;

/**
 * The export of one list screen: its columns (a header key of the bundle and how a row reads in that column), and its
 * rows read from the screen's own service a page at a time, written to the download as they come. A screen builds one
 * in its export action and {@linkplain #send sends} it:
 *
 * <pre>
 * TableExport.&lt;InboxRow&gt;of("index.export.inbox")
 *         .column("index.column.number", InboxRow::caseNumber)
 *         .column("inbox.column.priority", r -&gt; export.text("priority." + r.priority()))
 *         .send(format, Inbox.MAX_PAGE_SIZE, (first, size) -&gt; inbox.page(query, first, size));
 * </pre>
 *
 * The export is a POST of the page's form (the filters the person set go with it) that changes nothing. It holds
 * every row the service gives for the filters, up to {@link #MAX_ROWS}.
 */
public final class TableExport<T> {

    /** The most rows an export writes: years of a ministry's register. */
    public static final int MAX_ROWS = 50_000;
    private static final String BUNDLE = "org.sigti.web.i18n.messages";

    /** A page of the list's rows, as the screen's service reads them (its own scoping and filters applied). */
    @FunctionalInterface
    public interface PageQuery<T> {
        List<T> page(int first, int pageSize);
    }

    private record Column<T>(String headerKey, Function<T, String> value) {
    }

    private final String fileKey;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final List<Column<T>> columns = new ArrayList<>();

    private TableExport(String fileKey, Locale locale, ResourceBundle bundle) {
        this.fileKey = fileKey;
        this.locale = locale;
        this.bundle = bundle;
    }

    /**
     * An export in the current view's language, whose file and sheet are named by the bundle's {@code fileKey} (e.g.
     * "bandeja" in Spanish, "inbox" in English; the date is appended).
     */
    public static <T> TableExport<T> of(String fileKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.forLanguageTag("es") : faces.getViewRoot().getLocale();
        return new TableExport<>(fileKey, locale, ApplicationBundle.forLocale(BUNDLE, locale));
    }

    /** Adds a column: its header from the bundle, its value as people read it (null: an empty cell). */
    public TableExport<T> column(String headerKey, Function<T, String> value) {
        columns.add(new Column<>(headerKey, value));
        return this;
    }

    /** A text of the bundle in the export's language (an enum's label, yes/no). */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** A text of the bundle with its arguments ({@link java.text.MessageFormat}), in the export's language. */
    public String format(String key, Object... arguments) {
        return new java.text.MessageFormat(text(key), locale).format(arguments);
    }

    /** The export's language (the view's). */
    public Locale locale() {
        return locale;
    }

    /** Writes the header and every row {@code pages} gives, {@code pageSize} at a time, to the response. */
    public void send(ExportFormat format, int pageSize, PageQuery<T> pages) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        String name = text(fileKey);
        ec.responseReset();
        ec.setResponseContentType(format.contentType());
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now() + "."
                + format.extension() + "\"");
        ec.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = ec.getResponseOutputStream()) {
            write(format, name, out, pageSize, pages);
        }
        faces.responseComplete();
    }

    /** Writes the file to {@code out}: the header row, then the rows page by page until a short page. */
    void write(ExportFormat format, String sheetName, OutputStream out, int pageSize, PageQuery<T> pages)
            throws IOException {
        try (SheetWriter sheet = SheetWriter.open(format, sheetName, out)) {
            sheet.row(columns.stream().map(c -> text(c.headerKey())).toList());
            for (int first = 0; first < MAX_ROWS; first += pageSize) {
                List<T> page = pages.page(first, Math.min(pageSize, MAX_ROWS - first));
                for (T row : page) {
                    List<String> cells = new ArrayList<>(columns.size());
                    for (Column<T> c : columns) {
                        cells.add(c.value().apply(row));
                    }
                    sheet.row(cells);
                }
                if (page.size() < pageSize) {
                    break;
                }
            }
        }
    }

    /** For unit tests: an export in a given bundle. */
    static <T> TableExport<T> in(String fileKey, ResourceBundle bundle) {
        return new TableExport<>(fileKey, bundle.getLocale(), bundle);
    }
}
