package org.sigti.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX workbook (Office Open XML, one sheet) written straight to the stream: the package's fixed parts first, then
 * the sheet row by row as {@link #row} gets them, so nothing but the current row is in memory (no library, no
 * temporary file). Every cell is an inline text string (a formula-looking value is also neutralised, as in the CSV, for
 * whoever re-saves the sheet as CSV); the header is bold and frozen.
 */
final class XlsxWriter implements SheetWriter {

    /** The most characters a spreadsheet cell holds (Excel's limit); a longer value is cut. */
    static final int MAX_CELL_CHARS = 32_767;
    /** The most characters of a sheet's name. */
    static final int MAX_SHEET_NAME = 31;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final String CONTENT_TYPES = XML_DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";

    private static final String ROOT_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    private static final String WORKBOOK_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";

    /** Two cell formats: 0 the default, 1 bold (the header). */
    private static final String STYLES = XML_DECLARATION
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\">"
            + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private static final String SHEET_START = XML_DECLARATION
            + "<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
            + "<sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\"/>"
            + "</sheetView></sheetViews>"
            + "<sheetData>";

    private static final String SHEET_END = "</sheetData></worksheet>";

    private final ZipOutputStream zip;
    private final Writer xml;
    private int rows;

    XlsxWriter(String sheetName, OutputStream out) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        part("[Content_Types].xml", CONTENT_TYPES);
        part("_rels/.rels", ROOT_RELS);
        part("xl/workbook.xml", XML_DECLARATION
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<bookViews><workbookView/></bookViews>"
                + "<sheets><sheet name=\"" + escaped(sheetName(sheetName)) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>");
        part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        part("xl/styles.xml", STYLES);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        xml.write(SHEET_START);
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    @Override
    public void row(List<String> cells) throws IOException {
        rows++;
        xml.write("<row r=\"" + rows + "\">");
        for (int i = 0; i < cells.size(); i++) {
            xml.write("<c r=\"" + column(i) + rows + "\"" + (rows == 1 ? " s=\"1\"" : "")
                    + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            xml.write(escaped(Cells.neutralised(cells.get(i))));
            xml.write("</t></is></c>");
        }
        xml.write("</row>");
    }

    /** Ends the sheet and the package; the stream stays open (it is the caller's). */
    @Override
    public void close() throws IOException {
        xml.write(SHEET_END);
        xml.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** The letters of a 0-based column: A…Z, AA…ZZ, AAA… */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * A name a spreadsheet accepts for a sheet: at most 31 characters, none of {@code []:*?/\} or control characters
     * (each becomes a space), not starting or ending with an apostrophe; "Hoja1" if nothing is left.
     */
    static String sheetName(String name) {
        StringBuilder safe = new StringBuilder();
        String n = name == null ? "" : name;
        for (int i = 0; i < n.length() && safe.length() < MAX_SHEET_NAME; i++) {
            char c = n.charAt(i);
            boolean lastHighSurrogate = Character.isHighSurrogate(c) && safe.length() == MAX_SHEET_NAME - 1;
            safe.append("[]:*?/\\".indexOf(c) >= 0 || c < 0x20 || lastHighSurrogate ? ' ' : c);
        }
        String s = safe.toString();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isBlank() ? "Hoja1" : s;
    }

    /**
     * Text as XML character data: markup characters escaped, a carriage return kept as a reference (a parser would
     * make it a line feed), characters XML 1.0 cannot hold removed, OOXML's own {@code _xHHHH_} escape escaped, and cut
     * to {@value #MAX_CELL_CHARS} characters.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int kept = 0;
        for (int i = 0; i < text.length() && kept < MAX_CELL_CHARS; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (kept + 2 > MAX_CELL_CHARS) {
                    break;
                }
                out.append(c).append(text.charAt(++i));
                kept += 2;
                continue;
            }
            if (!allowed(c)) {
                continue;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '_' -> out.append(startsEscape(text, i) ? "_x005F_" : "_");
                default -> out.append(c);
            }
            kept++;
        }
        return out.toString();
    }

    /** A character XML 1.0 allows on its own (a lone surrogate is not one). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }

    /** Whether {@code _xHHHH_} starts at {@code i}, which a spreadsheet would read as the character HHHH. */
    private static boolean startsEscape(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
