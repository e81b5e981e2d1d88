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
        return Sigti.sharedEar();
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
                    () -> assertTrue(location.contains("client_id=sigti"), location),
                    () -> assertTrue(location.contains("code_challenge_method=S256"), location),
                    () -> assertTrue(location.contains("response_type=code"), location));
        }
    }

    @Test
    void keycloak_refuses_a_login_without_pkce_for_sigti() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.KEYCLOAK_URL + "/realms/sigti/protocol/openid-connect/auth"
                + "?client_id=sigti&response_type=code&scope=openid&redirect_uri="
                + java.net.URLEncoder.encode(Sigti.BASE_URL + "/", java.nio.charset.StandardCharsets.UTF_8));
        String location = response.headers().firstValue("Location").orElse("");
        assertAll(
                () -> assertEquals(302, response.statusCode()),
                () -> assertTrue(location.startsWith(Sigti.BASE_URL + "/"), location),
                () -> assertTrue(location.contains("error=invalid_request"), location));
    }

    @Test
    void keycloak_refuses_a_foreign_redirect_uri() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.KEYCLOAK_URL + "/realms/sigti/protocol/openid-connect/auth"
                + "?client_id=sigti&response_type=code&scope=openid&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&redirect_uri=https%3A%2F%2Fevil.example%2Fsigti%2F");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("redirect_uri") || response.body().contains("redirect"),
                response::body);
    }

    @Test
    void keycloak_offers_sigti_neither_the_implicit_nor_the_password_grant() throws Exception {
        HttpResponse<String> implicit = Sigti.get(Sigti.KEYCLOAK_URL + "/realms/sigti/protocol/openid-connect/auth"
                + "?client_id=sigti&response_type=token&scope=openid&nonce=n&redirect_uri="
                + java.net.URLEncoder.encode(Sigti.BASE_URL + "/", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(implicit.headers().firstValue("Location").orElse("").contains("error=unauthorized_client"),
                () -> implicit.headers().toString());
        java.net.http.HttpRequest password = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                Sigti.KEYCLOAK_URL + "/realms/sigti/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=sigti&client_secret=" + System.getenv("SIGTI_OIDC_CLIENT_SECRET")
                                + "&username=jefe&password=jefe"))
                .build();
        HttpResponse<String> token = java.net.http.HttpClient.newHttpClient().send(password,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, token.statusCode());
        assertTrue(token.body().contains("unauthorized_client"), token::body);
    }

    @Test
    void readiness_is_up_when_the_database_answers() throws Exception {
        HttpResponse<String> response = Sigti.get(Sigti.BASE_URL + "/health/ready");
        assertEquals(200, response.statusCode());
        // the details name the mailboxes the tests configure (tests/pom.xml: "mesa", "alerta"), whatever their state:
        // they never make SIGTI DOWN (MailIntakeIT)
        assertTrue(response.body().matches("\\{\"status\":\"UP\",\"checks\":\\[\\{\"name\":\"database\",\"status\":"
                + "\"UP\"}],\"details\":\\{\"mailboxes\":\\[\\{\"name\":\"mesa\",\"status\":\"(UP|DOWN|UNKNOWN)\"},"
                + "\\{\"name\":\"alerta\",\"status\":\"(UP|DOWN|UNKNOWN)\"}]}}"),
                response::body);
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
