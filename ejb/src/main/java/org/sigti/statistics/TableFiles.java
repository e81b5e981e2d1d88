package org.sigti.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.sigti.inventory.CsvTable;

/**
 * Reads an uploaded statistical table: a CSV (UTF-8, ';' or ',', as {@link CsvTable} reads the inventory's) or an
 * XLSX (its first sheet, read with the JDK's StAX: SIGTI ships no spreadsheet library). An XLSX formula cell reads as
 * "=" and its formula, so that the validator sees what a spreadsheet would run. A file that is neither, or that
 * unpacks to more than {@link #MAX_UNPACKED} bytes, is refused with {@link UnreadableFile}.
 */
public final class TableFiles {

    /** The most bytes an XLSX may unpack to (a zip bomb is refused, not unpacked). */
    public static final long MAX_UNPACKED = 32L * 1024 * 1024;

    /** The file cannot be read as a table; the bundle key says why. */
    public static final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reasonKey;

        public UnreadableFile(String reasonKey) {
            super(reasonKey);
            this.reasonKey = reasonKey;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }

    private TableFiles() {
    }

    /** Whether a file name is one of the accepted formats. */
    public static boolean accepted(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    public static UploadedTable read(String fileName, byte[] content) throws UnreadableFile {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (n.endsWith(".csv")) {
            return csv(content);
        }
        throw new UnreadableFile("statistics.reject.format");
    }

    static UploadedTable csv(byte[] content) throws UnreadableFile {
        CsvTable table;
        try {
            table = CsvTable.parse(content);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFile("inventory.csv.notUtf8".equals(e.getMessage()) ? "statistics.reject.notUtf8"
                    : "statistics.reject.empty");
        }
        return new UploadedTable(table.header(), table.rows().stream()
                .map(r -> new UploadedTable.Row(r.line(), r.values())).toList());
    }

    static UploadedTable xlsx(byte[] content) throws UnreadableFile {
        Map<String, byte[]> parts = unzip(content);
        try {
            List<String> shared = parts.containsKey("xl/sharedStrings.xml")
                    ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
            byte[] sheet = parts.get(firstSheet(parts));
            if (sheet == null) {
                throw new UnreadableFile("statistics.reject.unreadable");
            }
            TreeMap<Integer, TreeMap<Integer, String>> cells = sheet(sheet, shared);
            List<String> header = null;
            List<UploadedTable.Row> rows = new ArrayList<>();
            for (Map.Entry<Integer, TreeMap<Integer, String>> row : cells.entrySet()) {
                List<String> values = dense(row.getValue());
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = values;
                } else {
                    rows.add(new UploadedTable.Row(row.getKey(), values));
                }
            }
            if (header == null) {
                throw new UnreadableFile("statistics.reject.empty");
            }
            return new UploadedTable(header, rows);
        } catch (XMLStreamException | RuntimeException e) {
            throw new UnreadableFile("statistics.reject.unreadable");
        }
    }

    private static Map<String, byte[]> unzip(byte[] content) throws UnreadableFile {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            byte[] buffer = new byte[8192];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean wanted = e.getName().startsWith("xl/");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw new UnreadableFile("statistics.reject.tooLarge");
                    }
                    if (wanted) {
                        out.write(buffer, 0, n);
                    }
                }
                if (wanted) {
                    parts.put(e.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFile("statistics.reject.unreadable");
        }
        if (parts.isEmpty()) {
            throw new UnreadableFile("statistics.reject.unreadable");
        }
        return parts;
    }

    /** The part of the workbook's first sheet. */
    private static String firstSheet(Map<String, byte[]> parts) throws XMLStreamException {
        String id = null;
        if (parts.containsKey("xl/workbook.xml")) {
            XMLStreamReader x = reader(parts.get("xl/workbook.xml"));
            while (x.hasNext() && id == null) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(x.getLocalName())) {
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        if ("id".equals(x.getAttributeLocalName(i))) {
                            id = x.getAttributeValue(i);
                        }
                    }
                }
            }
        }
        if (id != null && parts.containsKey("xl/_rels/workbook.xml.rels")) {
            XMLStreamReader x = reader(parts.get("xl/_rels/workbook.xml.rels"));
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())
                        && id.equals(x.getAttributeValue(null, "Id"))) {
                    String target = x.getAttributeValue(null, "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader x = reader(xml);
        StringBuilder current = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
                current = new StringBuilder();
            } else if (event == XMLStreamConstants.START_ELEMENT && "t".equals(x.getLocalName()) && current != null) {
                current.append(x.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT && "si".equals(x.getLocalName()) && current != null) {
                out.add(current.toString());
                current = null;
            }
        }
        return out;
    }

    /** Row number → column index → text. */
    private static TreeMap<Integer, TreeMap<Integer, String>> sheet(byte[] xml, List<String> shared)
            throws XMLStreamException {
        TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
        XMLStreamReader x = reader(xml);
        int rowNumber = 0;
        int column = -1;
        String type = null;
        String formula = null;
        String value = null;
        StringBuilder inline = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "row" -> {
                        String r = x.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                        column = -1;
                    }
                    case "c" -> {
                        String ref = x.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : columnIndex(ref);
                        type = x.getAttributeValue(null, "t");
                        formula = null;
                        value = null;
                        inline = null;
                    }
                    case "f" -> formula = x.getElementText();
                    case "v" -> value = x.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        if (inline != null) {
                            inline.append(x.getElementText());
                        }
                    }
                    default -> {
                        // other markup of the sheet
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(x.getLocalName())) {
                String text;
                if (formula != null && !formula.isEmpty()) {
                    text = "=" + formula;
                } else if ("s".equals(type) && value != null) {
                    text = shared.get(Integer.parseInt(value.strip()));
                } else if ("inlineStr".equals(type)) {
                    text = inline == null ? "" : inline.toString();
                } else if ((type == null || "n".equals(type)) && value != null && !value.isBlank()) {
                    text = new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
                } else {
                    text = value == null ? "" : value;
                }
                rows.computeIfAbsent(rowNumber, k -> new TreeMap<>()).put(column, text);
            }
        }
        return rows;
    }

    private static List<String> dense(TreeMap<Integer, String> row) {
        List<String> values = new ArrayList<>();
        int last = row.isEmpty() ? -1 : row.lastKey();
        for (int i = 0; i <= last; i++) {
            values.add(row.getOrDefault(i, ""));
        }
        return values;
    }

    /** The 0-based column of a cell reference ("C12" → 2). */
    static int columnIndex(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return n - 1;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no DTDs, no external entities: an uploaded file is untrusted
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in);
    }
}
