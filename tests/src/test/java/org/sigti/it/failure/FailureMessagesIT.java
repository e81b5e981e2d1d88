package org.sigti.it.failure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.Sigti;

/**
 * SIGTI on a server configured wrong on purpose (its own failsafe execution): the database URL points at a closed
 * port and so does Keycloak's. SIGTI still deploys, says in one log line each what is wrong and how to fix it,
 * reports DOWN, and shows users a "not available" page with no stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FailureMessagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void readiness_reports_down_without_its_database() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.BASE_URL + "/health/ready");
        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"DOWN\""), response.body());
    }

    @Test
    void users_get_the_not_available_page() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.BASE_URL + "/");
        assertAll(
                () -> assertEquals(503, response.statusCode()),
                () -> assertTrue(response.body().contains("SIGTI no está disponible"), response.body()),
                () -> assertFalse(response.body().contains("Exception")),
                () -> assertFalse(response.body().contains("at org.")));
    }

    @Test
    void the_log_says_what_is_wrong_with_the_database_and_how_to_fix_it() throws Exception {
        String line = awaitLogLine("SIGTI: cannot connect to the database at jdbc:postgresql://127.0.0.1:9/sigti");
        assertTrue(line.contains("Fix: start the database or correct SIGTI_DB_URL"), line);
    }

    @Test
    void the_log_says_keycloak_does_not_answer_and_how_to_fix_it() throws Exception {
        Sigti.get(Sigti.BASE_URL + "/");
        String line = awaitLogLine("SIGTI: the identity provider (Keycloak) is not reachable at "
                + "http://localhost:9/realms/sigti");
        assertTrue(line.contains("set SIGTI_OIDC_PROVIDER_URL"), line);
    }

    private static String awaitLogLine(String start) throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        for (int i = 0; i < 60; i++) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.contains(start)) {
                    return line;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no log line starting with '" + start + "' in " + log);
    }
}
