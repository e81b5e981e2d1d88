package org.sigti.web.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.security.SettingRow;
import org.sigti.security.SettingsHistory;
import org.sigti.web.cases.Messages;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;

/**
 * /admin/settings-history.xhtml?type=: who changed which setting, when, from what to what (issue 19, item 12), newest
 * first, paged in the database, for the Jefe(a) and the Auditor. Field names and enum values are worded by the
 * bundle; the export holds the same rows.
 */
@Named
@ViewScoped
public class SettingsHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The kinds of setting the history files changes under, in the filter's order. */
    public static final List<String> TYPES = List.of("SLA_TARGET", "HOURS", "HOLIDAY", "ZONE", "BACKUP_SCHEDULE",
            "SYSTEM", "EQUIPMENT", "COMMITTEE_MEMBER");
    private static final Pattern ENUM_KEY = Pattern.compile("[A-Z][A-Za-z]+\\.[A-Za-z0-9_]+");

    @EJB
    private SettingsHistory history;

    @jakarta.inject.Inject
    private DisplayTime time;

    private String type;
    private LazyDataModel<SettingRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> history.count(type), (first, size) -> history.page(type, first, size),
                row -> String.valueOf(row.id()));
    }

    /** The changes the filter selects, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        String t = type;
        TableExport<SettingRow> export = TableExport.of("settings.exportFile");
        export.column("settings.label.when", r -> time.format(r.changedAt()))
                .column("settings.label.who", SettingRow::changedBy)
                .column("settings.label.type", r -> export.text("settings.type." + r.objectType()))
                .column("settings.label.object", SettingRow::objectKey)
                .column("settings.label.field", r -> export.text(fieldKey(r)))
                .column("settings.label.from", r -> value(r.oldValue()))
                .column("settings.label.to", r -> value(r.newValue()))
                .send(ExportFormat.named(format), SettingsHistory.MAX_PAGE, (first, size) -> history.page(t, first,
                        size));
    }

    /** The bundle key of a row's field. */
    public String fieldKey(SettingRow row) {
        return "settings.field." + row.field();
    }

    /** A value as people read it: enum values and yes/no in the bundle's words, lists item by item. */
    public String value(String value) {
        if (value == null) {
            return "—";
        }
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        return Arrays.stream(value.split(", ")).map(part -> ENUM_KEY.matcher(part).matches()
                && bundle.containsKey(part) ? bundle.getString(part) : part).collect(Collectors.joining(", "));
    }

    public List<String> getTypes() {
        return TYPES;
    }

    public LazyDataModel<SettingRow> getRows() {
        return rows;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = TYPES.contains(type) ? type : null;
    }
}
