package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Walk;

/**
 * What the browser walks of the account procedures (S04.03.01.01, S04.03.01.02) share: SIGTI's EAR with the
 * {@link AccountsFixture} WAR, the fixture's calls (a person with accounts; the rows of a query, to assert what the
 * database holds), and the accounts screen read as a person reads it.
 */
abstract class AccountWalk extends Walk {

    private static final String WAR = "accounts-fixture";

    /** SIGTI's EAR with the fixture's WAR. */
    static EnterpriseArchive earWithFixture() throws Exception {
        EnterpriseArchive ear = Sigti.ear();
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, WAR + ".war").addClasses(AccountsFixture.class,
                Sql.class).addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
        String application = new String(ear.get("META-INF/application.xml").getAsset().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(application.replace("<library-directory>", "<module><web><web-uri>"
                + WAR + ".war</web-uri><context-root>/" + WAR + "</context-root></web></module>\n"
                + "  <library-directory>")));
        return ear;
    }

    /** Asks for the semester's reconciliation with Human Resources' list, as the calendar does; answers its case. */
    static Desk.Filed reconciliation(String semester) throws Exception {
        String[] answer = call("/reconcile?semester=" + enc(semester)).split(" ");
        return new Desk.Filed(answer[1], Long.parseLong(answer[0]));
    }

    /** Gives the person active accounts (and a VPN user when asked); answers the code of its licensed platform. */
    static String personWithAccounts(String user, String name, String unit, boolean vpn) throws Exception {
        return call("/person?user=" + enc(user) + "&name=" + enc(name) + "&unit=" + enc(unit) + "&vpn=" + vpn);
    }

    /** The rows of a query, columns joined by "," and rows ended by ";" (text arguments only). */
    static String rows(String select, String... args) throws Exception {
        StringBuilder path = new StringBuilder("/rows?q=").append(enc(select));
        for (String arg : args) {
            path.append("&a=").append(enc(arg));
        }
        return call(path.toString());
    }

    private static String call(String path) throws Exception {
        var response = Sigti.get(Sigti.serverUrl() + "/" + WAR + path);
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A scanned document (a minimal PDF) on the tester's disk. */
    static Path scan(String name) throws Exception {
        Path file = Files.createTempDirectory("sigti-scan").resolve(name);
        Files.write(file, ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    /** A unique network user name for a test's person. */
    static String someone(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000);
    }

    /**
     * The accounts screen filtered as its form filters it (platform, status, person; null for any), read in the
     * person's browser: one "person platform status" a row, sorted.
     */
    static List<String> accountsScreen(Desk desk, String platform, String status, String person) {
        StringBuilder url = new StringBuilder(Sigti.BASE_URL).append("/accounts/list.xhtml?x=1");
        if (platform != null) {
            url.append("&platform=").append(enc(platform));
        }
        if (status != null) {
            url.append("&status=").append(enc(status));
        }
        if (person != null) {
            url.append("&person=").append(enc(person));
        }
        desk.browser().open(url.toString());
        desk.browser().text(By.id("accounts:list"));
        desk.screenshot("accounts-" + platform + "-" + status + "-" + person);
        return desk.browser().all(By.cssSelector("[id='accounts:list_data'] tr[data-ri]")).stream()
                .map(AccountWalk::row).sorted().toList();
    }

    private static String row(WebElement tr) {
        List<WebElement> cells = tr.findElements(By.tagName("td"));
        if (cells.size() < 5) {
            return tr.getText().strip(); // the empty table's message
        }
        return cells.get(0).findElement(By.tagName("a")).getText().strip() + " " + cells.get(1).getText().strip()
                + " " + cells.get(4).getText().strip();
    }
}
