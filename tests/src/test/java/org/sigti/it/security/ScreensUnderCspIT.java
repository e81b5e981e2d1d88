package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.inventory.SystemForm;

/**
 * Every screen of SIGTI under its Content-Security-Policy (issue 18), in Chromium: each role opens every screen its
 * URL constraints let it reach, and nothing is blocked ({@link Browser} fails a walk on any violation, naming the page
 * and the directive); the screens still work where script does the work: ajax updates a form and pages a list, and a
 * confirmation asks in a dialog whose "No" changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensUnderCspIT {

    private static final Set<String> EVERYONE = Set.of("jefe", "responsable", "tecnico", "operador", "solicitante",
            "auditor");
    /** IT staff and the Auditor. */
    private static final Set<String> IT = Set.of("jefe", "responsable", "tecnico", "operador", "auditor");
    /** IT staff but the help desk, and the Auditor. */
    private static final Set<String> STAFF = Set.of("jefe", "responsable", "tecnico", "auditor");
    private static final Set<String> ADMIN = Set.of("jefe", "auditor");

    /**
     * Screen → who opens it. A screen of one record is reached as a user does, by the first link to it on its list
     * ({@link #DETAILS}). The maintenance plans and the access review are kept by other institutions than AGETIC's:
     * their people open them.
     */
    private static final Map<String, Set<String>> SCREENS = new LinkedHashMap<>();
    /** List screen → the link on it to a screen of one record (case, procedure, article, equipment...). */
    private static final Map<String, String> DETAILS = new LinkedHashMap<>();

    static {
        SCREENS.put("/index.xhtml", EVERYONE);
        SCREENS.put("/catalog.xhtml", EVERYONE);
        SCREENS.put("/request.xhtml", Set.of("solicitante", "jefe", "tecnico"));
        SCREENS.put("/kb/articles.xhtml", EVERYONE);
        SCREENS.put("/inventory/mine.xhtml", EVERYONE);
        SCREENS.put("/inventory/equipment.xhtml", IT);
        SCREENS.put("/inventory/equipment-edit.xhtml", IT);
        SCREENS.put("/inventory/import.xhtml", IT);
        SCREENS.put("/inventory/pools.xhtml", IT);
        SCREENS.put("/inventory/pool-edit.xhtml", IT);
        SCREENS.put("/inventory/systems.xhtml", IT);
        SCREENS.put("/inventory/system-edit.xhtml", IT);
        // the renewal calendar's settings: SEPREM's, whose manual has the renewal
        SCREENS.put("/inventory/settings.xhtml", Set.of("jefe.di"));
        SCREENS.put("/accounts/list.xhtml", IT);
        SCREENS.put("/accounts/platforms.xhtml", STAFF);
        SCREENS.put("/accounts/platform.xhtml", STAFF);
        SCREENS.put("/accounts/review.xhtml", Set.of("jefe.ogtie"));
        SCREENS.put("/document/list.xhtml", Set.of("jefe", "responsable", "tecnico", "operador", "auditor",
                "autoridad"));
        SCREENS.put("/document/new.xhtml", Set.of("jefe", "responsable", "tecnico"));
        SCREENS.put("/backup/schedules.xhtml", STAFF);
        SCREENS.put("/backup/calendar.xhtml", IT);
        SCREENS.put("/backup/copies.xhtml", Set.of("jefe", "responsable", "tecnico"));
        SCREENS.put("/backup/targets.xhtml", Set.of("jefe", "responsable", "tecnico"));
        SCREENS.put("/changes/list.xhtml", STAFF);
        SCREENS.put("/datacenter/log.xhtml", STAFF);
        SCREENS.put("/blocklist/list.xhtml", IT);
        // the security incident log; the cybersecurity team also gets the form of its own detections
        SCREENS.put("/incidents/log.xhtml", Set.of("jefe", "responsable", "tecnico", "auditor", "tecnico.ciber"));
        SCREENS.put("/maintenance/indicators.xhtml", Set.of("jefe.dgp", "responsable.esin"));
        SCREENS.put("/maintenance/register.xhtml", Set.of("jefe.dgp", "tecnico.esin"));
        SCREENS.put("/maintenance/plan.xhtml", Set.of("jefe.ogtie"));
        SCREENS.put("/secplatform/platforms.xhtml", Set.of("jefe.ogtie"));
        // the requesters' ratings, by month, unit and procedure (the rating form needs a closed case of one's own)
        SCREENS.put("/satisfaction/indicators.xhtml", Set.of("jefe.ogtie", "auditor"));
        // the SGSI register: the Jefe and the Especialista get its forms
        SCREENS.put("/sgsi/register.xhtml", Set.of("jefe.ogtie", "especialista.sgsi"));
        SCREENS.put("/canned/list.xhtml", Set.of("jefe", "operador", "auditor"));
        SCREENS.put("/admin/users.xhtml", ADMIN);
        SCREENS.put("/admin/security-events.xhtml", ADMIN);
        SCREENS.put("/admin/mail-outbox.xhtml", ADMIN);
        SCREENS.put("/admin/audit.xhtml", ADMIN);
        SCREENS.put("/admin/settings-history.xhtml", ADMIN);
        SCREENS.put("/admin/service-levels.xhtml", ADMIN);
        SCREENS.put("/admin/institution.xhtml", ADMIN);

        DETAILS.put("/index.xhtml", "a[href*='/case.xhtml?id=']");
        DETAILS.put("/catalog.xhtml", "a[href*='/procedure.xhtml?procedure=']");
        DETAILS.put("/kb/articles.xhtml", "a[href*='/kb/article.xhtml?id=']");
        DETAILS.put("/inventory/equipment.xhtml", "a[href*='/inventory/equipment-edit.xhtml?id=']");
        DETAILS.put("/inventory/pools.xhtml", "a[href*='/inventory/pool-edit.xhtml?id=']");
        DETAILS.put("/inventory/systems.xhtml", "a[href*='/inventory/system-edit.xhtml?id=']");
        DETAILS.put("/accounts/platforms.xhtml", "a[href*='/accounts/platform.xhtml?code=']");
        DETAILS.put("/accounts/review.xhtml", "a.sigti-review-link");
        DETAILS.put("/document/list.xhtml", "a[href*='/document/view.xhtml?id=']");
        DETAILS.put("/backup/copies.xhtml", "a[href*='/backup/copy.xhtml?id=']");
    }

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void every_role_opens_every_screen_it_may_and_the_policy_blocks_nothing() {
        // given a system of the catalog and its platform, so that their lists link to a screen of one record
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            newPlatform(jefe, code());
        }
        Set<String> users = new TreeSet<>();
        SCREENS.values().forEach(users::addAll);
        Set<String> shown = new LinkedHashSet<>();
        List<String> refused = new ArrayList<>();
        for (String user : users) {
            try (Browser browser = Browser.loggedIn(user, "/")) {
                for (Map.Entry<String, Set<String>> screen : SCREENS.entrySet()) {
                    if (!screen.getValue().contains(user)) {
                        continue;
                    }
                    // opening the next page checks the one before: Browser.open fails on any violation
                    browser.open(Sigti.BASE_URL + screen.getKey());
                    if (!opened(browser, screen.getKey(), shown, refused, user)) {
                        continue;
                    }
                    String link = DETAILS.get(screen.getKey());
                    List<WebElement> details = link == null ? List.of() : browser.all(By.cssSelector(link));
                    if (!details.isEmpty()) {
                        String href = details.get(0).getAttribute("href");
                        browser.open(href);
                        opened(browser, href.substring(href.indexOf("/sigti/") + "/sigti".length())
                                .replaceFirst("\\?.*", "?…"), shown, refused, user);
                    }
                }
            }
        }
        System.out.println("Screens opened under the CSP: " + shown + "; refused to their roles: " + refused);
        // each screen was shown (not only its error page) to one of the roles at least
        Set<String> neverShown = new TreeSet<>(SCREENS.keySet());
        neverShown.removeAll(shown);
        assertEquals(Set.of(), neverShown, () -> "never shown; refused: " + refused);
        // the screens of one record that SIGTI's own data always has
        for (String detail : List.of("/case.xhtml?…", "/procedure.xhtml?…", "/kb/article.xhtml?…",
                "/inventory/system-edit.xhtml?…", "/accounts/platform.xhtml?…")) {
            assertTrue(shown.contains(detail), () -> detail + " not reached; shown " + shown);
        }
    }

    /** Records the screen as shown, or as refused when the answer is SIGTI's error page; true when shown. */
    private static boolean opened(Browser browser, String screen, Set<String> shown, List<String> refused,
            String user) {
        if (browser.all(By.id("error-title")).isEmpty()) {
            shown.add(screen);
            return true;
        }
        refused.add(user + " " + screen + ": " + browser.text(By.id("error-title")));
        return false;
    }

    @Test
    void under_the_policy_ajax_still_updates_a_form_and_pages_a_list() {
        try (Browser solicitante = Browser.loggedIn("solicitante", "/request.xhtml")) {
            // a procedure that takes credentials shows their rows, one that does not hides them (p:ajax on a select)
            By credential = By.id("request:credentialRows:0:credentialLabel");
            solicitante.select(By.id("request:procedure"), "UIT/ASS-PR01");
            solicitante.until(ExpectedConditions.visibilityOfElementLocated(credential));
            solicitante.select(By.id("request:procedure"), "UGAT/AIT-PR01");
            solicitante.until(d -> d.findElements(credential).isEmpty());
        }
        try (Browser jefe = Browser.loggedIn("jefe", "/admin/users.xhtml")) {
            By firstRow = By.cssSelector("[id='users:list_data'] tr[data-ri]");
            String first = jefe.text(firstRow);
            jefe.click(By.cssSelector("[id='users:list'] .ui-paginator-next"));
            jefe.until(d -> !d.findElement(firstRow).getText().strip().equals(first));
        }
    }

    @Test
    void a_confirmation_asks_in_a_dialog_whose_no_keeps_the_platform_and_whose_yes_deletes_it() {
        String code = code();
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            // given a platform with no accounts
            newPlatform(jefe, code);

            // when "Eliminar": SIGTI asks, in Spanish, and "No" leaves the platform as it was
            jefe.click(By.id("platform:delete"));
            assertEquals("¿Eliminar la plataforma? Solo es posible si nunca tuvo cuentas.",
                    jefe.text(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")));
            jefe.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
            jefe.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            jefe.open(Sigti.BASE_URL + "/accounts/platform.xhtml?code=" + code);
            assertEquals(code, jefe.text(By.id("platform-title")));

            // then "Sí" deletes it
            jefe.click(By.id("platform:delete"));
            jefe.submit(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            assertTrue(jefe.text(By.id("messages")).contains("Plataforma " + code + " eliminada."),
                    () -> jefe.text(By.id("messages")));
        }
    }

    /** A code for a system of the catalog no other test uses. */
    private static String code() {
        return "CSP" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    /** Adds a system of the catalog and its platform (with no accounts), as the Jefe; the platform's page is shown. */
    private static void newPlatform(Browser jefe, String code) {
        jefe.open(Sigti.BASE_URL + "/inventory/system-edit.xhtml");
        SystemForm.savePlatform(jefe, code, "Sistema de la política de contenido " + code);
        jefe.open(Sigti.BASE_URL + "/accounts/platform.xhtml");
        jefe.select(By.id("platform:code"), code);
        jefe.type(By.id("platform:name"), "Plataforma " + code);
        jefe.submit(By.id("platform:save"));
        assertEquals(code, jefe.text(By.id("platform-title")));
    }

    @Test
    void a_script_the_page_did_not_bring_is_blocked_and_fails_the_walk_naming_the_page_and_the_directive() {
        try (Browser browser = Browser.loggedIn("solicitante", "/catalog.xhtml")) {
            // what an injected script would do: run inline, without the page's nonce
            Object ran = browser.runAsync("const done = arguments[arguments.length - 1];"
                    + " const script = document.createElement('script');"
                    + " script.textContent = 'window.injected = true;';"
                    + " document.body.appendChild(script);"
                    + " setTimeout(() => done(window.injected === true), 0);");
            assertFalse((Boolean) ran, "the injected script ran");
            AssertionError failed = assertThrows(AssertionError.class, () -> browser.until(d -> {
                browser.assertNoCspViolation();
                return false;
            }));
            assertTrue(failed.getMessage().contains("/sigti/catalog.xhtml: script-src-elem blocked inline"),
                    failed::getMessage);
        }
    }
}
