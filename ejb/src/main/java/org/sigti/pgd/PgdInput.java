package org.sigti.pgd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.sigti.pgd.PgdStatus.Decision;
import org.sigti.workflow.WorkflowException;

/**
 * The plan's tables as the steps' forms take them: one row a line, its cells separated by "|" (what a coordinator
 * pastes from the matrix the manual circulates by e-mail). Each reader refuses a bad line with its number and the
 * columns it expects ({@code pgd.input.line}), against the field it came from, so nothing is recorded.
 */
public final class PgdInput {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    /** A line of the work schedule: phase | activity | start (yyyy-mm-dd) | duration in days. */
    public record ActivityLine(String phase, String name, LocalDate startsOn, int durationDays) {
    }

    /** A line of the risk matrix: stage | risk | treatment action. */
    public record RiskLine(String stage, String description, String treatment) {
    }

    /** A line of a coordinator's status report: project | current situation. */
    public record StatusLine(String project, String status) {
    }

    /** A line of the Jefe(a)'s decisions: project | continúa, reemplazado or desestimado. */
    public record DecisionLine(String project, Decision decision) {
    }

    /**
     * A ficha de proyecto: code | name | objective | PEI objective | budget (S/) | duration (months) | indicators.
     */
    public record SheetLine(String code, String name, String objective, String peiObjective, BigDecimal budget,
            int durationMonths, String indicators) {
    }

    /** A line of the prioritization: project code | priority (1 first). */
    public record ProgressLine(String code, int percent, String achievements, String difficulties) {
    }

    public record PriorityLine(String code, int priority) {
    }

    private PgdInput() {
    }

    public static List<ActivityLine> activities(String field, String text) {
        List<ActivityLine> rows = new ArrayList<>();
        for (Line l : lines(field, text, 4, "pgd.input.activity")) {
            LocalDate start;
            try {
                start = LocalDate.parse(l.cells[2]);
            } catch (DateTimeParseException e) {
                throw l.bad();
            }
            rows.add(new ActivityLine(l.cell(0, 200), l.cell(1, 300), start, l.positive(3)));
        }
        return rows;
    }

    public static List<RiskLine> risks(String field, String text) {
        return lines(field, text, 3, "pgd.input.risk").stream()
                .map(l -> new RiskLine(l.cell(0, 200), l.cell(1, 1000), l.cell(2, 1000))).toList();
    }

    public static List<StatusLine> statuses(String field, String text) {
        return lines(field, text, 2, "pgd.input.status").stream()
                .map(l -> new StatusLine(l.cell(0, 300), l.cell(1, 1000))).toList();
    }

    public static List<DecisionLine> decisions(String field, String text) {
        List<DecisionLine> rows = new ArrayList<>();
        for (Line l : lines(field, text, 2, "pgd.input.decision")) {
            rows.add(new DecisionLine(l.cell(0, 300), decision(l.cells[1]).orElseThrow(l::bad)));
        }
        return rows;
    }

    public static List<SheetLine> sheets(String field, String text) {
        List<SheetLine> rows = new ArrayList<>();
        for (Line l : lines(field, text, 7, "pgd.input.sheet")) {
            BigDecimal budget;
            try {
                budget = new BigDecimal(l.cells[4].replace(",", ""));
            } catch (NumberFormatException e) {
                throw l.bad();
            }
            if (budget.signum() < 0 || budget.scale() > 2 || budget.precision() - budget.scale() > 14) {
                throw l.bad();
            }
            rows.add(new SheetLine(l.cell(0, PgdProject.CODE_MAXLENGTH), l.cell(1, PgdProject.NAME_MAXLENGTH),
                    l.cell(2, PgdProject.TEXT_MAXLENGTH), l.cell(3, PgdProject.NAME_MAXLENGTH), budget, l.positive(5),
                    l.cell(6, PgdProject.TEXT_MAXLENGTH)));
        }
        return rows;
    }

    /**
     * A coordinator's progress report (S04.01.00.02 step 2): «Código | Avance (%) | Logros | Dificultades», the
     * percentage a whole number from 0 to 100 (a trailing "%" allowed).
     */
    public static List<ProgressLine> progress(String field, String text) {
        List<ProgressLine> rows = new ArrayList<>();
        for (Line l : lines(field, text, 4, "pgd.input.progress")) {
            rows.add(new ProgressLine(l.cell(0, PgdProject.CODE_MAXLENGTH), l.percent(1),
                    l.cell(2, PgdProgress.TEXT_MAXLENGTH), l.cell(3, PgdProgress.TEXT_MAXLENGTH)));
        }
        return rows;
    }

    public static List<PriorityLine> priorities(String field, String text) {
        return lines(field, text, 2, "pgd.input.priority").stream()
                .map(l -> new PriorityLine(l.cell(0, PgdProject.CODE_MAXLENGTH), l.positive(1))).toList();
    }

    /** The decision a person writes ("continúa", "Reemplazado", "desestimado"), accents and case ignored. */
    static java.util.Optional<Decision> decision(String written) {
        String plain = java.text.Normalizer.normalize(written.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        for (Decision d : Decision.values()) {
            if (d.name().equals(plain)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** A year as typed; refused against {@code field} when it is not one. */
    public static int year(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{4}")) {
            throw new WorkflowException("pgd.input.year", Map.of(field, "pgd.input.year.field"), value);
        }
        return Integer.parseInt(value);
    }

    private static List<Line> lines(String field, String text, int columns, String expected) {
        List<Line> rows = new ArrayList<>();
        String[] raw = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            String[] cells = SEPARATOR.split(raw[i].strip(), -1);
            Line line = new Line(field, i + 1, expected, cells);
            if (cells.length != columns) {
                throw line.bad();
            }
            rows.add(line);
        }
        if (rows.isEmpty()) {
            throw new WorkflowException("pgd.input.empty", Map.of(field, "pgd.input.empty.field"));
        }
        return rows;
    }

    private record Line(String field, int number, String expected, String[] cells) {

        String cell(int i, int max) {
            String value = cells[i].strip();
            if (value.isEmpty() || value.length() > max) {
                throw bad();
            }
            return value;
        }

        int positive(int i) {
            try {
                int n = Integer.parseInt(cells[i].strip());
                if (n < 1 || n > 100_000) {
                    throw bad();
                }
                return n;
            } catch (NumberFormatException e) {
                throw bad();
            }
        }

        int percent(int i) {
            String value = cells[i].strip();
            value = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
            if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 100) {
                throw bad();
            }
            return Integer.parseInt(value);
        }

        WorkflowException bad() {
            return new WorkflowException("pgd.input.line", Map.of(field, expected), String.valueOf(number));
        }
    }
}
