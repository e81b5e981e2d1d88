package org.sigti.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Mailbox.Mail;
import org.sigti.it.procedures.Walk;

/**
 * The data intake of the Sector Defensa's statistics (issue 17 item 4, S04.05.00.01 steps 9–16), each step by its
 * own role: the statistics coordinator ({@code responsable.estad}) puts tables on the Cronograma de envío from the
 * board; the Fuerza Aérea's representative ({@code representante.fap}, role Representante) sends PER-01 in the
 * browser, is refused twice with the rejected rows and their reasons (nothing stored), reads the report back, then is
 * accepted, and a resubmission is version 2 with version 1 kept; the data exported as XLSX and CSV shows the
 * {@code =HYPERLINK} cell neutralised. A late entity is reminded by mail (titular and alterno) and one due soon is
 * reminded before its date; other roles get 403, and a denial of another entity's table is recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsIntakeIT extends Walk {

    private static final String COORDINATOR = "responsable.estad";
    private static final String REPRESENTATIVE = "representante.fap";
    private static final String FAP = "3";
    private static final String EJERCITO = "1";
    private static final String PER01 = "1";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String HEADER = "categoria;observacion;hombres;mujeres;total\n";
    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"ver\")";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void an_upload_is_rejected_corrected_and_accepted_and_its_exports_neutralise_formulas() throws Exception {
        // given PER-01 due by the Fuerza Aérea for a period, in a month, put on the schedule by the coordinator
        String period = period("A");
        JsfClient coordinator = JsfClient.logIn(COORDINATOR);
        schedule(coordinator, FAP, period, today().plusDays(30));
        long due = Long.parseLong(fixture("/statistics", "period", period).split("\\|")[0]);

        try (Browser fap = Browser.loggedIn(REPRESENTATIVE, "/statistics/upload.xhtml")) {
            assertTrue(texts(fap, ".sigti-stat-period").contains(period), fap::source);
            fap.open(Sigti.BASE_URL + "/statistics/due.xhtml?due=" + due);

            // when a file without the column "mujeres" is sent: refused on the header, nothing stored
            upload(fap, "categoria;observacion;hombres;total\nOFI;;10;10\n");
            assertEquals("REJECTED", fap.until(d -> d.findElement(By.id("stat-result"))).getAttribute("data-outcome"));
            assertEquals(List.of("1|mujeres|Falta la columna «mujeres»."), rejections(fap));

            // and a file with a code not in the list and a total row that does not add up
            upload(fap, HEADER + "OFI;" + FORMULA + ";10;5;15\nGEN;;20;5;25\nTOTAL;;31;10;41\n");
            assertEquals(List.of("3|categoria|El código «GEN» no está en la lista CATEGORIA.",
                    "4|hombres|El total de la columna no suma: debería ser 30 y dice 31.",
                    "4|total|El total de la columna no suma: debería ser 40 y dice 41."), rejections(fap));
            long refused = submissionOf(fap);

            // then the rejected-rows report reads back with row and reason, in Spanish
            String report = new String(fap.download("/files/statistics?report=" + refused + "&format=csv"),
                    StandardCharsets.UTF_8);
            assertTrue(report.contains("\"Fila\";\"Columna\";\"Motivo\""), report);
            assertTrue(report.contains("\"3\";\"categoria\";\"El código «GEN» no está en la lista CATEGORIA.\""),
                    report);
            assertEquals("REJECTED,null,0,1;REJECTED,null,0,3;", fixture("/statistics", "period", period)
                    .split("\\|")[1], "two refusals, no cell stored");

            // when the corrected file is sent (the formula cell is text: stored as sent)
            String good = HEADER + "OFI;" + FORMULA + ";10;5;15\nTCO;;20;5;25\nTOTAL;;30;10;40\n";
            upload(fap, good);
            assertEquals("ACCEPTED", fap.until(d -> d.findElement(By.id("stat-result"))).getAttribute("data-outcome"));
            assertTrue(fap.text(By.id("stat-summary")).contains("versión 1"), () -> fap.text(By.id("stat-summary")));
            long accepted = submissionOf(fap);

            // then its data exports neutralise the formula: XLSX read back with POI, and CSV
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    fap.download("/files/statistics?data=" + accepted + "&format=xlsx")))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("observacion", sheet.getRow(0).getCell(1).getStringCellValue());
                assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType());
                assertEquals("'" + FORMULA, sheet.getRow(1).getCell(1).getStringCellValue());
                assertEquals("TOTAL", sheet.getRow(3).getCell(0).getStringCellValue());
            }
            String csv = new String(fap.download("/files/statistics?data=" + accepted + "&format=csv"),
                    StandardCharsets.UTF_8);
            assertTrue(csv.contains("\"OFI\";\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"ver\"\")\""), csv);

            // and a resubmission is version 2, version 1 kept
            upload(fap, good);
            assertTrue(fap.text(By.id("stat-summary")).contains("versión 2"), () -> fap.text(By.id("stat-summary")));
        }
        String[] state = fixture("/statistics", "period", period).split("\\|");
        assertEquals("REJECTED,null,0,1;REJECTED,null,0,3;ACCEPTED,1,13,0;ACCEPTED,2,13,0;", state[1]);
        assertEquals("2,4,0,0;", state[2]);

        // the board shows the table received, version 2
        Document board = coordinator.get("/statistics/board.xhtml?state=ACCEPTED").page();
        assertTrue(board.select("tr.sigti-stat-due").stream().anyMatch(r -> r.text().contains(period)
                && r.select(".sigti-stat-state").attr("data-state").equals("ACCEPTED")), board::html);
    }

    @Test
    void a_late_entity_is_reminded_by_mail_and_other_roles_are_refused() throws Exception {
        // given a table late by three days and another due in two, both of the Fuerza Aérea
        String late = period("L");
        String soon = period("S");
        JsfClient coordinator = JsfClient.logIn(COORDINATOR);
        schedule(coordinator, FAP, late, today().minusDays(3));
        schedule(coordinator, FAP, soon, today().plusDays(2));

        // when the coordinator sends the reminders due today
        Document board = coordinator.get("/statistics/board.xhtml").page();
        FormElement remind = (FormElement) board.getElementById("remind");
        Document after = coordinator.submit(remind, remind.selectFirst("[name='remind:send']"), v -> v).page();
        assertTrue(after.select("#messages").text().contains("recordatorio"), after::html);

        // then titular and alterno get the late reminder, and the titular the one before the due date
        awaitMail(REPRESENTATIVE + "@sigti.example", "Envío vencido: el cuadro PER-01 (" + late + ")");
        awaitMail("alterno.fap@sigti.example", "Envío vencido: el cuadro PER-01 (" + late + ")");
        Mail before = awaitMail(REPRESENTATIVE + "@sigti.example", "Recordatorio: el cuadro PER-01 (" + soon + ")");
        assertTrue(before.body().contains("/statistics/upload.xhtml?due="), before::body);
        assertEquals("null,0,0,1;", fixture("/statistics", "period", late).split("\\|")[2]);
        assertEquals("null,0,1,0;", fixture("/statistics", "period", soon).split("\\|")[2]);

        // and the board lists the late one as late
        Document lateBoard = coordinator.get("/statistics/board.xhtml?state=LATE").page();
        assertTrue(lateBoard.select("tr.sigti-stat-due").stream().anyMatch(r -> r.text().contains(late)),
                lateBoard::html);

        // other roles: a requester may not send, a representative may not follow the board
        assertEquals(403, JsfClient.logIn("solicitante.mindef").get("/statistics/upload.xhtml").status());
        JsfClient fap = JsfClient.logIn(REPRESENTATIVE);
        assertEquals(403, fap.get("/statistics/board.xhtml").status());
        assertEquals(403, fap.get("/statistics/templates.xhtml").status());
        // nor read another entity's table (recorded), while their own opens
        String army = period("E");
        schedule(coordinator, EJERCITO, army, today().plusDays(10));
        long armyDue = Long.parseLong(fixture("/statistics", "period", army).split("\\|")[0]);
        assertEquals(403, fap.get("/statistics/due.xhtml?due=" + armyDue).status());
        assertEquals("1", fixture("/statistics", "denied", REPRESENTATIVE, "action", "StatisticsIntake.due"));
        long lateDue = Long.parseLong(fixture("/statistics", "period", late).split("\\|")[0]);
        assertEquals(200, fap.get("/statistics/due.xhtml?due=" + lateDue).status());
        // a Técnico outside the statistics team gets 403 on the board's data
        assertEquals(403, JsfClient.logIn("tecnico.infra").get("/statistics/board.xhtml").status());
    }

    // ---- steps

    private static String period(String kind) {
        return "IT" + kind + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Lima"));
    }

    /** The coordinator adds a line to the Cronograma de envío from the board. */
    private static void schedule(JsfClient coordinator, String entity, String period, LocalDate dueOn) {
        Document board = coordinator.get("/statistics/board.xhtml").page();
        FormElement form = (FormElement) board.getElementById("schedule");
        Document answer = coordinator.submit(form, form.selectFirst("[name='schedule:add']"), values -> {
            values.put("schedule:entity", entity);
            values.put("schedule:template", PER01);
            values.put("schedule:period", period);
            values.put("schedule:dueOn_input", DAY.format(dueOn));
            return values;
        }).page();
        assertTrue(answer.select("#messages").text().contains("Se agregó el cuadro al cronograma."), answer::html);
    }

    private static void upload(Browser browser, String csv) throws Exception {
        Path file = Files.createTempFile("fap-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.all(By.cssSelector("input[type=file]")).get(0).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("upload:send"));
        browser.text(By.id("stat-summary"));
        Files.delete(file);
    }

    private static long submissionOf(Browser browser) {
        String url = browser.url();
        return Long.parseLong(url.replaceFirst(".*[?&]submission=(\\d+).*", "$1"));
    }

    private static List<String> rejections(Browser browser) {
        return browser.all(By.cssSelector("[id$='rejected_data'] tr[data-ri]")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(0).getText().strip() + "|" + cells.get(1).getText().strip() + "|"
                        + cells.get(2).getText().strip()).toList();
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.all(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    /** Waits for a mail to a recipient whose subject contains the part (the outbox sends a moment later). */
    private static Mail awaitMail(String to, String subjectPart) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 45_000;
        while (true) {
            for (Mail mail : mailbox.all()) {
                if (mail.to().equals(to) && mail.subject().contains(subjectPart)) {
                    return mail;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no mail to " + to + " with \"" + subjectPart + "\"; received: "
                        + mailbox.all().stream().map(m -> m.to() + " " + m.subject()).toList());
            }
            Thread.sleep(250);
        }
    }
}
