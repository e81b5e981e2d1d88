package org.sigti.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;

/**
 * The inbox at the cost of its page (issue 20, item 2), counted with Hibernate's statistics
 * ({@link StatementsFixture}): a render of the home page reads the caller's profile once (not once per menu, count,
 * page and saved view), no query twice, and not "Mis solicitudes"' count again once the session has it; its
 * statements stay under a fixed bound.
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

    private static void statements(boolean reset) {
        statements(reset, new LinkedHashMap<>());
    }

    /** Resets Hibernate's statistics, or reads them: statements prepared, and each query's runs in {@code queries}. */
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
}
