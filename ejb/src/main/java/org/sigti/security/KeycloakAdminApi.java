package org.sigti.security;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * Keycloak's admin API for the realm SIGTI logs in with, called as SIGTI's own client (client-credentials grant; the
 * realm gives the client's service account only what SIGTI reads: users, groups, events). The realm, the client and
 * its secret are those of the login (SIGTI_OIDC_PROVIDER_URL, SIGTI_OIDC_CLIENT_ID, SIGTI_OIDC_CLIENT_SECRET), so
 * there is nothing more to configure. A Keycloak that hangs costs a caller at most 5 s to connect and 10 s a request.
 */
@ApplicationScoped
public class KeycloakAdminApi {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final String realmUrl = System.getProperty("sigti.oidc.provider-url", "");
    private final String clientId = System.getenv().getOrDefault("SIGTI_OIDC_CLIENT_ID", "sigti");
    private final String clientSecret = System.getenv().getOrDefault("SIGTI_OIDC_CLIENT_SECRET", "");

    private String token;
    private Instant tokenExpiry = Instant.EPOCH;

    /** The realm's URL, as the login uses it: {@code http(s)://host[:port][/prefix]/realms/REALM}. */
    public String realmUrl() {
        return realmUrl;
    }

    /** The body of a GET on the realm's admin API, e.g. {@code text("/users/count")}. */
    public String text(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw refused(response);
        }
        return response.body();
    }

    /** A GET on the realm's admin API that answers a JSON array, e.g. {@code array("/events?max=100")}. */
    public JsonArray array(String path) {
        return json(path, text(path)).asJsonArray();
    }

    /** A GET on the realm's admin API that answers a JSON object. */
    public JsonObject object(String path) {
        return json(path, text(path)).asJsonObject();
    }

    /** As {@link #object}, empty when Keycloak has no such thing (404), e.g. a user deleted since. */
    public Optional<JsonObject> find(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw refused(response);
        }
        return Optional.of(json(path, response.body()).asJsonObject());
    }

    /** The answer as JSON; something else (a proxy's error page) is a Keycloak that did not answer. */
    private static JsonStructure json(String path, String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (JsonException e) {
            throw new KeycloakUnavailableException(200, "the answer to " + path + " is not Keycloak's JSON");
        }
    }

    /** A value for a path segment or a query parameter. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) {
        int at = realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new KeycloakUnavailableException(0, "SIGTI_OIDC_PROVIDER_URL is not a realm's URL: " + realmUrl);
        }
        URI uri = URI.create(realmUrl.substring(0, at) + "/admin" + realmUrl.substring(at) + path);
        HttpResponse<String> response = send(request(uri));
        if (response.statusCode() == 401) {
            // the token may have ended before the time it announced (Keycloak restarted, a session revoked)
            forgetToken();
            response = send(request(uri));
        }
        return response;
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token())
                .header("Accept", "application/json").timeout(REQUEST_TIMEOUT).GET().build();
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw refused(response);
        }
        JsonObject answer = json("/protocol/openid-connect/token", response.body()).asJsonObject();
        token = answer.getString("access_token");
        tokenExpiry = Instant.now().plusSeconds(Math.max(10, answer.getInt("expires_in", 60) - 30));
        return token;
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakUnavailableException(0, "Keycloak does not answer at " + realmUrl + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailableException(0, "interrupted while asking Keycloak at " + realmUrl);
        }
    }

    private static KeycloakUnavailableException refused(HttpResponse<String> response) {
        return new KeycloakUnavailableException(response.statusCode(), "Keycloak answered "
                + response.statusCode() + " to " + response.request().method() + " " + response.request().uri()
                .getPath());
    }
}
