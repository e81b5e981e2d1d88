package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Every role against every screen that exists so far, in a real browser: allowed screens open, the others answer
 * the Spanish 403 page, and every denial is recorded as a security event (checked on the Jefe's screen). The users
 * are AGETIC's, which keeps none of the maintenance plans: their pages are refused to every role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** Screen → the demo users (one per role) that may open it. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("/index.xhtml",
                Set.of("jefe", "responsable", "tecnico", "operador", "solicitante", "auditor"));
        ALLOWED.put("/admin/users.xhtml", Set.of("jefe", "auditor"));
        ALLOWED.put("/admin/security-events.xhtml", Set.of("jefe", "auditor"));
        ALLOWED.put("/admin/mail-outbox.xhtml", Set.of("jefe", "auditor"));
        ALLOWED.put("/admin/service-levels.xhtml", Set.of("jefe", "auditor"));
        ALLOWED.put("/admin/institution.xhtml", Set.of("jefe", "auditor"));
        ALLOWED.put("/accounts/list.xhtml", Set.of("jefe", "responsable", "tecnico", "operador", "auditor"));
        ALLOWED.put("/backup/targets.xhtml", Set.of("jefe", "responsable", "tecnico"));
        ALLOWED.put("/backup/copies.xhtml", Set.of("jefe", "responsable", "tecnico"));
        ALLOWED.put("/backup/calendar.xhtml", Set.of("jefe", "responsable", "tecnico", "operador", "auditor"));
        // the plans of another institution's manual (issue 13): the Defensoría's semester plans, MINDEF's annual plan
        ALLOWED.put("/maintenance/indicators.xhtml", Set.of());
        ALLOWED.put("/maintenance/plan.xhtml", Set.of());
        ALLOWED.put("/maintenance/register.xhtml", Set.of());
        ALLOWED.put("/accounts/platforms.xhtml", Set.of("jefe", "responsable", "tecnico", "auditor"));
        ALLOWED.put("/accounts/platform.xhtml", Set.of("jefe", "responsable", "tecnico", "auditor"));
        // the change history of the systems (issue 14)
        ALLOWED.put("/changes/list.xhtml", Set.of("jefe", "responsable", "tecnico", "auditor"));
    }

    /**
     * The screens of a plan another institution keeps: the roles its URL lets through, which its service then refuses
     * as of another institution, recording the service's action instead of the request.
     */
    private static final Map<String, Elsewhere> KEPT_ELSEWHERE = Map.of(
            "/maintenance/indicators.xhtml", new Elsewhere(Set.of("jefe", "responsable", "auditor"),
                    "SemesterPlans.compliance"),
            "/maintenance/plan.xhtml", new Elsewhere(Set.of("jefe", "responsable", "tecnico", "auditor"),
                    "AnnualPlans.view"),
            "/maintenance/register.xhtml", new Elsewhere(Set.of("jefe", "responsable", "tecnico", "auditor"),
                    "MaintenanceRegister.systems"));

    private record Elsewhere(Set<String> roles, String action) {
    }

    private static final List<String> USERS = List.of("jefe", "responsable", "tecnico", "operador", "solicitante",
            "auditor");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void every_role_opens_only_its_screens_and_every_denial_is_recorded() {
        List<String> denials = new ArrayList<>();
        for (String user : USERS) {
            try (Browser browser = new Browser("es")) {
                browser.open(Sigti.BASE_URL + "/");
                browser.login(user, user);
                browser.text(By.id("welcome"));
                for (Map.Entry<String, Set<String>> screen : ALLOWED.entrySet()) {
                    browser.open(Sigti.BASE_URL + screen.getKey());
                    boolean denied = !browser.all(By.id("error-title")).isEmpty();
                    boolean allowed = screen.getValue().contains(user);
                    assertEquals(!allowed, denied, () -> user + " on " + screen.getKey());
                    if (denied) {
                        assertEquals("Acceso no permitido", browser.text(By.id("error-title")));
                        Elsewhere elsewhere = KEPT_ELSEWHERE.get(screen.getKey());
                        denials.add(user + " " + (elsewhere != null && elsewhere.roles().contains(user)
                                ? elsewhere.action() : "GET /sigti" + screen.getKey()));
                    }
                }
                boolean admin = ALLOWED.get("/admin/users.xhtml").contains(user);
                browser.open(Sigti.BASE_URL + "/");
                assertEquals(admin, !browser.all(By.id("nav-users")).isEmpty(), () -> user + ": link to Usuarios");
                // no link of the nav bar leads to a screen the role may not open
                for (WebElement link : browser.all(By.cssSelector("nav.sigti-nav a"))) {
                    String href = link.getAttribute("href");
                    String path = href.substring(href.indexOf("/sigti") + "/sigti".length());
                    Set<String> allowedHere = ALLOWED.get(path);
                    assertTrue(allowedHere == null || allowedHere.contains(user), () -> user + ": a link to " + path);
                }
                if (admin) {
                    // the administration screens are in a menu group, closed until its summary is clicked
                    WebElement users = browser.all(By.id("nav-users")).get(0);
                    assertFalse(users.isDisplayed(), "the Administración menu starts closed");
                    browser.click(By.id("nav-group-admin-open"));
                    browser.until(d -> users.isDisplayed());
                }
            }
        }
        assertEquals(ALLOWED.values().stream().mapToInt(allowed -> USERS.size() - allowed.size()).sum(),
                denials.size(), denials::toString);

        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/admin/security-events.xhtml");
            browser.login("auditor", "auditor");
            browser.text(By.cssSelector("[id='events:list_data'] tr[data-ri]")); // the first page, not the login form
            // newest first, 20 a page: this test's denials are on the first pages
            List<String> recorded = new ArrayList<>();
            for (int page = 0; page < 4 && !recorded.containsAll(denials); page++) {
                if (page > 0) {
                    String first = browser.text(By.cssSelector("[id='events:list_data'] tr[data-ri]"));
                    browser.click(By.cssSelector("[id='events:list'] .ui-paginator-next"));
                    browser.until(d -> !d.findElement(By.cssSelector("[id='events:list_data'] tr[data-ri]"))
                            .getText().equals(first));
                }
                for (WebElement row : browser.all(By.cssSelector("[id='events:list_data'] tr[data-ri]"))) {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    String kind = cells.get(1).getText().strip();
                    assertTrue(List.of("Acceso denegado", "Transición no permitida", "Dispensa de copia previa")
                            .contains(kind), kind);
                    if (kind.equals("Acceso denegado")) {
                        recorded.add(cells.get(2).getText().strip() + " " + cells.get(5).getText().strip());
                    }
                }
            }
            assertTrue(recorded.containsAll(denials), () -> "recorded " + recorded + " but denied " + denials);
        }
    }

    @Test
    void the_jefe_sees_the_people_of_the_directory_with_units_and_roles() {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/admin/users.xhtml");
            browser.login("jefe", "jefe");
            browser.text(By.cssSelector("[id='users:list_data'] tr[data-ri]")); // the list, not the login form
            Map<String, String> rows = new LinkedHashMap<>();
            // 20 a page, by user name: the four institutions' people take more than one
            for (int page = 0; page < 5 && !rows.keySet().containsAll(USERS); page++) {
                if (page > 0) {
                    List<WebElement> next = browser.all(By.cssSelector("[id='users:list'] .ui-paginator-next"));
                    if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                        break;
                    }
                    String first = browser.text(By.cssSelector("[id='users:list_data'] tr[data-ri]"));
                    next.get(0).click();
                    browser.until(d -> !d.findElement(By.cssSelector("[id='users:list_data'] tr[data-ri]"))
                            .getText().equals(first));
                }
                for (WebElement row : browser.all(By.cssSelector("[id='users:list_data'] tr[data-ri]"))) {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    rows.put(cells.get(0).getText().strip(), cells.get(1).getText().strip() + " | "
                            + cells.get(3).getText().strip() + " | "
                            + cells.get(4).getText().strip().replace('\n', ' ') + " | "
                            + cells.get(5).getText().strip());
                }
            }
            assertAll(
                    () -> assertTrue(rows.keySet().containsAll(USERS), rows.keySet()::toString),
                    () -> assertEquals("Rosa Condori Vargas | AGETIC · UIT | Técnico Solicitante | Sí",
                            rows.get("tecnico")),
                    () -> assertEquals("Juana Mamani Flores | AGETIC · UGAT | Jefe Solicitante | Sí",
                            rows.get("jefe")),
                    () -> assertEquals("María Gutiérrez Peña | AGETIC · RRHH | Solicitante | Sí",
                            rows.get("solicitante")));
        }
    }
}
