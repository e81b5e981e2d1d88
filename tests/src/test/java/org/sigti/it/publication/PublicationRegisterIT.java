package org.sigti.it.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Walk;

/**
 * Issue 15 items 5 and 6 in the deployed EAR: the registro interno de publicaciones refuses a second system on the
 * same public IP and port (and on an overlapping range) and a bad address, storing nothing; only the cybersecurity
 * team and the Jefe write it, a refusal recorded; its screen lists a publication for the team and the Auditor (who
 * cannot withdraw) and answers 403 to a Técnico of another team; the team withdraws one and it stays, ended. The Acta
 * de capacitación kept with the case prints its attendees; the inventory adds a system and then its new version,
 * keeping both entries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationRegisterIT extends Walk {

    private static final Person INNOVATION = new Person("responsable.innov", "Coordinador de innovación",
            "responsable.innov@sigti.example", "INNOV", List.of("Responsable"), "MINDEF");

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    private static Desk.Filed aCase(String title) {
        return fileInServer(INNOVATION, "S04.02.00.03", null, title + " " + RUN, "Caso de prueba de " + title);
    }

    private static String register(Desk.Filed c, String system, String privateIp, String ports, String publicIp) {
        return fixture("/pub-register", "case", String.valueOf(c.id()), "system", system, "private", privateIp,
                "ports", ports, "public", publicIp, "as", "jefe");
    }

    @Test
    void the_same_public_ip_and_port_or_an_overlapping_range_is_refused_for_another_system() {
        // given two systems of MINDEF's catalog, the first published on 200.48.225.130, ports 443 and 8080-8090
        String first = "PUBA" + RUN;
        String second = "PUBB" + RUN;
        fixture("/pub-system", "code", first);
        fixture("/pub-system", "code", second);
        Desk.Filed c = aCase("Publicación");
        String ip = "200.48." + (int) (Math.random() * 200 + 10) + "." + (int) (Math.random() * 200 + 10);
        assertTrue(register(c, first, "10.10.1.20", "443, 8080-8090", ip).startsWith("ok "));

        // when the second system asks for the same public IP and port 443, then for 8085-8100
        String same = register(c, second, "10.10.1.30", "443", ip);
        String overlapping = register(c, second, "10.10.1.30", "8085-8100", ip);

        // then both are refused, naming the port already published and its system; nothing is stored for it
        assertEquals("refused publication.conflict [" + ip + ", 443, " + first + ", 443] {}", same);
        assertEquals("refused publication.conflict [" + ip + ", 8080-8090, " + first + ", 8085-8100] {}",
                overlapping);
        assertEquals("0", fixture("/pub-count", "system", second));
        // another port on that IP, the same ports on another IP, and the same system again are allowed
        assertTrue(register(c, second, "10.10.1.30", "8091-8100", ip).startsWith("ok "));
        assertTrue(register(c, first, "10.10.1.21", "443", ip).startsWith("ok "));
        assertEquals("2", fixture("/pub-count", "system", first));
    }

    @Test
    void a_bad_address_or_port_is_refused_field_by_field_and_nothing_is_stored() {
        String system = "PUBC" + RUN;
        fixture("/pub-system", "code", system);
        Desk.Filed c = aCase("Publicación inválida");

        assertEquals("refused publication.invalid [] {ip_privada=publication.ip.notPrivate,"
                + " ip_publica=publication.ip.notPublic, puertos=publication.ports.range}",
                register(c, system, "8.8.8.8", "0, 443", "192.168.1.10"));
        assertEquals("refused publication.invalid [] {ip_privada=publication.ip.syntax,"
                + " puertos=publication.ports.order}", register(c, system, "10.0.0.300", "8090-8080", ""));
        assertEquals("0", fixture("/pub-count", "system", system));
    }

    @Test
    void only_the_cybersecurity_team_writes_the_register_and_a_refusal_is_recorded() {
        String system = "PUBD" + RUN;
        fixture("/pub-system", "code", system);
        Desk.Filed c = aCase("Publicación sin permiso");
        long before = Long.parseLong(fixture("/pub-denials", "action", "Publications.register"));

        // a Técnico of no cybersecurity team
        String answer = fixture("/pub-register", "case", String.valueOf(c.id()), "system", system, "private",
                "10.1.1.1", "ports", "443", "public", "190.116.48.2", "as", "tecnico");

        assertEquals("denied", answer);
        assertEquals("0", fixture("/pub-count", "system", system));
        assertEquals(before + 1, Long.parseLong(fixture("/pub-denials", "action", "Publications.register")));
    }

    @Test
    void the_register_screen_lists_publications_for_the_team_and_the_auditor_and_refuses_another_team() {
        // given a publication of a new system
        String system = "PUBE" + RUN;
        fixture("/pub-system", "code", system);
        Desk.Filed c = aCase("Publicación en pantalla");
        String ip = "181.65." + (int) (Math.random() * 200 + 10) + "." + (int) (Math.random() * 200 + 10);
        assertTrue(register(c, system, "172.16.5.9", "443, 8443", ip).startsWith("ok "));

        // the auditor reads it, without the withdrawal
        try (Browser auditor = Browser.loggedIn("auditor.mindef", "/publication/register.xhtml")) {
            WebElement row = row(auditor, system);
            assertTrue(row.getText().contains(ip) && row.getText().contains("443, 8443")
                    && row.getText().contains("172.16.5.9") && row.getText().contains(c.number()), row::getText);
            assertTrue(row.findElements(By.cssSelector(".sigti-publication-withdraw")).isEmpty());
        }
        // a Técnico of the innovation team gets the 403 page
        try (Browser other = Browser.loggedIn("tecnico.innov", "/publication/register.xhtml")) {
            assertFalse(other.all(By.id("error-title")).isEmpty(), other::source);
            assertTrue(other.all(By.cssSelector(".sigti-publication-row")).isEmpty());
        }
        // the cybersecurity team sees it and withdraws it: it stays, ended, with the reason
        try (Browser ciber = Browser.loggedIn("tecnico.ciber", "/publication/register.xhtml")) {
            WebElement row = row(ciber, system);
            row.findElement(By.cssSelector(".sigti-publication-reason-input")).sendKeys("Servicio dado de baja");
            ciber.click(By.id(row.findElement(By.cssSelector(".sigti-publication-withdraw")).getAttribute("id")));
            ciber.until(d -> row(ciber, system).findElements(By.cssSelector("[data-state='ended']")).size() == 1);
            assertTrue(row(ciber, system).getText().contains("Servicio dado de baja"));
        }
    }

    private static WebElement row(Browser browser, String system) {
        return browser.all(By.cssSelector(".sigti-publication-row")).stream()
                .filter(r -> r.getText().contains(system)).findFirst()
                .orElseThrow(() -> new AssertionError(system + " not on the register's first page"));
    }

    @Test
    void the_acta_de_capacitacion_kept_with_the_case_prints_its_attendees() {
        String system = "CAP" + RUN;
        fixture("/pub-system", "code", system);
        Desk.Filed c = aCase("Capacitación");

        String text = fixture("/training", "case", String.valueOf(c.id()), "system", system, "attendees",
                "Ana Torres Ríos | Dirección General de Administración | 41234567 | sí\n"
                        + "Luis Paredes Soto | OGTIE | lparedes@mindef.gob.pe | no");

        assertTrue(text.contains("ACTA DE CAPACITACIÓN") && text.contains("Formato N°17"), text);
        assertTrue(text.contains("Ana Torres Ríos") && text.contains("41234567"), text);
        assertTrue(text.contains("Luis Paredes Soto") && text.contains("lparedes@mindef.gob.pe"), text);
        assertTrue(text.contains("Sistema " + system) && text.contains(c.number()), text);
    }

    @Test
    void the_inventory_adds_the_new_system_then_its_new_version_and_keeps_both_entries() {
        String system = "INV" + RUN;
        Desk.Filed c = aCase("Inventario");

        fixture("/inventory", "case", String.valueOf(c.id()), "code", system, "version", "1.0.0");
        String after = fixture("/inventory", "case", String.valueOf(c.id()), "code", system, "version", "1.1.0");

        assertEquals("1.1.0|PRODUCTION|MINDEF\n1.0.0 PRODUCTION first;1.1.0 PRODUCTION update;", after);
    }
}
