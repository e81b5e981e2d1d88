package org.sigti.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.sigti.statistics.IntakeValidator.Checked;
import org.sigti.statistics.StatColumn.Type;
import org.sigti.statistics.StatTemplate.TotalRule;
import org.sigti.statistics.TemplateSpec.ColumnSpec;

/** Every reason an upload is refused, with its row, and what an accepted one keeps. */
class IntakeValidatorTest {

    /** PER-01 as V67 seeds it: categoría (code), observación (text), hombres, mujeres, total; totals both ways. */
    static final TemplateSpec PER01 = new TemplateSpec(1, "PER-01", "Personal militar", TotalRule.BOTH, List.of(
            new ColumnSpec("categoria", Type.CODE, "CATEGORIA", Set.of("OFI", "TCO", "TRO"), true),
            new ColumnSpec("observacion", Type.TEXT, null, Set.of(), false),
            new ColumnSpec("hombres", Type.INTEGER, null, Set.of(), true),
            new ColumnSpec("mujeres", Type.INTEGER, null, Set.of(), true),
            new ColumnSpec("total", Type.INTEGER, null, Set.of(), true)));

    private static final String HEADER = "categoria;observacion;hombres;mujeres;total\n";

    private static Checked csv(String text) {
        return IntakeValidator.check(PER01, "fap.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Rejection> rejections(String text) {
        return csv(text).outcome().rejections();
    }

    @Test
    void a_well_formed_table_is_accepted_with_its_numbers_and_the_formula_text_kept_as_sent() {
        Checked checked = csv(HEADER + "OFI;=HYPERLINK(\"http://x\",\"y\");10;5;15\ntco;;20;5;25\nTOTAL;;30;10;40\n");

        assertTrue(checked.outcome().accepted(), () -> checked.outcome().rejections().toString());
        assertEquals(3, checked.rowCount());
        assertEquals(List.of("OFI", "=HYPERLINK(\"http://x\",\"y\")", "10", "5", "15"),
                checked.outcome().rows().get(0).texts());
        assertEquals("TCO", checked.outcome().rows().get(1).texts().get(0));
        assertEquals(new BigDecimal("40"), checked.outcome().rows().get(2).numbers().get(4));
        assertEquals(2, checked.outcome().rows().get(0).number());
    }

    @Test
    void a_missing_column_is_refused_on_the_header_row_and_no_row_is_kept() {
        List<Rejection> r = rejections("categoria;hombres;mujeres;total\nOFI;1;1;2\nTOTAL;1;1;2\n");

        assertEquals(List.of(Rejection.of(1, "observacion", "statistics.reject.missingColumn", "observacion")), r);
        assertEquals(List.of(), csv("categoria;hombres;mujeres;total\nOFI;1;1;2\n").outcome().rows());
    }

    @Test
    void an_unknown_column_is_refused_with_its_name() {
        assertEquals(List.of(Rejection.of(1, "edad", "statistics.reject.unknownColumn", "edad")),
                rejections("categoria;observacion;hombres;mujeres;total;edad\nOFI;;1;1;2;3\n"));
    }

    @Test
    void a_bad_integer_a_bad_code_and_a_missing_value_are_refused_with_their_rows() {
        List<Rejection> r = rejections(HEADER + "OFI;;diez;5;15\nGEN;;1;1;2\nTRO;;;1;1\nTOTAL;;11;7;18\n");

        assertEquals(List.of(Rejection.of(2, "hombres", "statistics.reject.notInteger", "diez"),
                Rejection.of(3, "categoria", "statistics.reject.unknownCode", "GEN", "CATEGORIA"),
                Rejection.of(4, "hombres", "statistics.reject.required")), r);
    }

    @Test
    void a_bad_code_and_a_total_that_does_not_add_up_are_both_reported() {
        assertEquals(List.of(Rejection.of(3, "categoria", "statistics.reject.unknownCode", "GEN", "CATEGORIA"),
                Rejection.of(4, "hombres", "statistics.reject.columnTotal", "30", "31"),
                Rejection.of(4, "total", "statistics.reject.columnTotal", "40", "41")),
                rejections(HEADER + "OFI;=HYPERLINK(\"x\");10;5;15\nGEN;;20;5;25\nTOTAL;;31;10;41\n"));
    }

    @Test
    void a_formula_in_a_numeric_column_is_a_bad_value() {
        assertEquals(List.of(Rejection.of(2, "hombres", "statistics.reject.notInteger", "=1+1")),
                rejections(HEADER + "OFI;;=1+1;0;2\nTOTAL;;2;0;2\n"));
    }

    @Test
    void a_row_total_that_does_not_add_up_is_refused_with_the_expected_sum() {
        // the total row then disagrees with the row's wrong total too: both are reported
        assertEquals(List.of(Rejection.of(2, "total", "statistics.reject.rowTotal", "15", "16"),
                Rejection.of(3, "total", "statistics.reject.columnTotal", "16", "15")),
                rejections(HEADER + "OFI;;10;5;16\nTOTAL;;10;5;15\n"));
    }

    @Test
    void a_total_row_that_does_not_add_up_is_refused_per_column() {
        assertEquals(List.of(Rejection.of(4, "hombres", "statistics.reject.columnTotal", "30", "31"),
                Rejection.of(4, "total", "statistics.reject.columnTotal", "40", "41")),
                rejections(HEADER + "OFI;;10;5;15\nTCO;;20;5;25\nTOTAL;;31;10;41\n"));
    }

    @Test
    void a_table_without_its_total_row_is_refused_on_its_last_row() {
        assertEquals(List.of(Rejection.of(3, "categoria", "statistics.reject.totalRowMissing", "TOTAL")),
                rejections(HEADER + "OFI;;10;5;15\nTCO;;20;5;25\n"));
    }

    @Test
    void a_decimal_column_takes_a_point_or_a_comma() {
        TemplateSpec spec = new TemplateSpec(2, "GAS", "Gasto", TotalRule.NONE, List.of(
                new ColumnSpec("rubro", Type.TEXT, null, Set.of(), true),
                new ColumnSpec("monto", Type.DECIMAL, null, Set.of(), true)));
        Checked checked = IntakeValidator.check(spec, "g.csv",
                "rubro,monto\nA,\"12,50\"\nB,3.25\nC,doce\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(Rejection.of(4, "monto", "statistics.reject.notDecimal", "doce")),
                checked.outcome().rejections());
    }

    @Test
    void an_oversized_file_is_refused_unread() {
        byte[] big = new byte[IntakeValidator.MAX_BYTES + 1];

        assertEquals(List.of(Rejection.of(0, null, "statistics.reject.tooLarge", "2")),
                IntakeValidator.check(PER01, "big.csv", big).outcome().rejections());
    }

    @Test
    void a_file_of_another_format_or_not_utf8_or_empty_is_refused() {
        assertEquals("statistics.reject.format", IntakeValidator.check(PER01, "a.pdf", new byte[] {1})
                .outcome().rejections().get(0).reasonKey());
        assertEquals("statistics.reject.notUtf8", IntakeValidator.check(PER01, "a.csv",
                new byte[] {(byte) 0xC3, (byte) 0x28}).outcome().rejections().get(0).reasonKey());
        assertEquals("statistics.reject.noRows", rejections(HEADER).get(0).reasonKey());
        assertEquals("statistics.reject.unreadable", IntakeValidator.check(PER01, "a.xlsx",
                "not a zip".getBytes(StandardCharsets.UTF_8)).outcome().rejections().get(0).reasonKey());
    }

    @Test
    void an_xlsx_is_read_from_shared_strings_inline_strings_numbers_and_formulas() throws Exception {
        byte[] xlsx = xlsx("<row r=\"1\">" + s("A1", 0) + s("B1", 1) + s("C1", 2) + s("D1", 3) + s("E1", 4) + "</row>"
                + "<row r=\"2\">" + s("A2", 5) + "<c r=\"B2\" t=\"str\"><f>HYPERLINK(\"http://x\",\"y\")</f><v>y</v></c>"
                + n("C2", "10") + n("D2", "5.0") + n("E2", "15") + "</row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>TOTAL</t></is></c>" + n("C3", "10") + n("D3", "5")
                + "<c r=\"E3\"><f>SUM(E2:E2)</f><v>15</v></c></row>");

        Checked checked = IntakeValidator.check(PER01, "fap.xlsx", xlsx);

        // the formula of the total is not a number: a spreadsheet's formula is refused where a number is due
        assertEquals(List.of(Rejection.of(3, "total", "statistics.reject.notInteger", "=SUM(E2:E2)")),
                checked.outcome().rejections());
        UploadedTable table = TableFiles.read("fap.xlsx", xlsx);
        assertEquals(List.of("categoria", "observacion", "hombres", "mujeres", "total"), table.header());
        assertEquals(List.of("OFI", "=HYPERLINK(\"http://x\",\"y\")", "10", "5", "15"), table.rows().get(0).cells());
        assertEquals(3, table.rows().get(1).number());
    }

    @Test
    void the_file_name_loses_any_path() {
        assertEquals("fap.csv", StatisticsIntake.fileName("C:\\Users\\x\\fap.csv"));
        assertEquals("sin-nombre", StatisticsIntake.fileName(null));
    }

    private static String s(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    private static String n(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    /** A minimal workbook: shared strings for the header and the first code, the sheet's rows as given. */
    static byte[] xlsx(String rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Hoja1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/hoja.xml\""
                    + " Type=\"x\"/></Relationships>");
            part(zip, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>categoria</t></si><si><t>observacion</t></si><si><t>hombres</t></si>"
                    + "<si><r><t>muj</t></r><r><t>eres</t></r></si><si><t>total</t></si><si><t>OFI</t></si></sst>");
            part(zip, "xl/worksheets/hoja.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData>" + rows + "</sheetData></worksheet>");
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
