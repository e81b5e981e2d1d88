package org.sigti.inventory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as spreadsheets write it: UTF-8 (a byte-order mark is skipped), a header row, ';' or ',' as separator
 * (whichever the header has more of), fields optionally quoted with '"' ("" inside quotes is a quote; a quoted field
 * may span lines). Blank lines are skipped. Each row keeps the line of the file it starts on.
 */
public final class CsvTable {

    /** One data row and the line (1-based) it starts on. */
    public record Row(int line, List<String> values) {
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** @throws IllegalArgumentException {@code inventory.csv.notUtf8} or {@code inventory.csv.empty} */
    public static CsvTable parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("inventory.csv.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String first = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = count(first, ';') >= count(first, ',') && count(first, ';') > 0 ? ';' : ',';
        List<Row> all = split(text, separator);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("inventory.csv.empty");
        }
        List<String> header = all.get(0).values().stream().map(CsvTable::columnName).toList();
        return new CsvTable(header, List.copyOf(all.subList(1, all.size())));
    }

    /** A header as compared: lower-case, no accents, spaces and dashes as '_'. */
    static String columnName(String raw) {
        String s = Normalizer.normalize(raw.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The position of the first of {@code names} in the header, or -1. */
    public int column(String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static List<Row> split(String text, char separator) {
        List<Row> out = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == separator) {
                values.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(out, values, field, any, rowLine);
                values = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                any = any || !Character.isWhitespace(c);
            }
        }
        end(out, values, field, any, rowLine);
        return out;
    }

    private static void end(List<Row> out, List<String> values, StringBuilder field, boolean any, int line) {
        if (!any && values.isEmpty()) {
            return; // a blank line
        }
        values.add(field.toString());
        out.add(new Row(line, List.copyOf(values)));
    }
}
