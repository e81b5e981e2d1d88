package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sigti.it.Sigti;

/**
 * What the test Keycloak's administrator does in its console, through the admin API the console calls, logged in to
 * the master realm with the password keycloak.sh generated for the tests' Keycloak: an administrative action of
 * someone SIGTI does not know, which Keycloak records as an admin event of realm sigti.
 */
final class KeycloakConsole {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String token;

    private KeycloakConsole(String token) {
        this.token = token;
    }

    /** The master realm's administrator, logged in. */
    static KeycloakConsole asAdministrator() throws IOException {
        String password = Files.readString(Path.of(System.getProperty("sigti.keycloak-admin-password-file"))).strip();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(Sigti.KEYCLOAK_URL
                + "/realms/master/protocol/openid-connect/token")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                "grant_type=password&client_id=admin-cli&username=admin&password=" + enc(password))).build());
        assertEquals(200, answer.statusCode(), answer::body);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        return new KeycloakConsole(token.find() ? token.group(1) : null);
    }

    /** Keycloak's id of a user of a realm. */
    String userId(String realm, String username) {
        HttpResponse<String> answer = send(request("/admin/realms/" + realm + "/users?exact=true&username="
                + enc(username)).GET().build());
        assertEquals(200, answer.statusCode(), answer::body);
        Matcher id = ID.matcher(answer.body());
        if (!id.find()) {
            throw new AssertionError("no user " + username + " in realm " + realm + ": " + answer.body());
        }
        return id.group(1);
    }

    /** "Unlock" on a user that brute-force detection locked (Users > the user > Unlock); answers the user's id. */
    String unlock(String username) {
        String id = userId("sigti", username);
        HttpResponse<String> answer = send(request("/admin/realms/sigti/attack-detection/brute-force/users/" + id)
                .DELETE().build());
        assertEquals(204, answer.statusCode(), answer::body);
        return id;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Sigti.KEYCLOAK_URL + path)).header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
