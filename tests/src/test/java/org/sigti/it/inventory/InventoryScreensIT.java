package org.sigti.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * The inventory screens in a real browser, as the demo users: a CSV import with bad rows stores nothing and its
 * report lists each rejected row with its line and reason (Spanish); the corrected file imports whole; the equipment
 * list filters by code, custodian and state and pages in the database; the Auditor reads but gets no write buttons,
 * and a Solicitante has no inventory but "Mis equipos".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryScreensIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    private static final String HEADER = "tipo;serie;codigo_patrimonial;marca;modelo;ubicacion;custodio;"
            + "nombre_custodio;unidad_custodio;adquirido_el;garantia_hasta";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }


    /** A CSV file of {@code rows} valid pieces "SCR-RUN-nnn", the first ten with custodian "scr.RUN", plus extra lines. */
    private static Path csv(int rows, String... extra) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 1; i <= rows; i++) {
            String custodian = i <= 10 ? "scr." + RUN.toLowerCase() : "";
            text.append(i % 2 == 0 ? "LAPTOP" : "impresora").append(';').append("SN-").append(RUN).append('-')
                    .append(i).append(";SCR-").append(RUN).append('-').append(String.format("%03d", i))
                    .append(";HP;Modelo ").append(i).append(";Piso 3;").append(custodian).append(';')
                    .append(i <= 10 ? "Sara Pantalla" : "").append(';').append(i <= 10 ? "RRHH" : "")
                    .append(";2024-05-01;31/12/2027\r\n");
        }
        for (String line : extra) {
            text.append(line).append("\r\n");
        }
        Path file = Files.createTempFile("inventario-" + RUN, ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void upload(Browser browser, Path file) {
        browser.select(By.id("import:target"), "EQUIPMENT");
        WebElement input = browser.all(By.cssSelector("input[type=file]")).get(0);
        input.sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("import:upload"));
        browser.text(By.id("import-summary"));
    }

    private static List<String> rejections(Browser browser) {
        return browser.all(By.cssSelector("[id$='rejected_data'] tr[data-ri]")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(0).getText().strip() + " " + cells.get(1).getText().strip()).toList();
    }

    private static List<String> codes(Browser browser) {
        browser.text(By.id("equipment-count"));
        return browser.all(By.cssSelector("[id='equipment:list_data'] .sigti-equipment-code")).stream()
                .map(a -> a.getText().strip()).toList();
    }

    @Test
    void a_file_with_bad_rows_imports_nothing_and_its_report_lists_each_with_line_and_reason() throws Exception {
        Path bad = csv(3, "TOSTADORA;SN-X;SCR-" + RUN + "-900;HP;X;;;;;;", "LAPTOP;SN-Y;SCR-" + RUN
                + "-001;HP;X;;;;;;", "PC;SN-Z;SCR-" + RUN + "-901;HP;X;;;;;2024-02-30;");
        try (Browser browser = Browser.loggedIn("responsable", "/inventory/import.xhtml")) {
            // when
            upload(browser, bad);

            // then: lines 5, 6 and 7 of the file, the reasons in Spanish; nothing stored
            assertTrue(browser.text(By.id("import-summary")).contains("no se importó ninguna"),
                    () -> browser.text(By.id("import-summary")));
            assertEquals(List.of("5 Tipo de equipo desconocido: «TOSTADORA».",
                    "6 El valor «SCR-" + RUN + "-001» de la columna «codigo_patrimonial» ya aparece en la línea 2 del"
                            + " archivo.",
                    "7 La fecha «2024-02-30» de la columna «adquirido_el» no es válida (aaaa-mm-dd o dd/mm/aaaa)."),
                    rejections(browser));
            browser.open(Sigti.BASE_URL + "/inventory/equipment.xhtml?code=SCR-" + RUN);
            assertEquals(List.of(), codes(browser));
        }
    }

    @Test
    void the_equipment_list_filters_and_pages_in_the_database() throws Exception {
        try (Browser browser = Browser.loggedIn("tecnico", "/inventory/import.xhtml")) {
            // given: 45 pieces imported whole
            upload(browser, csv(45));
            assertTrue(browser.text(By.id("import-summary")).contains("45 importadas"),
                    () -> browser.text(By.id("import-summary")));

            // when: filtered by code prefix (typed in lower case)
            browser.open(Sigti.BASE_URL + "/inventory/equipment.xhtml");
            browser.type(By.id("equipment:code"), "scr-" + RUN.toLowerCase() + "-");
            browser.submit(By.id("equipment:filter"));

            // then: 45 in pages of 20, by code
            assertTrue(browser.text(By.id("equipment-count")).contains("45"));
            List<String> first = codes(browser);
            assertEquals(20, first.size());
            assertEquals("SCR-" + RUN + "-001", first.get(0));
            browser.click(By.cssSelector("[id='equipment:list'] .ui-paginator-next"));
            browser.until(d -> !codes(browser).contains("SCR-" + RUN + "-001"));
            assertEquals("SCR-" + RUN + "-021", codes(browser).get(0));

            // and: the custodian filter keeps the ten assigned ones; with state IN_STOCK none of them
            browser.open(Sigti.BASE_URL + "/inventory/equipment.xhtml?custodian=scr." + RUN.toLowerCase());
            assertEquals(10, codes(browser).size());
            browser.open(Sigti.BASE_URL + "/inventory/equipment.xhtml?custodian=scr." + RUN.toLowerCase()
                    + "&state=IN_STOCK");
            assertEquals(List.of(), codes(browser));
            browser.open(Sigti.BASE_URL + "/inventory/equipment.xhtml?code=SCR-" + RUN + "&state=IN_STOCK&sort=CODE"
                    + "&desc=true");
            assertEquals("SCR-" + RUN + "-045", codes(browser).get(0));
        }
    }

    @Test
    void a_date_typed_day_first_is_kept_as_that_day() {
        // issue 19: Latin American users write 05/01/2027 for the 5th of January
        String code = "FEC-" + RUN;
        try (Browser browser = Browser.loggedIn("jefe", "/inventory/pool-edit.xhtml")) {
            browser.type(By.id("pool:code"), code);
            browser.type(By.id("pool:product"), "Licencia con fecha escrita a mano");
            browser.select(By.id("pool:type"), "SUBSCRIPTION");
            browser.type(By.id("pool:seatsTotal"), "5");
            browser.type(By.id("pool:expiresOn_input"), "05/01/2027");
            browser.all(By.id("pool:expiresOn_input")).get(0).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.submit(By.id("pool:save"));
            assertTrue(browser.text(By.id("messages")).contains("Licencia " + code + " guardada."),
                    () -> browser.text(By.id("messages")));
            browser.open(Sigti.BASE_URL + "/inventory/pools.xhtml?code=" + code);
            String row = browser.text(By.cssSelector("[id='pools:list_data'] tr[data-ri]"));
            assertTrue(row.contains("2027-01-05"), row);
            browser.assertNoCspViolation();
        }
    }

    @Test
    void the_auditor_reads_without_write_buttons_and_a_solicitante_only_has_mis_equipos() {
        try (Browser browser = Browser.loggedIn("auditor", "/inventory/equipment.xhtml")) {
            browser.text(By.id("equipment-count"));
            assertTrue(browser.all(By.id("equipment:new")).isEmpty());
            assertTrue(browser.all(By.id("tab-import")).isEmpty());
        }
        try (Browser browser = Browser.loggedIn("solicitante", "/inventory/mine.xhtml")) {
            browser.text(By.id("mine"));
            assertTrue(browser.all(By.id("nav-inventory")).isEmpty());
            browser.open(Sigti.BASE_URL + "/inventory/equipment.xhtml");
            assertTrue(browser.all(By.id("equipment-count")).isEmpty(), "the inventory list is not for Solicitantes");
        }
    }
}
