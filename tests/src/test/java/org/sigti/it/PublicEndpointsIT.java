package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What SIGTI answers before anyone logs in: redirects to Keycloak, health probes, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicEndpointsIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.ear();
    }

    @Test
    void every_page_sends_an_anonymous_visitor_to_the_keycloak_login() throws Exception {
        for (String path : new String[] {"/", "/index.xhtml", "/anything/else.xhtml"}) {
            HttpResponse<String> response = Sigti.get(Sigti.BASE_URL + path);
            String location = response.headers().firstValue("Location").orElse("");
            assertAll(path,
                    () -> assertEquals(302, response.statusCode()),
                    () -> assertTrue(location.startsWith(
                            Sigti.KEYCLOAK_URL + "/realms/sigti/protocol/openid-connect/auth?"), location),
                    () -> assertTrue(location.contains("client_id=sigti"), location));
        }
    }

    @Test
    void readiness_is_up_when_the_database_answers() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.BASE_URL + "/health/ready");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}", response.body());
    }

    @Test
    void liveness_answers_without_login() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.BASE_URL + "/health/live");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    }

    @Test
    void the_server_root_leads_to_sigti() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.serverUrl() + "/");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/sigti/"));
    }

    @Test
    void error_pages_are_spanish_and_show_no_internals() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.BASE_URL + "/error/x");
        assertAll(
                () -> assertEquals(404, response.statusCode()),
                () -> assertTrue(response.body().contains("Página no encontrada"), response.body()),
                () -> assertFalse(response.body().contains("Exception")),
                () -> assertFalse(response.body().toLowerCase().contains("wildfly")));
    }
}
