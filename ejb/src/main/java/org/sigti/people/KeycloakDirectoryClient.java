package org.sigti.people;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.sigti.security.Roles;

/**
 * Reads users, their groups and their roles from Keycloak's admin API with SIGTI's own client (client-credentials
 * grant; the realm gives its service account only view/query rights on users and groups). SIGTI keeps no copy of
 * the directory and no passwords.
 */
@ApplicationScoped
public class KeycloakDirectoryClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String realmUrl = System.getProperty("sigti.oidc.provider-url", "");
    private final String clientId = System.getenv().getOrDefault("SIGTI_OIDC_CLIENT_ID", "sigti");
    private final String clientSecret = System.getenv().getOrDefault("SIGTI_OIDC_CLIENT_SECRET", "");

    private String token;
    private Instant tokenExpiry = Instant.EPOCH;

    public long count() {
        return Long.parseLong(get("/users/count").strip());
    }

    /** A page of users in Keycloak's order (by username). */
    public List<DirectoryUser> page(int first, int max) {
        List<DirectoryUser> users = new ArrayList<>();
        for (JsonValue value : array("/users?briefRepresentation=true&first=" + first + "&max=" + max)) {
            JsonObject user = value.asJsonObject();
            String id = encode(user.getString("id"));
            String name = (user.getString("firstName", "") + " " + user.getString("lastName", "")).strip();
            List<String> units = array("/users/" + id + "/groups?briefRepresentation=true").stream()
                    .map(g -> Institutions.parse(g.asJsonObject().getString("path")))
                    .flatMap(java.util.Optional::stream).map(p -> p.institution() + " · " + p.unit()).sorted()
                    .toList();
            List<String> roles = array("/users/" + id + "/role-mappings/realm/composite").stream()
                    .map(r -> r.asJsonObject().getString("name")).filter(Roles.ALL::contains)
                    .sorted(Comparator.comparingInt(Roles.ALL::indexOf)).toList();
            users.add(new DirectoryUser(user.getString("username"), name, user.getString("email", null),
                    user.getBoolean("enabled", false), units, roles));
        }
        return users;
    }

    private JsonArray array(String path) {
        try (JsonReader reader = Json.createReader(new StringReader(get(path)))) {
            return reader.readArray();
        }
    }

    private String get(String path) {
        String adminUrl = realmUrl.replaceFirst("/realms/", "/admin/realms/");
        return send(HttpRequest.newBuilder(URI.create(adminUrl + path))
                .header("Authorization", "Bearer " + token()).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (JsonReader reader = Json.createReader(new StringReader(send(request)))) {
            JsonObject answer = reader.readObject();
            token = answer.getString("access_token");
            tokenExpiry = Instant.now().plusSeconds(Math.max(10, answer.getInt("expires_in", 60) - 30));
            return token;
        }
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new DirectoryUnavailableException("Keycloak answered " + response.statusCode() + " to "
                        + request.method() + " " + request.uri().getPath());
            }
            return response.body();
        } catch (IOException e) {
            throw new DirectoryUnavailableException("Keycloak does not answer at " + realmUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
