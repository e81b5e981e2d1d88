package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The service levels screen in a real browser: the Jefe changes a target and adds a holiday and both are there after
 * a reload; MINDEF's Jefe sees MINDEF's calendar (Peru's holidays, Lima's zone) and not Bolivia's; wrong working hours are refused with a Spanish message and nothing changes; the Auditor reads the same
 * page without any way to save, and a save request forged from the Auditor's browser changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceLevelsIT {

    private static final String PAGE = Sigti.BASE_URL + "/admin/service-levels.xhtml";
    /** The P2 row of the targets table (P1 is row 0). */
    private static final By P2_RESPONSE = By.id("targets:list:1:response");
    private static final By P2_RESOLUTION = By.id("targets:list:1:resolution");
    /** The first working interval: Monday 08:30-12:30 by default. */
    private static final By MONDAY_START = By.id("hours:list:0:start");
    private static final By MONDAY_END = By.id("hours:list:0:end");
    private static final By INFO = By.cssSelector("#messages .ui-messages-info-summary");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void the_jefe_changes_a_target_and_adds_and_removes_a_holiday_and_the_changes_are_kept() {
        try (Browser browser = Browser.loggedIn("jefe", PAGE.substring(Sigti.BASE_URL.length()))) {
            assertEquals("Niveles de servicio", browser.text(By.cssSelector("h1")));
            assertEquals("P1 · Crítica", browser.text(By.cssSelector("#matrix td[data-impact='ALTA'][data-urgency='ALTA']")));
            assertEquals("P5 · Planificada",
                    browser.text(By.cssSelector("#matrix td[data-impact='BAJA'][data-urgency='BAJA']")));
            assertTrue(browser.all(By.id("read-only")).isEmpty());
            int before = Integer.parseInt(value(browser, P2_RESPONSE));
            int response = before + 15;

            type(browser, P2_RESPONSE, String.valueOf(response));
            assertEquals("Cambios guardados.", submit(browser, By.id("targets:save")));

            // a day of this year that is not a holiday yet (the list shows this year's)
            List<String> existing = holidays(browser);
            LocalDate date = LocalDate.of(LocalDate.now(ZoneId.of("America/La_Paz")).getYear(), 10, 12);
            while (existing.toString().contains(shown(date))) {
                date = date.plusDays(1);
            }
            String row = shown(date) + " " + spanishDay(date) + " | Día de la Descolonización";
            // the name first: the date picker's calendar, once open, may cover the name field
            type(browser, By.id("holidays:name"), "Día de la Descolonización");
            type(browser, By.id("holidays:date_input"), shown(date));
            browser.all(By.id("holidays:date_input")).get(0).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertEquals("Cambios guardados.", submit(browser, By.id("holidays:add")));
            browser.screenshot("service-levels-jefe");

            browser.open(PAGE);
            assertEquals(String.valueOf(response), value(browser, P2_RESPONSE));
            List<String> holidays = holidays(browser);
            assertTrue(holidays.contains(row), () -> "expected " + row + " in " + holidays);

            browser.click(By.id("holidays:list:" + holidays.indexOf(row) + ":remove"));
            assertEquals("Cambios guardados.", submit(browser, By.cssSelector(".ui-confirmdialog-yes")));
            browser.open(PAGE);
            assertFalse(holidays(browser).contains(row), () -> "still there: " + row);

            // the history of settings (issue 19): each change, by whom, from what to what, newest first
            browser.open(Sigti.BASE_URL + "/admin/settings-history.xhtml?type=SLA_TARGET");
            String target = browser.text(By.cssSelector("#history\\:list tr.sigti-setting-row"));
            assertTrue(target.contains("jefe") && target.contains("Nivel de servicio (prioridad)")
                    && target.contains("P2") && target.contains("Tiempo de respuesta (minutos)")
                    && target.endsWith(before + " " + response), target);
            browser.open(Sigti.BASE_URL + "/admin/settings-history.xhtml?type=HOLIDAY");
            List<String> rows = browser.all(By.cssSelector("#history\\:list tr.sigti-setting-row")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
            String iso = date.toString();
            assertTrue(rows.size() >= 2 && rows.get(0).contains(iso) && rows.get(0).endsWith("Día de la Descolonización —")
                    && rows.get(1).contains(iso) && rows.get(1).endsWith("— Día de la Descolonización"),
                    rows::toString);
            browser.assertNoCspViolation();
        }
    }

    @Test
    void the_jefe_of_mindef_sees_perus_holidays_and_not_bolivias() {
        try (Browser browser = Browser.loggedIn("jefe.ogtie", PAGE.substring(Sigti.BASE_URL.length()))) {
            assertEquals("MINDEF", browser.text(By.id("holidays-institution")));
            assertEquals("MINDEF", browser.text(By.id("hours-institution")));
            int year = LocalDate.now(ZoneId.of("America/Lima")).getYear();
            LocalDate sanPedro = LocalDate.of(year, 6, 29);
            List<String> holidays = holidays(browser);
            String row = shown(sanPedro) + " " + spanishDay(sanPedro) + " | San Pedro y San Pablo";
            assertTrue(holidays.contains(row), () -> "expected " + row + " in " + holidays);
            assertTrue(holidays.stream().noneMatch(h -> h.contains("Carnaval")), holidays::toString);
            assertEquals("America/Lima", browser.all(By.id("zone:value")).get(0).getAttribute("value"));
        }
    }

    @Test
    void working_hours_that_end_before_they_start_are_refused_in_spanish_and_nothing_changes() {
        try (Browser browser = Browser.loggedIn("jefe", PAGE.substring(Sigti.BASE_URL.length()))) {
            String start = value(browser, MONDAY_START);
            String end = value(browser, MONDAY_END);
            assertEquals("08:30", start);

            type(browser, MONDAY_END, "08:00");
            assertEquals("Lunes: la hora de fin (08:00) debe ser posterior a la hora de inicio (08:30).",
                    submit(browser, By.id("hours:save")));
            assertTrue(browser.all(INFO).isEmpty());
            assertEquals("08:00", value(browser, MONDAY_END), "the typed value stays to be corrected");

            browser.open(PAGE);
            assertEquals(start, value(browser, MONDAY_START));
            assertEquals(end, value(browser, MONDAY_END));
        }
    }

    @Test
    void the_auditor_reads_the_page_without_any_way_to_change_it() {
        try (Browser browser = Browser.loggedIn("auditor", PAGE.substring(Sigti.BASE_URL.length()))) {
            assertEquals("Vista de solo lectura: solo el Jefe puede modificar los niveles de servicio.",
                    browser.text(By.id("read-only")));
            String response = value(browser, P2_RESPONSE);
            String resolution = value(browser, P2_RESOLUTION);
            assertAll(
                    () -> assertFalse(response.isEmpty()),
                    () -> assertEquals(List.of(), ids(browser, "targets:save", "hours:save", "hours:add",
                            "holidays:add", "holidays:name", "zone:save", "hours:list:0:remove")),
                    () -> assertFalse(browser.all(P2_RESPONSE).get(0).isEnabled()),
                    () -> assertFalse(browser.all(MONDAY_END).get(0).isEnabled()),
                    () -> assertFalse(browser.all(By.id("zone:value")).get(0).isEnabled()),
                    () -> assertFalse(holidays(browser).isEmpty()),
                    () -> assertEquals("P3 · Media",
                            browser.text(By.cssSelector("#matrix td[data-impact='MEDIA'][data-urgency='MEDIA']"))));

            // the save request the Jefe's button would send, forged in the Auditor's own page
            Object answer = browser.runAsync("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('targets');
                    const data = new URLSearchParams();
                    data.append('targets', 'targets');
                    data.append('jakarta.faces.ViewState',
                        form.querySelector("input[name='jakarta.faces.ViewState']").value);
                    // the page's nonce too, as PrimeFaces' CSP mode refuses a post without it before any service
                    data.append('primefaces.nonce', form.querySelector("input[name='primefaces.nonce']").value);
                    data.append('jakarta.faces.partial.ajax', 'true');
                    data.append('jakarta.faces.source', 'targets:save');
                    data.append('jakarta.faces.partial.execute', '@all');
                    data.append('jakarta.faces.partial.render', 'targets');
                    data.append('targets:save', 'targets:save');
                    data.append('targets:list:1:response', '1');
                    data.append('targets:list:1:resolution', '2');
                    fetch(form.action, {method: 'POST', body: data, headers: {'Faces-Request': 'partial/ajax'}})
                        .then(r => r.text().then(t => done(r.status + ' ' + t)))
                        .catch(e => done('failed ' + e));
                    """);
            assertFalse(String.valueOf(answer).contains("Cambios guardados"), () -> "forged save answered " + answer);

            browser.open(PAGE);
            assertEquals(response, value(browser, P2_RESPONSE));
            assertEquals(resolution, value(browser, P2_RESOLUTION));
            assertNotEquals("1", value(browser, P2_RESPONSE));

            // the Auditor reads the history of settings; a Técnico may not
            browser.nav("nav-settings-history");
            assertEquals("Historial de configuración", browser.text(By.cssSelector("h1")));
        }
        assertEquals(403, org.sigti.it.JsfClient.logIn("tecnico").get("/admin/settings-history.xhtml").status());
    }

    /**
     * Clicks a button that sends an ajax request and returns the page message it brings: the message area is
     * replaced by every answer, so the old one going stale means the answer arrived.
     */
    private static String submit(Browser browser, By button) {
        WebElement messages = browser.all(By.id("messages")).get(0);
        browser.click(button);
        long deadline = System.currentTimeMillis() + 20_000;
        while (!stale(messages)) {
            assertTrue(System.currentTimeMillis() < deadline, () -> "no answer to " + button);
            sleep();
        }
        List<WebElement> shown = browser.all(By.cssSelector("#messages .ui-messages-info-summary,"
                + " #messages .ui-messages-error-summary"));
        return shown.isEmpty() ? "" : shown.get(0).getText().strip();
    }

    private static boolean stale(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String shown(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String value(Browser browser, By by) {
        browser.text(By.id("targets"));
        return browser.all(by).get(0).getAttribute("value");
    }

    private static void type(Browser browser, By by, String text) {
        WebElement input = browser.all(by).get(0);
        input.clear();
        input.sendKeys(text);
    }

    /** The day of the week as the page names it: "Lunes". */
    private static String spanishDay(LocalDate date) {
        String day = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"));
        return day.substring(0, 1).toUpperCase(Locale.ROOT) + day.substring(1);
    }

    /** The rows of the holiday list as "date weekday | name". */
    private static List<String> holidays(Browser browser) {
        return browser.all(By.cssSelector("[id='holidays:list_data'] tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() >= 2)
                .map(cells -> cells.get(0).getText().strip() + " | " + cells.get(1).getText().strip())
                .toList();
    }

    /** Those of the given element ids that are on the page. */
    private static List<String> ids(Browser browser, String... ids) {
        return Arrays.stream(ids).filter(id -> !browser.all(By.id(id)).isEmpty()).toList();
    }
}
