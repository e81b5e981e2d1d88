package org.sigti.statistics;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sigti.statistics.TemplateSpec.ColumnSpec;

/**
 * Checks an uploaded table against its template, all of it, before anything is stored: the header (a missing or
 * unknown column), every cell (required, type, code in the list, length), and the totals of the template's rule. It
 * answers every rejection with its row and reason, or the rows ready for the store. Formula-looking text
 * ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @}) is data like any other in a text column: the store keeps
 * it as sent and every export neutralises it; in a numeric or code column it is refused as a bad value.
 */
public final class IntakeValidator {

    /** The most data rows a table takes. */
    public static final int MAX_ROWS = 5_000;
    /** The most rejections a report lists (the first ones, in file order). */
    public static final int MAX_REJECTIONS = 1_000;
    /** What the first cell of a total row says. */
    public static final String TOTAL = "TOTAL";

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}([.,]\\d{1,4})?");

    /** A row ready for the store: its row in the file, its cells in template order as text and as numbers. */
    public record ValidRow(int number, List<String> texts, List<BigDecimal> numbers) {
    }

    /** The outcome: the rejections (none: accepted) and the valid rows. */
    public record Outcome(List<Rejection> rejections, List<ValidRow> rows) {
        public boolean accepted() {
            return rejections.isEmpty();
        }
    }

    /** The largest file accepted: 2 MiB (a table of thousands of rows is far smaller). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** An uploaded file checked: how many data rows it had, and the outcome. */
    public record Checked(int rowCount, Outcome outcome) {
    }

    private IntakeValidator() {
    }

    /**
     * Checks an uploaded file against a template: its size ({@value #MAX_BYTES} bytes at most), its format (CSV or
     * XLSX, readable), then its table.
     */
    public static Checked check(TemplateSpec template, String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return new Checked(0, new Outcome(List.of(Rejection.of(0, null, "statistics.reject.tooLarge",
                    String.valueOf(MAX_BYTES / 1024 / 1024))), List.of()));
        }
        try {
            UploadedTable table = TableFiles.read(fileName, content);
            return new Checked(table.rows().size(), validate(template, table));
        } catch (TableFiles.UnreadableFile e) {
            return new Checked(0, new Outcome(List.of(Rejection.of(0, null, e.reasonKey())), List.of()));
        }
    }

    public static Outcome validate(TemplateSpec template, UploadedTable table) {
        List<Rejection> rejections = new ArrayList<>();
        List<ColumnSpec> columns = template.columns();
        int[] position = new int[columns.size()];
        List<String> header = table.header().stream().map(IntakeValidator::columnName).toList();
        for (int c = 0; c < columns.size(); c++) {
            position[c] = header.indexOf(columnName(columns.get(c).name()));
            if (position[c] < 0) {
                rejections.add(Rejection.of(1, columns.get(c).name(), "statistics.reject.missingColumn",
                        columns.get(c).name()));
            }
        }
        List<String> expected = columns.stream().map(c -> columnName(c.name())).toList();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            if (!name.isBlank() && !expected.contains(header.get(i))) {
                rejections.add(Rejection.of(1, name, "statistics.reject.unknownColumn", name));
            }
        }
        if (!rejections.isEmpty()) {
            return new Outcome(List.copyOf(rejections), List.of());
        }
        if (table.rows().isEmpty()) {
            return new Outcome(List.of(Rejection.of(0, null, "statistics.reject.noRows")), List.of());
        }
        if (table.rows().size() > MAX_ROWS) {
            return new Outcome(List.of(Rejection.of(0, null, "statistics.reject.tooManyRows",
                    String.valueOf(MAX_ROWS))), List.of());
        }
        List<ValidRow> rows = new ArrayList<>();
        int last = table.rows().size() - 1;
        for (int r = 0; r <= last; r++) {
            UploadedTable.Row row = table.rows().get(r);
            boolean totalRow = template.totalRule().row() && r == last;
            rows.add(cells(columns, position, row, totalRow, rejections));
        }
        totals(template, rows, rejections);
        List<Rejection> reported = rejections.size() > MAX_REJECTIONS ? rejections.subList(0, MAX_REJECTIONS)
                : rejections;
        return new Outcome(List.copyOf(reported), rejections.isEmpty() ? List.copyOf(rows) : List.of());
    }

    private static ValidRow cells(List<ColumnSpec> columns, int[] position, UploadedTable.Row row, boolean totalRow,
            List<Rejection> rejections) {
        List<String> texts = new ArrayList<>(columns.size());
        List<BigDecimal> numbers = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            ColumnSpec column = columns.get(c);
            String raw = position[c] < row.cells().size() ? row.cells().get(position[c]) : "";
            String value = raw == null ? "" : raw.strip();
            texts.add(value.isEmpty() ? null : value);
            numbers.add(null);
            if (value.isEmpty()) {
                if (column.required() && !(totalRow && c == 0)) {
                    rejections.add(Rejection.of(row.number(), column.name(), "statistics.reject.required"));
                }
                continue;
            }
            if (value.length() > StatCell.TEXT_MAXLENGTH) {
                rejections.add(Rejection.of(row.number(), column.name(), "statistics.reject.tooLong",
                        String.valueOf(StatCell.TEXT_MAXLENGTH)));
                continue;
            }
            if (totalRow && c == 0 && TOTAL.equalsIgnoreCase(value)) {
                texts.set(c, TOTAL);
                continue;
            }
            switch (column.type()) {
                case INTEGER -> {
                    if (INTEGER.matcher(value).matches()) {
                        numbers.set(c, new BigDecimal(value));
                    } else {
                        rejections.add(Rejection.of(row.number(), column.name(), "statistics.reject.notInteger",
                                value));
                    }
                }
                case DECIMAL -> {
                    if (DECIMAL.matcher(value).matches()) {
                        numbers.set(c, new BigDecimal(value.replace(',', '.')));
                    } else {
                        rejections.add(Rejection.of(row.number(), column.name(), "statistics.reject.notDecimal",
                                value));
                    }
                }
                case CODE -> {
                    String code = value.toUpperCase(Locale.ROOT);
                    if (column.codes().contains(code)) {
                        texts.set(c, code);
                    } else {
                        rejections.add(Rejection.of(row.number(), column.name(), "statistics.reject.unknownCode",
                                value, column.codeList()));
                    }
                }
                case TEXT -> {
                    // kept as sent; exports neutralise a leading formula character
                }
            }
        }
        if (row.cells().size() > columns.size()) {
            boolean extra = row.cells().subList(columns.size(), row.cells().size()).stream()
                    .anyMatch(v -> v != null && !v.isBlank());
            if (extra) {
                rejections.add(Rejection.of(row.number(), null, "statistics.reject.extraCells",
                        String.valueOf(columns.size())));
            }
        }
        return new ValidRow(row.number(), texts, numbers);
    }

    /**
     * The totals of the template's rule. A row with a numeric cell refused for its type is left out of its row's total,
     * and a column with one is left out of the total row's check: the refusal of the value says it already.
     */
    private static void totals(TemplateSpec template, List<ValidRow> rows, List<Rejection> rejections) {
        List<ColumnSpec> columns = template.columns();
        int lastColumn = columns.size() - 1;
        if (template.totalRule().column()) {
            for (ValidRow row : rows) {
                if (java.util.stream.IntStream.range(0, columns.size()).anyMatch(c -> bad(columns, row, c))) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (int c = 0; c < lastColumn; c++) {
                    if (columns.get(c).type().numeric() && row.numbers().get(c) != null) {
                        sum = sum.add(row.numbers().get(c));
                    }
                }
                BigDecimal total = row.numbers().get(lastColumn);
                if (total == null || total.compareTo(sum) != 0) {
                    rejections.add(Rejection.of(row.number(), columns.get(lastColumn).name(),
                            "statistics.reject.rowTotal", plain(sum), total == null ? "" : plain(total)));
                }
            }
        }
        if (template.totalRule().row()) {
            ValidRow totalRow = rows.get(rows.size() - 1);
            if (!TOTAL.equals(totalRow.texts().get(0))) {
                rejections.add(Rejection.of(totalRow.number(), columns.get(0).name(),
                        "statistics.reject.totalRowMissing", TOTAL));
                return;
            }
            for (int c = 0; c < columns.size(); c++) {
                int column = c;
                if (!columns.get(c).type().numeric() || rows.stream().anyMatch(r -> bad(columns, r, column))) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (ValidRow row : rows.subList(0, rows.size() - 1)) {
                    sum = row.numbers().get(c) == null ? sum : sum.add(row.numbers().get(c));
                }
                BigDecimal total = totalRow.numbers().get(c);
                if (total == null || total.compareTo(sum) != 0) {
                    rejections.add(Rejection.of(totalRow.number(), columns.get(c).name(),
                            "statistics.reject.columnTotal", plain(sum), total == null ? "" : plain(total)));
                }
            }
        }
    }

    /** Whether a numeric cell of a row holds a value refused for its type. */
    private static boolean bad(List<ColumnSpec> columns, ValidRow row, int c) {
        return columns.get(c).type().numeric() && row.texts().get(c) != null && row.numbers().get(c) == null;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A header as compared: lower-case, no accents, spaces and dashes as '_'. */
    static String columnName(String raw) {
        String s = Normalizer.normalize(raw == null ? "" : raw.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
