package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The knowledge base (UGAT/AIT-PR01 steps 3 and 6) in a real browser, as the demo users, on the demo articles of
 * db/demo/R__demo_kb.sql: the search ignores accents and word endings, Solicitantes never see internal articles (in
 * results or by id, which is a recorded denial), the Auditor reads but cannot write, a title that exists is refused
 * with the code of the article that has it, and IT staff write articles from the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgeBaseIT {

    private static final String VPN_TITLE = "Conexión VPN para trabajo remoto: error 809 o tiempo de espera agotado";
    private static final String PASSWORD_TITLE =
            "Cambio de contraseña del correo institucional y sincronización en el celular";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }


    /** The code and title of each row of the result list. */
    private static List<String> results(Browser browser) {
        browser.text(By.id("kb-count"));
        return browser.all(By.cssSelector("[id='kb:list_data'] tr[data-ri]")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(0).getText().strip() + " " + cells.get(1).getText().strip())
                .toList();
    }

    private static List<String> codes(Browser browser) {
        return results(browser).stream().map(result -> result.substring(0, result.indexOf(' '))).toList();
    }

    private static void type(Browser browser, String id, String text) {
        browser.click(By.id(id));
        WebElement input = browser.all(By.id(id)).get(0);
        input.clear();
        input.sendKeys(text);
    }

    private static void fill(Browser browser, String title, String problem, String solution) {
        type(browser, "article:title", title);
        type(browser, "article:problem", problem);
        type(browser, "article:solution", solution);
    }

    private static String deniedTitle(Browser browser) {
        return browser.text(By.id("error-title"));
    }

    @Test
    @AlsoOnH2
    void the_search_ignores_accents_and_word_endings() {
        try (Browser browser = Browser.loggedIn("solicitante", "/")) {
            browser.click(By.id("nav-kb"));
            browser.waitForUrl(Sigti.BASE_URL + "/kb/articles.xhtml");
            assertTrue(results(browser).contains("KB-000002 " + VPN_TITLE), () -> results(browser).toString());

            browser.open(Sigti.BASE_URL + "/kb/articles.xhtml?q=conexion");
            assertEquals(List.of("KB-000002 " + VPN_TITLE), results(browser));

            // typed in the search box: plural, no accent, no ñ
            type(browser, "kb:query", "contrasenas correo");
            browser.click(By.id("kb:search"));
            browser.waitForUrl(Sigti.BASE_URL + "/kb/articles.xhtml?q=contrasenas");
            assertEquals("KB-000003 " + PASSWORD_TITLE, results(browser).get(0));
            browser.screenshot("kb-search");
        }
    }

    @Test
    void a_solicitante_never_sees_internal_articles() {
        try (Browser browser = Browser.loggedIn("tecnico", "/kb/articles.xhtml?q=vpn")) {
            assertEquals(List.of("KB-000006", "KB-000002"), codes(browser));
        }
        try (Browser browser = Browser.loggedIn("solicitante", "/kb/articles.xhtml?q=vpn")) {
            assertEquals(List.of("KB-000002"), codes(browser));

            browser.open(Sigti.BASE_URL + "/kb/article.xhtml?id=2");
            assertEquals(VPN_TITLE, browser.text(By.id("article-title")));
            assertTrue(browser.all(By.id("edit")).isEmpty(), "a Solicitante may not edit");

            browser.open(Sigti.BASE_URL + "/kb/article.xhtml?id=6");
            assertEquals("Acceso no permitido", deniedTitle(browser));
        }
        try (Browser browser = Browser.loggedIn("auditor", "/admin/security-events.xhtml")) {
            // newest first: the denial above is on the first page
            List<String> events = browser.all(By.cssSelector("[id='events:list_data'] tr[data-ri]")).stream()
                    .map(row -> row.findElements(By.tagName("td")))
                    .map(cells -> cells.get(2).getText().strip() + " " + cells.get(5).getText().strip() + " "
                            + cells.get(6).getText().strip())
                    .toList();
            assertTrue(events.contains("solicitante KnowledgeBase.get KbArticle KB-000006"), events::toString);
        }
    }

    @Test
    void the_auditor_reads_everything_but_cannot_write() {
        try (Browser browser = Browser.loggedIn("auditor", "/kb/articles.xhtml?q=vpn")) {
            assertEquals(List.of("KB-000006", "KB-000002"), codes(browser));
            assertTrue(browser.all(By.id("kb:new")).isEmpty(), "no 'Nuevo artículo' for the Auditor");

            browser.open(Sigti.BASE_URL + "/kb/article.xhtml?id=6&edit=true");
            assertEquals("KB-000006", browser.text(By.id("article-code")));
            assertTrue(browser.all(By.id("article:title")).isEmpty(), "no edit form for the Auditor");

            browser.open(Sigti.BASE_URL + "/kb/article.xhtml");
            assertEquals("Acceso no permitido", deniedTitle(browser));
        }
    }

    @Test
    void a_title_that_exists_is_refused_with_the_code_of_its_article() {
        try (Browser browser = Browser.loggedIn("operador", "/kb/article.xhtml")) {
            String sameTitle = "conexion vpn para trabajo REMOTO:  error 809 o tiempo de espera agotado";
            fill(browser, sameTitle, "No conecta la VPN.", "Reinstale el cliente.");
            browser.click(By.id("article:save"));
            String message = browser.text(By.cssSelector("[id='article:title-message'].ui-message-error"));
            assertEquals("Ya existe el artículo KB-000002 con ese título.", message);
            // nothing lost: the form still holds what was typed
            assertEquals(sameTitle, browser.all(By.id("article:title")).get(0).getDomProperty("value"));
        }
    }

    @Test
    void it_staff_write_an_article_from_the_screen_and_requesters_find_it() {
        String nonce = Long.toString(System.currentTimeMillis());
        String title = "Proyector de la sala " + nonce + " sin señal HDMI";
        String code;
        try (Browser browser = Browser.loggedIn("operador", "/kb/articles.xhtml")) {
            browser.click(By.id("kb:new"));
            browser.waitForUrl(Sigti.BASE_URL + "/kb/article.xhtml");
            browser.open(browser.url() + "?caseId=77");
            assertEquals("Al guardar, el artículo quedará vinculado al caso N.º 77.", browser.text(By.id("case-link")));
            fill(browser, title, "El proyector muestra «Sin señal» al conectar la laptop.",
                    "1. Conecte el cable HDMI antes de encender el proyector.\n2. Pulse Windows + P y elija «Duplicar».");
            browser.click(By.cssSelector("label[for='article:scope:0']"));
            browser.click(By.id("article:save"));

            browser.waitForUrl(Sigti.BASE_URL + "/kb/article.xhtml?id=");
            code = browser.text(By.id("article-code"));
            assertTrue(code.matches("KB-\\d{6}"), code);
            assertEquals(title, browser.text(By.id("article-title")));
            assertEquals("Pública", browser.text(By.id("article-scope")));
            assertEquals("77", browser.text(By.id("article-cases")));
            assertEquals("Artículo " + code + " guardado.", browser.text(By.cssSelector(".ui-messages-info-summary")));
            browser.screenshot("kb-article-created");
        }
        try (Browser browser = Browser.loggedIn("solicitante", "/kb/articles.xhtml?q=proyectores+" + nonce)) {
            assertEquals(List.of(code + " " + title), results(browser));
        }
    }

    @Test
    void an_edit_made_meanwhile_by_someone_else_is_not_overwritten() {
        String title = "Teclado inalámbrico " + System.currentTimeMillis() + " no responde";
        try (Browser first = Browser.loggedIn("tecnico", "/kb/article.xhtml");
                Browser second = Browser.loggedIn("responsable", "/kb/articles.xhtml")) {
            fill(first, title, "Las teclas no responden.", "Cambie las pilas.");
            first.click(By.id("article:save"));
            first.waitForUrl(Sigti.BASE_URL + "/kb/article.xhtml?id=");
            String editUrl = first.url() + "&edit=true";

            first.open(editUrl);
            second.open(editUrl);
            type(first, "article:solution", "Cambie las pilas y vuelva a emparejar el receptor USB.");
            first.click(By.id("article:save"));
            first.waitForUrl(Sigti.BASE_URL + "/kb/article.xhtml?id=");

            type(second, "article:solution", "Cambie el teclado.");
            second.click(By.id("article:save"));
            String stale = second.text(By.cssSelector(".ui-messages-error-summary"));
            assertTrue(stale.startsWith("Otra persona modificó el artículo KB-"), stale);

            first.open(first.url());
            assertEquals("Cambie las pilas y vuelva a emparejar el receptor USB.",
                    first.text(By.id("article-solution")));
        }
    }
}
