package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.security.ApiTokens;

/**
 * S04.04.00.03 (procedures.md E21), walked by each role from its own inbox:
 * <ul>
 * <li>reported by a unit (1 → 2 → 4 → 7…14), all in real browsers: any employee (solicitante.mindef) reports it, the
 * help desk (operador.mesa) registers the ticket and assigns it to the cybersecurity team, the Técnico informático
 * especialista (tecnico.ciber) is refused "detected by the team" (the case has a ticket) and answers "No", analyses,
 * classifies and prioritizes, contains, eradicates, recovers, writes the post-incident report whose lessons become
 * a knowledge-base article, registers the action; the help desk closes the ticket. The bitácora shows every phase, the
 * classification, the priority and the article; its CSV export carries the row with a formula neutralized;</li>
 * <li>detected by the OGTIE through a security system's alert (REST API, → 3 → 4 → 5 → 6 → 7…10 → 11 → 12…14), with
 * the vendor escalation: the set-up steps in the server, the post-incident and closing steps in the browser;</li>
 * <li>detected by the OGTIE's own monitoring: the cybersecurity team records it on the bitácora's page (→ 3); another
 * team is not offered the form.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIncidentWalkIT extends Walk {

    private static final String CODE = "S04.04.00.03";
    private static final Person TECNICO_CIBER = new Person("tecnico.ciber", "Víctor Núñez Carrasco",
            "tecnico.ciber@sigti.example", "CIBER", List.of("Tecnico", "Solicitante"), "MINDEF");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void an_incident_reported_by_a_unit_is_handled_by_the_help_desk_and_the_cybersecurity_team_and_logged() {
        long k = System.currentTimeMillis() % 10_000_000;
        String title = "Correo con adjunto cifrado en la DGA " + k;
        String lessons = "=Bloquear macros de Office por GPO " + k;

        // 1: any employee reports the incident
        Filed c = desk("solicitante.mindef").file(Draft.of(CODE, null, title,
                "Al abrir el adjunto, los archivos de la carpeta compartida cambiaron de extensión."));
        String number = c.number();

        // 2: the help desk registers the ticket and assigns it to the cybersecurity team
        desk("operador.mesa").openFromInbox(number, "2").act("2", "continuar");

        // 4: the specialist may not say the team detected it (it has a ticket), then answers "No"
        Desk ciber = desk("tecnico.ciber").openFromInbox(number, "4");
        String refused = ciber.tryAct("4", "detectado_ciberseguridad", "fuente_deteccion", "REPORTE_USUARIO");
        assertTrue(refused.contains("ya tiene el ticket de la mesa de ayuda"), refused);
        assertTrue(ciber.openSteps().contains("4=true"), "step 4 still waits: " + ciber.openSteps());
        ciber.act("4", "reportado_uo", "fuente_deteccion", "REPORTE_USUARIO")
                .act("7", "continuar", "analisis", "Correlación con el EDR: ransomware conocido", "clasificacion",
                        "CODIGO_MALICIOSO", "impacto", "ALTA", "urgencia", "MEDIA")
                .act("8", "continuar", "acciones_contencion", "Equipo aislado de la red; carpeta en solo lectura")
                .act("9", "continuar", "acciones_erradicacion", "Binario eliminado; hash bloqueado en el EDR")
                .act("10", "resuelto", "acciones_recuperacion", "Archivos restaurados de la copia de ayer")
                .act("12", "continuar", "reporte_incidente", "Ransomware por adjunto; contenido en 40 minutos",
                        "lecciones_aprendidas", lessons, "titulo_base_conocimiento", "Ransomware por adjunto " + k)
                .act("13", "continuar", "accion_registrada", "Incidente atendido; ticket listo para cierre");

        // 14: the help desk reviews and closes the ticket
        Desk desk = desk("operador.mesa").openFromInbox(number, "14").act("14", "cerrar");
        desk.assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 7", "7 → 8", "8 → 9", "9 → 10", "10 → 12", "12 → 13",
                "13 → 14", "14 → END"), desk.completions());

        // the bitácora, as the Auditor reads it
        Desk auditor = desk("auditor.mindef");
        List<String> row = bitacora(auditor, number);
        assertEquals(List.of("UNIT_REPORT", "Código malicioso", "P2 · Alta"), row.subList(0, 3), () -> "row " + row);
        for (String time : row.subList(3, 12)) {
            assertFalse(time.isEmpty(), () -> "every phase has its time: " + row);
        }
        assertTrue(row.get(12).matches("KB-\\d{6}"), () -> "the lessons' article: " + row);
        assertTrue(row.get(13).isEmpty(), () -> "no vendor: " + row);

        // its export: the header, the row, the formula neutralized
        String csv = export(auditor.browser());
        assertTrue(csv.contains("\"Caso\";\"Asunto\";\"Origen\";\"Sistema que alertó\";\"Severidad\""), csv);
        String line = csv.lines().filter(l -> l.contains(number)).findFirst().orElse("");
        assertTrue(line.contains("\"" + title + "\"") && line.contains("\"Reportado por una U.O.\"")
                && line.contains("\"Código malicioso\"") && line.contains("\"P2 · Alta\"")
                && line.contains("\"'" + lessons + "\"") && line.contains(row.get(12)), line);
    }

    @Test
    void an_alert_detected_by_the_ogtie_asks_for_its_ticket_escalates_to_the_vendor_and_is_logged() {
        long k = System.currentTimeMillis() % 10_000_000;
        String vendor = "Fortinet TAC, caso 7" + k;

        // 3: a security system's alert opens the case in the cybersecurity team's queue
        JsonObject receipt = alert("fortigate-01", "waf-sqli-" + k, "Inyección SQL contra el portal " + k);
        Filed c = new Filed(receipt.getString("case"), receipt.getJsonNumber("caseId").longValue());
        assertEquals("4;", actInServer(c, "3", TECNICO_CIBER, "continuar", "monitoreo",
                "Consola del WAF: 300 bloqueos en 5 minutos"));
        assertEquals("5;", actInServer(c, "4", TECNICO_CIBER, "detectado_ciberseguridad", "fuente_deteccion",
                "ALERTA"));
        assertEquals("6;", actInServer(c, "5", TECNICO_CIBER, "continuar"));
        assertEquals("7;", actInServer(c, "6", OPERADOR_MESA, "continuar"));
        assertEquals("8;", actInServer(c, "7", TECNICO_CIBER, "continuar", "analisis", "Ataque automatizado",
                "clasificacion", "INTRUSION", "impacto", "MEDIA", "urgencia", "ALTA"));
        assertEquals("9;", actInServer(c, "8", TECNICO_CIBER, "continuar", "acciones_contencion",
                "IP de origen bloqueada"));
        assertEquals("10;", actInServer(c, "9", TECNICO_CIBER, "continuar", "acciones_erradicacion",
                "Regla virtual patch aplicada"));
        assertEquals("11;", actInServer(c, "10", TECNICO_CIBER, "no_resuelto", "acciones_recuperacion",
                "El WAF no mantiene la regla tras reiniciar"));

        // 11 → 12 → 13 in the browser: the vendor escalation and the post-incident
        Desk ciber = desk("tecnico.ciber").openFromInbox(c.number(), "11")
                .act("11", "continuar", "proveedor", vendor)
                .act("12", "continuar", "reporte_incidente", "Firmware del WAF corregido por el proveedor",
                        "lecciones_aprendidas", "Actualizar el firmware del WAF cada trimestre",
                        "titulo_base_conocimiento", "Regla del WAF perdida tras reinicio " + k)
                .act("13", "continuar", "accion_registrada", "Atendido con el proveedor");
        desk("operador.mesa").openFromInbox(c.number(), "14").act("14", "cerrar").assertClosed("");
        assertEquals(List.of("1 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → 10", "10 → 11",
                "11 → 12", "12 → 13", "13 → 14", "14 → END"), ciber.open(c.id()).completions());

        List<String> row = bitacora(desk("jefe.ogtie"), c.number());
        assertEquals(List.of("SECURITY_ALERT", "Intrusión o acceso no autorizado", "P2 · Alta"), row.subList(0, 3),
                () -> "row " + row);
        assertEquals(vendor, row.get(13));
        assertFalse(row.get(11).isEmpty() || row.get(10).isEmpty(), () -> "post-incident and closed: " + row);
    }

    @Test
    void the_cybersecurity_team_records_its_own_detection_on_the_bitacora_and_nobody_else_is_offered_it() {
        long k = System.currentTimeMillis() % 10_000_000;
        String title = "Certificado del portal suplantado en fuente externa " + k;

        // another team's Técnico reads the bitácora without the form
        Desk infra = desk("tecnico.infra").openPage("/incidents/log.xhtml");
        infra.browser().text(By.id("incidents:list"));
        assertTrue(infra.browser().all(By.id("detection:record")).isEmpty(), "no detection form for INFRA");

        // the cybersecurity team's Técnico records what its monitoring of external sources found
        Desk ciber = desk("tecnico.ciber").openPage("/incidents/log.xhtml");
        ciber.browser().type(By.id("detection:title"), title);
        ciber.browser().type(By.id("detection:description"), "Aviso del CSIRT nacional: dominio parecido al"
                + " portal con el certificado copiado.");
        ciber.browser().submit(By.id("detection:record"));
        ciber.screenshot("detection-" + k);

        // the case waits at activity 3 for whoever recorded it, and its line is on the bitácora
        assertEquals(List.of("3=true"), ciber.openSteps());
        assertEquals(List.of("1 → 3"), ciber.completions());
        String number = ciber.number();
        assertEquals("OGTIE_DETECTION", bitacora(ciber, number).get(0));
    }

    /** Posts a security alert with the cybersecurity team's service account; answers the receipt. */
    private static JsonObject alert(String source, String fingerprint, String title) {
        String body = Json.createObjectBuilder().add("source", source).add("fingerprint", fingerprint)
                .add("title", title).add("severity", "high").build().toString();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    Sigti.BASE_URL + "/api/v1/security-alerts")).header("Authorization", "Bearer "
                            + ApiTokens.serviceAccount(ApiTokens.CIBER_CLIENT))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, answer.statusCode(), answer::body);
            return Json.createReader(new StringReader(answer.body())).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The case's line of the bitácora: origin, classification, priority, the times (reported, ticket, detected,
     * analysed, contained, eradicated, recovered, post-incident, closed: 3–11), the article (12), the vendor (13).
     */
    private static List<String> bitacora(Desk desk, String number) {
        desk.openPage("/incidents/log.xhtml");
        desk.browser().text(By.id("incidents:list"));
        desk.screenshot("bitacora-incidentes-" + number);
        WebElement row = desk.browser().all(By.cssSelector("[id='incidents:list_data'] tr[data-ri]")).stream()
                .filter(r -> number.equals(cell(r, "case"))).findFirst().orElseThrow(() -> new AssertionError(
                        number + " is not on the bitácora"));
        return List.of(row.findElement(By.cssSelector(".sigti-incident-origin")).getAttribute("data-origin"),
                cell(row, "classification"), cell(row, "priority"), cell(row, "reported"), cell(row, "ticket"),
                cell(row, "detected"), cell(row, "analysed"), cell(row, "contained"), cell(row, "eradicated"),
                cell(row, "recovered"), cell(row, "post"), cell(row, "closed"), cell(row, "kb"), vendor(row));
    }

    private static String vendor(WebElement row) {
        List<WebElement> vendor = row.findElements(By.cssSelector(".sigti-incident-vendor"));
        return vendor.isEmpty() ? "" : vendor.get(0).getText().strip();
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector(".sigti-incident-" + name)).getText().strip();
    }

    private static String export(Browser b) {
        return (String) b.runAsync("const done = arguments[arguments.length - 1];"
                + " const form = document.getElementById('incidents');"
                + " const data = new URLSearchParams(new FormData(form)); data.append('incidents:export', 'x');"
                + " fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                + ".then(r => r.text()).then(done);");
    }
}
