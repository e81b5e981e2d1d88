package org.sigti.web.satisfaction;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.satisfaction.FigureRow;
import org.sigti.satisfaction.SatisfactionFigures;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.Procedures;

/**
 * The satisfaction indicators ({@code /satisfaction/indicators.xhtml}; Jefe, Responsable, Auditor): count, average
 * and distribution of the requesters' ratings of the viewer's institution per month, unit and procedure, for the
 * months the URL names ({@code from}, {@code to}: YYYY-MM), by default the last twelve.
 */
@Named
@RequestScoped
public class SatisfactionIndicatorsBacking {

    private static final ZoneId ZONE = ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));

    @EJB
    private SatisfactionFigures figures;

    @Inject
    private Procedures procedures;

    private String from;
    private String to;
    private List<FigureRow> rows;

    /** f:viewAction: reads the figures (a caller without the role gets the 403 page); a bad month is told. */
    public void load() {
        YearMonth now = YearMonth.now(ZONE);
        YearMonth end = month(to, now);
        YearMonth start = month(from, end.minusMonths(11));
        if (start.isAfter(end)) {
            Messages.error("satisfaction_indicators.badRange");
            start = end.minusMonths(11);
        }
        from = start.toString();
        to = end.toString();
        rows = figures.figures(from, to);
    }

    private static YearMonth month(String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error("satisfaction_indicators.badMonth", text);
            return otherwise;
        }
    }

    /** The name of a procedure in the viewer's language, or empty for one no longer declared. */
    public String procedureName(String code) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return procedures.all().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> d.name().in(locale)).orElse("");
    }

    public List<FigureRow> getRows() {
        return rows;
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
