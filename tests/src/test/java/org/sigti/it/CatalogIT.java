package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The procedure catalog in a real browser: the procedures of the manuals of the user's institution (another
 * institution's procedure page is refused) with those SIGTI runs marked, the
 * page of a runnable procedure with its SVG step diagram and step table, and "Iniciar" only for whoever may file
 * the procedure, leading to the request form with it selected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

    private static final Set<String> RUNNABLE = Set.of("UGAT/AIT-PR01", "UGAT/AIT-PR02", "UGAT/AIT-PR03",
            "SEPREM-DI-008.1", "S04.03.04.02", "S04.03.01.05", "SEPREM-DI-001.1", "S04.03.01.01", "S04.03.01.02",
            "SEPREM-DI-008.2", "SEPREM-DI-008.3", "S04.03.02.01", "S04.03.03.01", "SEPREM-DI-005.1",
            "S04.03.02.02", "SEPREM-DI-006.1", "S04.03.01.03", "S04.03.04.03", "SEPREM-DI-002.1", "S04.03.04.01",
            "S04.03.03.02", "SEPREM-DI-003.1", "SEPREM-DI-003.2", "SEPREM-DI-004.1", "SEPREM-DI-007.1",
            "DPG/ESIN-PRO-5", "UIT/ASS-PR01", "UIT/ASS-PR02", "S04.02.00.01", "S04.02.00.02", "S04.02.00.03",
            "S04.01.00.03", "S04.03.01.04", "S04.04.00.01", "S04.04.00.02", "S04.04.00.03", "S04.05.00.02",
            "S04.01.00.01", "S04.01.00.02", "S04.05.00.01");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    /** Logs in on the home page, then opens the address. */
    /** The user's browser of this class (logged in once), on the page. */
    private static Browser openAs(String user, String url) {
        Browser browser = Browser.loggedIn(user, url.substring(Sigti.BASE_URL.length()));
        browser.screenshot("catalog-" + user);
        return browser;
    }

    private static String page(String code) {
        return Sigti.BASE_URL + "/procedure.xhtml?procedure=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    @Test
    void the_catalog_lists_only_the_procedures_of_the_users_institution_and_marks_those_that_run() {
        assertCatalog("operador", "AGETIC (Bolivia)", 5, "UGAT/|UIT/");
        assertCatalog("solicitante.seprem", "SEPREM (Guatemala)", 11, "SEPREM-");
        assertCatalog("solicitante.dp", "Defensoría del Pueblo (Bolivia)", 1, "DPG/").close();
        try (Browser browser = assertCatalog("solicitante.mindef", "MINDEF (Perú)", 23, "S04.")) {
            // and the filter narrows by text, ignoring accents
            browser.open(Sigti.BASE_URL + "/catalog.xhtml?q=tecnico");
            List<String> codes = browser.all(By.cssSelector("tr.sigti-catalog-row")).stream()
                    .map(r -> r.getAttribute("data-code")).toList();
            assertEquals(List.of("S04.03.04.02"), codes);
        }
    }

    /** Logs the user in, follows "Procedimientos" and checks it lists their institution's procedures only. */
    private static Browser assertCatalog(String user, String institution, int count, String runnablePrefix) {
        Browser browser = new Browser("es");
        boolean kept = false;
        try {
            // given the user, logged in
            browser.open(Sigti.BASE_URL + "/");
            browser.login(user, user);
            browser.text(By.id("welcome"));
            // when they follow "Procedimientos"
            browser.click(By.id("nav-catalog"));
            browser.text(By.id("catalog-count"));
            browser.screenshot("catalog-" + user);
            // then
            List<WebElement> rows = browser.all(By.cssSelector("tr.sigti-catalog-row"));
            List<String> codes = rows.stream().map(r -> r.getAttribute("data-code")).toList();
            Set<String> running = Set.copyOf(rows.stream().filter(r -> "true".equals(r.getAttribute("data-runs")))
                    .map(r -> r.getAttribute("data-code")).toList());
            Set<String> badged = Set.copyOf(browser.all(By.cssSelector("tr.sigti-catalog-row .sigti-badge")).stream()
                    .map(b -> b.findElement(By.xpath("ancestor::tr")).getAttribute("data-code")).toList());
            Set<String> runnable = Set.copyOf(RUNNABLE.stream().filter(c -> List.of(runnablePrefix.split("\\|"))
                    .stream().anyMatch(c::startsWith)).toList());
            assertAll(user,
                    () -> assertEquals(count, rows.size(), codes::toString),
                    () -> assertEquals(count, Set.copyOf(codes).size(), "codes are unique"),
                    () -> assertTrue(rows.stream().allMatch(r -> r.getText().contains(institution)
                            || institutionOf(r.getAttribute("data-code")).equals(institution)), codes::toString),
                    () -> assertEquals(runnable, running),
                    () -> assertEquals(runnable, badged, "the En SIGTI badge"),
                    () -> assertEquals(count + " de " + count + " procedimientos (" + runnable.size()
                            + " en SIGTI).", browser.text(By.id("catalog-count"))),
                    () -> assertTrue(browser.all(By.id("institution")).isEmpty(), "no institution filter"));
            kept = true;
            return browser;
        } finally {
            if (!kept) {
                browser.close();
            }
        }
    }

    /** The institution of a catalogued code, by the prefixes of the seed manuals. */
    private static String institutionOf(String code) {
        return code.startsWith("S04.") ? "MINDEF (Perú)" : code.startsWith("SEPREM-") ? "SEPREM (Guatemala)"
                : code.startsWith("DPG/") ? "Defensoría del Pueblo (Bolivia)" : "AGETIC (Bolivia)";
    }

    @Test
    void another_institutions_procedure_page_is_refused() {
        try (Browser browser = openAs("solicitante", page("S04.03.04.02"))) {
            assertEquals("Acceso no permitido", browser.text(By.id("error-title")));
            assertTrue(browser.all(By.id("procedure-code")).isEmpty());
            browser.open(page("SEPREM-DI-001.1"));
            assertEquals("Acceso no permitido", browser.text(By.id("error-title")));
        }
        try (Browser browser = openAs("solicitante.mindef", page("UGAT/AIT-PR01"))) {
            assertEquals("Acceso no permitido", browser.text(By.id("error-title")));
            assertTrue(browser.all(By.id("start")).isEmpty(), "no Iniciar on another institution's procedure");
            browser.open(page("S04.03.04.02"));
            assertEquals("S04.03.04.02", browser.text(By.id("procedure-code")));
        }
    }

    @Test
    void a_runnable_procedure_shows_its_svg_diagram_and_its_steps() {
        try (Browser browser = openAs("jefe", page("UGAT/AIT-PR02"))) {
            browser.text(By.id("procedure-code"));
            browser.screenshot("procedure-pr02");
            WebElement img = browser.all(By.id("diagram")).get(0);
            Map<String, Object> svg = browser.fetch(img.getAttribute("src"));
            List<String> steps = browser.all(By.cssSelector("tr.sigti-step-row")).stream()
                    .map(r -> r.getAttribute("data-step")).toList();
            assertAll(
                    () -> assertEquals("UGAT/AIT-PR02", browser.text(By.id("procedure-code"))),
                    () -> assertEquals(200L, svg.get("status")),
                    () -> assertTrue(String.valueOf(svg.get("type")).startsWith("image/svg+xml"), svg.get("type")::toString),
                    () -> assertEquals("nosniff", svg.get("nosniff")),
                    () -> assertTrue(String.valueOf(svg.get("body")).contains("3.A.1")),
                    () -> assertTrue(Long.parseLong(img.getDomProperty("naturalWidth")) > 0, "the image is drawn"),
                    () -> assertEquals(20, steps.size(), steps::toString),
                    () -> assertTrue(steps.contains("3.A.1") && steps.contains("3.C.5"), steps::toString),
                    () -> assertEquals("Técnico · UIT", browser.text(By.cssSelector(
                            "tr.sigti-step-row[data-step='3.A.1'] td:nth-child(3)"))),
                    () -> assertTrue(browser.all(By.id("start")).isEmpty(), "the Jefe does not file in PR02"));

            // the diagram of a procedure SIGTI does not know does not exist
            assertEquals(404L, browser.fetch(Sigti.BASE_URL + "/procedures/diagram.svg?procedure=S04.09.09.09")
                    .get("status"));
        }
    }

    @Test
    void sigti_sub_procedures_are_shown_under_their_procedure_not_as_catalog_entries() {
        try (Browser browser = openAs("jefe.dgp", page("DPG/ESIN-PRO-5"))) {
            List<String> subs = browser.all(By.cssSelector("li.sigti-sub-procedure")).stream()
                    .map(li -> li.getAttribute("data-code")).toList();
            assertEquals(List.of("DPG/ESIN-PRO-5.SEG", "DPG/ESIN-PRO-5.a"), subs);
            // the procedure itself runs: its own flow c1–c8, with its diagram
            assertEquals(List.of("c1", "c2", "c2.DGP", "c3", "c4", "c5", "c6", "c7", "c7.D", "c8"),
                    browser.all(By.cssSelector("tr.sigti-step-row")).stream().map(r -> r.getAttribute("data-step"))
                            .toList());
            assertEquals(200L, ((Number) browser.fetch(Sigti.BASE_URL + "/procedures/diagram.svg?procedure="
                    + URLEncoder.encode("DPG/ESIN-PRO-5", StandardCharsets.UTF_8)).get("status")).longValue());

            browser.open(page("DPG/ESIN-PRO-5.a"));
            List<String> steps = browser.all(By.cssSelector("tr.sigti-step-row")).stream()
                    .map(r -> r.getAttribute("data-step")).toList();
            assertAll(
                    () -> assertEquals("DPG/ESIN-PRO-5.a", browser.text(By.id("procedure-code"))),
                    () -> assertEquals(List.of("0", "1", "2"), steps),
                    () -> assertTrue(browser.all(By.id("start")).isEmpty(), "only the clock opens it"));
        }
        try (Browser browser = openAs("jefe.ogtie", page("S04.03.02.02"))) {
            assertEquals(List.of("S04.03.02.02.INF"), browser.all(By.cssSelector("li.sigti-sub-procedure")).stream()
                    .map(li -> li.getAttribute("data-code")).toList());
        }
    }

    @Test
    void pr01_shows_the_supervisor_loop_and_the_jumps_with_links() {
        try (Browser browser = openAs("tecnico", page("UGAT/AIT-PR01"))) {
            String ways9 = browser.text(By.cssSelector("tr.sigti-step-row[data-step='9'] td:nth-child(5)"));
            assertAll(
                    () -> assertEquals(10, browser.all(By.cssSelector("tr.sigti-step-row")).size()),
                    () -> assertTrue(ways9.contains("↺") && ways9.contains("→ 3"), ways9),
                    () -> assertEquals("Solicitante", browser.text(By.cssSelector(
                            "tr.sigti-step-row[data-step='1'] td:nth-child(3)"))),
                    () -> assertEquals("Registro del Problema en OsTicket", browser.text(By.cssSelector(
                            "tr.sigti-step-row[data-step='2'] td:nth-child(4)"))),
                    () -> assertEquals(1, browser.all(By.id("diagram")).size()));
            browser.click(By.cssSelector("tr.sigti-step-row[data-step='3'] a.sigti-jump"));
            assertEquals("UGAT/AIT-PR02", browser.text(By.id("procedure-code")));
        }
    }

    @Test
    void the_requester_starts_pr01_from_its_page_with_the_procedure_selected() {
        // given the requester on PR01's page
        try (Browser browser = openAs("solicitante", page("UGAT/AIT-PR01"))) {
            // when they press Iniciar
            browser.click(By.id("start"));
            browser.waitForUrl(Sigti.BASE_URL + "/request.xhtml");
            browser.screenshot("catalog-start-pr01");
            // then the request form has PR01 selected
            assertEquals("UGAT/AIT-PR01", browser.all(By.cssSelector("[id='request:procedure'] option:checked"))
                    .get(0).getAttribute("value"));
        }
    }

    @Test
    void agetic_deployment_procedures_run_with_their_diagrams_and_any_employee_may_file_them() {
        for (String code : List.of("UIT/ASS-PR01", "UIT/ASS-PR02")) {
            try (Browser browser = openAs("solicitante", page(code))) {
                assertEquals(code, browser.text(By.id("procedure-code")));
                assertEquals(1, browser.all(By.id("diagram")).size(), code + " diagram");
                assertEquals(1, browser.all(By.id("start")).size(), code + " Iniciar");
            }
        }
    }

    @Test
    void mindefs_decommissioning_runs_with_its_diagram_and_only_the_ogtie_files_it() {
        try (Browser browser = openAs("responsable.innov", page("S04.02.00.03"))) {
            assertEquals("S04.02.00.03", browser.text(By.id("procedure-code")));
            assertEquals(1, browser.all(By.id("diagram")).size(), "diagram");
            assertEquals(1, browser.all(By.id("start")).size(), "Iniciar for the innovation coordinator");
        }
        try (Browser browser = openAs("solicitante.mindef", page("S04.02.00.03"))) {
            assertEquals(1, browser.all(By.id("diagram")).size(), "diagram");
            assertTrue(browser.all(By.id("start")).isEmpty(), "no Iniciar for an employee");
        }
    }

    @Test
    void the_auditor_reads_pr02_and_a_mindef_procedure_but_may_start_neither() {
        try (Browser browser = openAs("auditor", page("UGAT/AIT-PR02"))) {
            assertEquals("UGAT/AIT-PR02", browser.text(By.id("procedure-code")));
            assertEquals(1, browser.all(By.id("diagram")).size());
            assertTrue(browser.all(By.id("start")).isEmpty(), "no Iniciar for the Auditor");

            // another institution's procedure is refused to them
            browser.open(page("S04.01.00.02"));
            assertEquals("Acceso no permitido", browser.text(By.id("error-title")));
        }
        try (Browser browser = openAs("auditor.mindef", page("S04.01.00.02"))) {
            assertAll(
                    () -> assertEquals("Seguimiento de la implementación del Plan de Gobierno Digital del MINDEF",
                            browser.text(By.id("procedure-name"))),
                    () -> assertTrue(browser.all(By.id("not-running")).isEmpty(), "it runs in SIGTI"),
                    () -> assertEquals(1, browser.all(By.id("diagram")).size()),
                    () -> assertTrue(browser.all(By.id("start")).isEmpty()));

            // without a procedure the page is the catalog's (also where a logged-out bookmark lands: the OIDC
            // mechanism drops the query string on its way back from Keycloak, ELY-2242)
            browser.open(Sigti.BASE_URL + "/procedure.xhtml");
            browser.waitForUrl(Sigti.BASE_URL + "/catalog.xhtml");
            assertEquals(23, browser.all(By.cssSelector("tr.sigti-catalog-row")).size(), "MINDEF's procedures");
        }
    }
}
