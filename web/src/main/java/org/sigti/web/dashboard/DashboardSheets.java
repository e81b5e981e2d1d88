package org.sigti.web.dashboard;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sigti.dashboard.ChartData;
import org.sigti.dashboard.DashboardFilter;
import org.sigti.dashboard.DashboardQueries;
import org.sigti.dashboard.DashboardScope;
import org.sigti.dashboard.DashboardTable;
import org.sigti.dashboard.FigureRow;
import org.sigti.dashboard.FigureTable;
import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.Procedures;

/**
 * A table of figures in the reader's words ({@link ChartData}): its title and the filter, the headings, each row's
 * label (a procedure's code and name, a unit's code and name, a priority's name, a semester, an expiry's kind) and
 * its cells as the screen, the exports and the chart show them.
 */
@ApplicationScoped
public class DashboardSheets {

    static final String BUNDLE = "org.sigti.web.i18n.messages";

    @Inject
    Procedures procedures;

    /** The table in {@code locale}'s words. */
    public ChartData sheet(FigureTable table, DashboardFilter filter, DashboardScope scope, Locale locale) {
        ResourceBundle bundle = ApplicationBundle.forLocale(BUNDLE, locale);
        DashboardTable t = table.table();
        List<String> headings = new ArrayList<>();
        headings.add(bundle.getString("dashboard.rowKey." + t.name()));
        t.columns().forEach(c -> headings.add(bundle.getString("dashboard.column." + c)));
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        List<String> labels = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (FigureRow row : table.rows()) {
            String label = label(t, row.key(), scope, bundle, locale);
            labels.add(label);
            List<String> line = new ArrayList<>();
            line.add(label);
            for (int i = 0; i < row.values().size(); i++) {
                BigDecimal v = row.values().get(i);
                line.add(v == null ? "—" : t.isPercent(i) ? percent.format(v) + " %" : v.toPlainString());
            }
            cells.add(line);
        }
        List<ChartData.Series> series = new ArrayList<>();
        boolean allPercent = true;
        for (int column : t.chartedColumns()) {
            allPercent &= t.isPercent(column);
            List<Double> values = new ArrayList<>();
            for (FigureRow row : table.rows()) {
                BigDecimal v = row.values().get(column);
                values.add(v == null ? null : v.doubleValue());
            }
            series.add(new ChartData.Series(headings.get(column + 1), values));
        }
        return new ChartData(bundle.getString("dashboard.table." + t.name()), subtitle(filter, scope, bundle),
                headings, labels, cells, series, allPercent);
    }

    /** The filter in words: the period, and the unit or "every unit". */
    String subtitle(DashboardFilter filter, DashboardScope scope, ResourceBundle bundle) {
        String unit = filter.unit() == null ? bundle.getString("dashboard.allUnits") : unitLabel(filter.unit(), scope);
        return new MessageFormat(bundle.getString("dashboard.subtitle"), bundle.getLocale()).format(new Object[] {
            DashboardFilter.format(filter.from()), DashboardFilter.format(filter.to()), unit, filter.institution()});
    }

    private String label(DashboardTable t, String key, DashboardScope scope, ResourceBundle bundle, Locale locale) {
        return switch (t) {
            case PROCEDURE -> procedures.all().stream().filter(d -> d.code().equals(key)).findFirst()
                    .map(d -> key + " — " + name(d, locale)).orElse(key);
            case UNIT -> unitLabel(key, scope);
            case PRIORITY -> DashboardQueries.NONE.equals(key) ? bundle.getString("dashboard.priority.none")
                    : bundle.containsKey("priority." + key) ? key + " · " + bundle.getString("priority." + key) : key;
            case EXPIRY -> bundle.getString("dashboard.expiry." + key);
            default -> key;
        };
    }

    private static String name(ProcedureDefinition d, Locale locale) {
        return d.name().in(locale);
    }

    private static String unitLabel(String code, DashboardScope scope) {
        return scope.units().stream().filter(u -> u.code().equals(code)).findFirst()
                .map(u -> u.name() == null || u.name().equals(code) ? code : code + " — " + u.name()).orElse(code);
    }
}
