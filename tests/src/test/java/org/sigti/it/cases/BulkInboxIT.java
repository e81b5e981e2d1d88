package org.sigti.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;
import org.sigti.it.api.ApiFixture;
import org.sigti.it.security.ApiTokens;

/**
 * Bulk work on "Mi bandeja" (issue 19, item 4), as the Jefe does it through the page: three steps ticked, assigned to
 * a colleague picked from the people of the queues; the step of another unit's queue is refused with its reason and
 * left as it was, the others are assigned and recorded on their trails as if assigned one by one. A requester and the
 * Auditor are offered no bulk controls.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkInboxIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.earWithFixture(ShrinkWrap.create(WebArchive.class, "api-fixture.war").addClass(ApiFixture.class));
    }

    @Test
    void the_jefe_assigns_three_steps_and_the_other_units_step_is_refused_alone() {
        // given: two help-desk steps (Operador, AIT) and a deployment step of the UIT, filed through the API
        String mark = "lote" + UUID.randomUUID().toString().substring(0, 8);
        String machine = ApiTokens.serviceAccount(ApiTokens.OPERADOR_CLIENT);
        List<String> numbers = List.of(file(machine, "UGAT/AIT-PR01", "Impresora sin tóner " + mark),
                file(machine, "UGAT/AIT-PR01", "Monitor parpadea " + mark),
                file(machine, "UIT/ASS-PR01", "Puesta en producción del sistema de citas " + mark));
        JsfClient.logIn("operador2"); // SIGTI knows a person once they have logged in
        JsfClient.logIn("solicitante");
        JsfClient jefe = JsfClient.logIn("jefe");

        // when: the whole office's inbox, filtered to the three, all ticked and assigned to operador2
        JsfClient.Answer home = jefe.get("/");
        FormElement form = form(home);
        List<String> people = form.select("select[name='home:bulkAssignee'] option").eachAttr("value");
        assertTrue(people.contains("operador2"), people::toString);
        assertFalse(people.contains("solicitante") || people.contains("auditor"),
                () -> "only IT staff are offered: " + people);
        JsfClient.Answer filtered = jefe.submit(form, form.selectFirst("[name='home:filter']"), values -> {
            values.put("home:scope_input", "OFFICE");
            values.put("home:search", mark);
            return values;
        });
        Map<String, String> keys = filtered.page().select("#home\\:inbox tr[data-rk]").stream().collect(
                Collectors.toMap(tr -> tr.selectFirst("a.sigti-case-link").text(), tr -> tr.attr("data-rk")));
        assertEquals(3, keys.size(), filtered::body);
        long uit = Long.parseLong(keys.get(numbers.get(2)).split("-")[0]);
        long uitVersion = number("select version from work_item where id = " + uit);
        FormElement again = form(filtered);
        JsfClient.Answer done = jefe.submit(again, again.selectFirst("[name='home:bulkAssign']"), values -> {
            values.put("home:inbox_selection", String.join(",", keys.values()));
            values.put("home:bulkAssignee", "operador2");
            return values;
        });

        // then: each case reported, the two help-desk steps assigned with their trail rows, the UIT's unchanged
        for (String number : numbers.subList(0, 2)) {
            Element line = done.page().selectFirst("#home\\:bulk li[data-case='" + number + "']");
            assertNotNull(line, done::body);
            assertEquals("true", line.attr("data-done"), line::text);
            long item = Long.parseLong(keys.get(number).split("-")[0]);
            assertEquals(1, number("select count(*) from work_item where id = " + item
                    + " and assignee_username = 'operador2' and status = 'OPEN'"));
            assertEquals(1, number("select count(*) from case_event e join work_item w on w.case_id = e.case_id"
                    + " where w.id = " + item + " and e.actor_username = 'jefe' and e.action in ('ASSIGN', 'REASSIGN')"
                    + " and e.comment_text like '%operador2'"));
        }
        Element refused = done.page().selectFirst("#home\\:bulk li[data-case='" + numbers.get(2) + "']");
        assertNotNull(refused, done::body);
        assertEquals("false", refused.attr("data-done"));
        assertTrue(refused.text().contains("debe tener el rol Jefe en la unidad UIT"), refused::text);
        assertTrue(done.page().select("#home\\:bulk-messages").text().contains("2 paso(s) hecho(s), 1 rechazado(s)"),
                done::body);
        assertEquals(uitVersion, number("select version from work_item where id = " + uit + " and status = 'OPEN'"),
                "the refused step is left as it was");
        assertEquals(0, number("select count(*) from case_event e join work_item w on w.case_id = e.case_id"
                + " where w.id = " + uit + " and e.action in ('ASSIGN', 'REASSIGN')"));
        // a person who may not hold the step is bad input, not a denial: alone it records no security event either
        assertEquals(0, number("select count(*) from security_event where object_type = 'work_item' and object_id = '"
                + uit + "'"));
    }

    @Test
    void a_requester_and_the_auditor_see_no_bulk_controls() {
        for (String user : List.of("solicitante", "auditor")) {
            JsfClient.Answer home = JsfClient.logIn(user).get("/");
            assertEquals(200, home.status());
            assertTrue(home.page().select("#home\\:bulk, [name='home:bulkAssign'], [name='home:bulkTake'],"
                    + " #home\\:inbox .ui-selection-column").isEmpty(), () -> user + " is offered bulk work");
        }
    }

    private static FormElement form(JsfClient.Answer answer) {
        return answer.page().select("form#home").forms().get(0);
    }

    /** Files a case through the REST API; answers its number. */
    private static String file(String token, String procedure, String title) {
        String body = Json.createObjectBuilder().add("procedure", procedure).add("title", title)
                .add("description", "Registrado para el trabajo en bloque").add("channel", "MONITORING").build()
                .toString();
        HttpResponse<String> answer = send(Sigti.request(Sigti.BASE_URL + "/api/v1/cases")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, answer.statusCode(), answer::body);
        return Json.createReader(new java.io.StringReader(answer.body())).readObject().getString("number");
    }

    /** The single number a query of SIGTI's database answers, read by {@link ApiFixture}. */
    private static long number(String select) {
        HttpResponse<String> answer = send(Sigti.request(Sigti.serverUrl() + "/api-fixture/number?q="
                + URLEncoder.encode(select, StandardCharsets.UTF_8)).GET());
        assertEquals(200, answer.statusCode(), answer::body);
        return Long.parseLong(answer.body().strip());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return JsfClient.exchange(HTTP, request);
    }
}
