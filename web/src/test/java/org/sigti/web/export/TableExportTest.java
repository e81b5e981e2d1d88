package org.sigti.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
            .mapToObj(i -> i == 7 ? "=HYPERLINK(\"http://x\")" : "caso " + i).toList();

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
    void the_xlsx_holds_the_same_cells() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("lista", sheet.getSheetName());
            assertEquals(250, sheet.getLastRowNum());
            assertEquals("Asunto", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("'=HYPERLINK(\"http://x\")", sheet.getRow(8).getCell(1).getStringCellValue());
            assertEquals("caso 249", sheet.getRow(250).getCell(1).getStringCellValue());
        }
    }
}
