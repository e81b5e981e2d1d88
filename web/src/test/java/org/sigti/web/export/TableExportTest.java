package org.sigti.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An export reads every page of its list, a page at a time, and writes the same cells as CSV and as XLSX. */
class TableExportTest {

    private static final ResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"file", "lista"}, {"col.n", "N.º"}, {"col.title", "Asunto"}};
        }
    };

    private static final List<String> TITLES = IntStream.range(0, 250)
            .mapToObj(i -> switch (i) {
                case 7 -> "=HYPERLINK(\"http://x\")";
                case 9 -> "Año <2025> & \"señal\"\u0001 caída _x0041_ \uD83D\uDE00";
                default -> "caso " + i;
            }).toList();

    private final List<int[]> asked = new ArrayList<>();

    private byte[] export(ExportFormat format) throws IOException {
        TableExport<Integer> export = TableExport.<Integer>in("file", BUNDLE)
                .column("col.n", String::valueOf).column("col.title", TITLES::get);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(format, "lista", out, 100, (first, size) -> {
            asked.add(new int[] {first, size});
            return IntStream.range(first, Math.min(first + size, TITLES.size())).boxed().toList();
        });
        return out.toByteArray();
    }

    @Test
    void the_csv_holds_the_header_and_every_page_with_formulas_neutralised() throws IOException {
        String csv = new String(export(ExportFormat.CSV), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(251, lines.size());
        assertEquals("\uFEFF\"N.º\";\"Asunto\"", lines.get(0));
        assertEquals("\"7\";\"'=HYPERLINK(\"\"http://x\"\")\"", lines.get(8));
        assertEquals("\"249\";\"caso 249\"", lines.get(250));
        assertEquals(3, asked.size(), "three pages of 100");
    }

    @Test
    void the_xlsx_holds_the_same_cells_as_text_under_a_bold_frozen_header() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("lista", sheet.getSheetName());
            assertEquals(250, sheet.getLastRowNum());
            XSSFCell title = sheet.getRow(0).getCell(1);
            assertEquals("Asunto", title.getStringCellValue());
            assertEquals("N.º", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(title.getCellStyle().getFont().getBold());
            assertFalse(sheet.getRow(1).getCell(1).getCellStyle().getFont().getBold());
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(CellType.STRING, sheet.getRow(8).getCell(0).getCellType());
            assertEquals("7", sheet.getRow(8).getCell(0).getStringCellValue());
            assertEquals("'=HYPERLINK(\"http://x\")", sheet.getRow(8).getCell(1).getStringCellValue());
            assertEquals("Año <2025> & \"señal\" caída _x0041_ \uD83D\uDE00",
                    sheet.getRow(10).getCell(1).getStringCellValue(), "escaped, the control character removed");
            assertEquals("caso 249", sheet.getRow(250).getCell(1).getStringCellValue());
            assertEquals("B251", sheet.getRow(250).getCell(1).getAddress().formatAsString());
        }
    }

    @Test
    void cells_and_sheets_are_named_as_a_spreadsheet_expects() {
        assertEquals("A", XlsxWriter.column(0));
        assertEquals("Z", XlsxWriter.column(25));
        assertEquals("AA", XlsxWriter.column(26));
        assertEquals("AZ", XlsxWriter.column(51));
        assertEquals("XFD", XlsxWriter.column(16_383));
        assertEquals("Cambios  2026 12 ", XlsxWriter.sheetName("Cambios [2026/12]"));
        assertEquals("a b c d e", XlsxWriter.sheetName("'a:b*c?d\\e'"));
        assertEquals("Registro de incidentes de segur", XlsxWriter.sheetName("Registro de incidentes de seguridad"));
        assertEquals("Hoja1", XlsxWriter.sheetName(" "));
        assertEquals("a&#13;\nb&lt;&amp;\t", XlsxWriter.escaped("a\r\nb<&\t\u0000\uFFFF\uD800"));
    }
}
