package org.sigti.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.sigti.it.security.ApiTokens;

/**
 * The inbox at the cost of its page (issue 20, item 2), counted with Hibernate's statistics
 * ({@link StatementsFixture}): a render of the home page reads the caller's profile once (not once per menu, count,
 * page and saved view), no query twice, and not "Mis solicitudes"' count again once the session has it; its statements stay
 * under a fixed bound. And "Mi bandeja"'s capped count, counted as two disjoint sets, counts a step of the caller's
 * queue that is assigned to the caller once, on the page as in the heading.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxPageCostIT {

    /** The statements one render of the home page may prepare (measured: see the assertion's message). */
    static final int MOST_STATEMENTS = 25;
    /** The caller's profile (UserProfile.findByUsername): their name, unit and institution. */
    static final String PROFILE = "select p from UserProfile p where p.username = :username";
    static final String COUNT_MY_CASES = "select count(c) from WorkCase c where c.requesterUsername = :me";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.earWithFixture(ShrinkWrap.create(WebArchive.class, "statements-fixture.war")
                .addClass(StatementsFixture.class));
    }

    @Test
    void a_step_of_the_queue_assigned_to_the_caller_is_counted_once_and_listed_once() {
        String mark = "costo" + UUID.randomUUID().toString().substring(0, 8);
        String machine = ApiTokens.serviceAccount(ApiTokens.OPERADOR_CLIENT);
        List<String> numbers = List.of(file(machine, "Impresora " + mark), file(machine, "Monitor " + mark),
                file(machine, "Teclado " + mark));
        JsfClient operador = JsfClient.logIn("operador");

        // the operador takes one of the three: it leaves the unassigned queue and is assigned to them
        JsfClient.Answer filtered = filter(operador, mark);
        Map<String, String> keys = keys(filtered);
        assertEquals(3, keys.size(), () -> "unfiltered: " + operador.get("/").page().selectFirst("#inbox-count").text()
                + "; filtered: " + filtered.body());
        FormElement form = form(filtered);
        JsfClient.Answer taken = operador.submit(form, form.selectFirst("[name='home:bulkTake']"), values -> {
            values.put("home:inbox_selection", keys.get(numbers.get(1)));
            return values;
        });
        assertNotNull(taken.page().selectFirst("#home\\:bulk li[data-case='" + numbers.get(1) + "'][data-done='true']"),
                taken::body);

        // then: the heading says 3 and the page lists 3, the taken one with its assignee
        JsfClient.Answer again = filter(operador, mark);
        assertTrue(again.page().selectFirst("#inbox-count").text().startsWith("3 "), again::body);
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element tr : again.page().select("#home\\:inbox tr[data-rk]")) {
            rows.put(tr.selectFirst("a.sigti-case-link").text(), tr.text());
        }
        assertEquals(3, rows.size(), rows::toString);
        assertTrue(rows.get(numbers.get(1)).contains("· operador"), rows::toString);
    }

    @Test
    void a_render_of_the_home_page_reads_the_caller_s_profile_once_and_repeats_no_query() {
        JsfClient operador = JsfClient.logIn("operador"); // the first render: the login, the profile, the counts
        for (JsfClient client : List.of(operador, JsfClient.logIn("responsable"))) {
            client.get("/");
            statements(true);
            JsfClient.Answer home = client.get("/");
            Map<String, Long> queries = new LinkedHashMap<>();
            long prepared = statements(false, queries);
            String measured = client.user() + ": " + prepared + " statements, queries " + queries;
            System.out.println("InboxPageCostIT " + measured);

            assertEquals(200, home.status());
            assertNotNull(home.page().selectFirst("#inbox-count"), home::body);
            assertTrue(queries.getOrDefault(PROFILE, 0L) <= 1, measured);
            assertEquals(0L, queries.getOrDefault(COUNT_MY_CASES, 0L), "kept from the session's first render: "
                    + measured);
            assertTrue(queries.values().stream().allMatch(runs -> runs == 1), "a query run twice: " + measured);
            assertTrue(prepared <= MOST_STATEMENTS, measured);
        }
    }

    private static JsfClient.Answer filter(JsfClient client, String text) {
        FormElement form = form(client.get("/"));
        return client.submit(form, form.selectFirst("[name='home:filter']"), values -> {
            values.put("home:search", text);
            return values;
        });
    }

    private static Map<String, String> keys(JsfClient.Answer answer) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Element tr : answer.page().select("#home\\:inbox tr[data-rk]")) {
            keys.put(tr.selectFirst("a.sigti-case-link").text(), tr.attr("data-rk"));
        }
        return keys;
    }

    private static FormElement form(JsfClient.Answer answer) {
        return answer.page().select("form#home").forms().get(0);
    }

    private static void statements(boolean reset) {
        statements(reset, new LinkedHashMap<>());
    }

    /** Resets Hibernate's statistics, or reads them: the statements prepared, and each query's runs into {@code queries}. */
    private static long statements(boolean reset, Map<String, Long> queries) {
        HttpResponse<String> answer = JsfClient.exchange(HTTP, Sigti.request(Sigti.serverUrl()
                + "/statements-fixture/statements" + (reset ? "?reset" : "")).GET());
        assertEquals(200, answer.statusCode(), answer::body);
        long prepared = -1;
        for (String line : answer.body().split("\n")) {
            String[] parts = line.strip().split(" ", 3);
            if (parts[0].equals("statements")) {
                prepared = Long.parseLong(parts[1]);
            } else if (parts[0].equals("query")) {
                queries.put(parts[2], Long.parseLong(parts[1]));
            }
        }
        return prepared;
    }

    /** Files a help-desk case through the REST API; answers its number. */
    private static String file(String token, String title) {
        String body = Json.createObjectBuilder().add("procedure", "UGAT/AIT-PR01").add("title", title)
                .add("description", "Registrado para medir la bandeja").add("channel", "MONITORING").build()
                .toString();
        HttpResponse<String> answer = JsfClient.exchange(HTTP, Sigti.request(Sigti.BASE_URL + "/api/v1/cases")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, answer.statusCode(), answer::body);
        return Json.createReader(new java.io.StringReader(answer.body())).readObject().getString("number");
    }
}
