package org.sigti.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk;

/**
 * The exports of the home page's lists (issue 19): the inbox, filtered, exported as XLSX and CSV holds exactly the
 * rows the filter matches (all pages), with a formula-looking title neutralised in both; another institution's
 * operator and the requester's "Mis solicitudes" export only what each may see.
 */
@ExtendWith(ArquillianExtension.class)
class ListExportIT {

    private static final String UNIQUE = "xq" + Long.toString(System.nanoTime(), 36);
    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"clic\") " + UNIQUE;
    private static List<Desk.Filed> filed;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    /** Two requests of the AGETIC requester, one of them titled like a formula; filed once for the class. */
    private static synchronized List<Desk.Filed> filed() {
        if (filed == null) {
            try (Desk requester = Desk.login("solicitante", "export")) {
                filed = List.of(
                        requester.file(Desk.Draft.of("UGAT/AIT-PR01", "ACCESO_SISTEMA", FORMULA, "Fórmula.")),
                        requester.file(Desk.Draft.of("UGAT/AIT-PR01", "ACCESO_SISTEMA", "Impresora " + UNIQUE,
                                "No imprime.")));
            }
        }
        return filed;
    }

    @Test
    void the_filtered_inbox_exports_its_rows_as_xlsx_and_csv_with_formulas_neutralised() throws IOException {
        List<Desk.Filed> cases = filed();
        try (Browser operator = Browser.loggedIn("operador", "/")) {
            // the screen's count for the filter, then its export
            operator.type(By.id("home:search"), UNIQUE);
            operator.click(By.id("home:filter"));
            operator.until(d -> d.findElement(By.id("inbox-count")).getText().startsWith("2 "));

            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(operator, "inbox-xlsx")))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals(2, sheet.getLastRowNum(), "a header and the 2 rows the filter matches");
                assertEquals("N.º", sheet.getRow(0).getCell(0).getStringCellValue());
                Row formula = rowOf(sheet, cases.get(0).number());
                assertEquals("'" + FORMULA, formula.getCell(1).getStringCellValue());
                assertEquals("Prioridad", sheet.getRow(0).getCell(6).getStringCellValue());
                assertTrue(rowOf(sheet, cases.get(1).number()).getCell(1).getStringCellValue()
                        .equals("Impresora " + UNIQUE));
            }

            String csv = new String(export(operator, "inbox-csv"), StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertEquals(3, lines.size(), csv);
            assertTrue(lines.get(0).startsWith("\uFEFF\"N.º\";\"Asunto\";\"Procedimiento\""), lines.get(0));
            assertTrue(csv.contains("\"" + cases.get(0).number() + "\";\"'=HYPERLINK(\"\"http://example.invalid"),
                    csv);
        }
    }

    @Test
    void each_person_exports_only_what_they_may_see() throws IOException {
        List<Desk.Filed> cases = filed();
        // another institution's operator, over the whole office: none of AGETIC's cases
        try (Browser other = Browser.loggedIn("operador.mesa", "/")) {
            other.runAsync("const done = arguments[arguments.length - 1];"
                    + " const scope = document.getElementById('home:scope_input');"
                    + " if (scope && [...scope.options].some(o => o.value === 'OFFICE')) { scope.value = 'OFFICE'; }"
                    + " done(true);");
            other.type(By.id("home:search"), UNIQUE);
            String csv = new String(export(other, "inbox-csv"), StandardCharsets.UTF_8);
            assertEquals(1, csv.lines().count(), () -> "only the header: " + csv);
            assertTrue(!csv.contains(cases.get(0).number()), csv);
            String mine = new String(export(other, "myRequests-csv"), StandardCharsets.UTF_8);
            assertTrue(!mine.contains(UNIQUE), mine);
        }
        // the requester's "Mis solicitudes": both, the formula neutralised, the status as people read it
        try (Browser requester = Browser.loggedIn("solicitante", "/")) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(requester,
                    "myRequests-xlsx")))) {
                Sheet sheet = book.getSheetAt(0);
                Row formula = rowOf(sheet, cases.get(0).number());
                assertEquals("'" + FORMULA, formula.getCell(1).getStringCellValue());
                assertEquals("Abierto", formula.getCell(3).getStringCellValue());
                rowOf(sheet, cases.get(1).number());
            }
        }
    }

    @Test
    void the_administration_lists_export_their_rows_in_the_readers_words() throws IOException {
        try (Browser jefe = Browser.loggedIn("jefe", "/admin/users.xhtml")) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(jefe, "users",
                    "export-xlsx")))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("Usuario", sheet.getRow(0).getCell(0).getStringCellValue());
                Row operador = rowOf(sheet, "operador");
                assertTrue(operador.getCell(4).getStringCellValue().contains("Operador"), operador::toString);
                assertEquals("Sí", operador.getCell(5).getStringCellValue());
            }
            jefe.open(org.sigti.it.Sigti.BASE_URL + "/admin/mail-outbox.xhtml");
            String csv = new String(export(jefe, "outbox", "export"), StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertTrue(lines.get(0).startsWith("\uFEFF\"Creado"), lines.get(0));
            assertTrue(lines.size() > 1, "the outbox has the mails the tests sent");
            assertTrue(lines.stream().skip(1).noneMatch(l -> l.matches(".*\"(SENT|PENDING|FAILED)\".*")),
                    "statuses in the reader's words: " + csv);
        }
    }

    /** The row of the sheet whose first cell is the case number; fails when there is none. */
    private static Row rowOf(Sheet sheet, String number) {
        for (Row row : sheet) {
            if (number.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + number + " in the sheet");
    }

    /** The home form posted through one of its export buttons, as a full (non-ajax) POST does, read as bytes. */
    private static byte[] export(Browser b, String button) {
        return export(b, "home", button);
    }

    /** A page's form posted through one of its export buttons, as a full (non-ajax) POST does, read as bytes. */
    private static byte[] export(Browser b, String formId, String button) {
        String dataUrl = (String) b.runAsync("const done = arguments[arguments.length - 1];"
                + " const form = document.getElementById(arguments[1]);"
                + " const data = new URLSearchParams(new FormData(form)); data.append(arguments[1] + ':' + arguments[0], 'x');"
                + " fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                + ".then(r => r.blob()).then(blob => { const reader = new FileReader();"
                + " reader.onload = () => done(reader.result); reader.readAsDataURL(blob); });", button, formId);
        return Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
    }
}
