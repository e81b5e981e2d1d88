package org.sigti.web.security;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Finds the identity provider's {@code end_session_endpoint} (OIDC discovery) for the issuer of a verified ID token,
 * and builds the RP-initiated logout URL that ends the Keycloak session too.
 */
@ApplicationScoped
public class EndSessionEndpoint {

    private static final Logger LOG = Logger.getLogger(EndSessionEndpoint.class.getName());

    private final Map<String, String> endpointByIssuer = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /**
     * The URL to send the browser to, or empty when the provider cannot be asked (then only the local session ends).
     */
    public Optional<String> logoutUrl(String issuer, String idToken, String postLogoutRedirectUri) {
        return endpoint(issuer).map(endpoint -> endpoint
                + (endpoint.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(postLogoutRedirectUri));
    }

    private Optional<String> endpoint(String issuer) {
        String cached = endpointByIssuer.get(issuer);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "SIGTI: OIDC discovery at " + issuer + " answered " + response.statusCode());
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject configuration = reader.readObject();
                String endpoint = configuration.getString("end_session_endpoint", null);
                if (endpoint != null) {
                    endpointByIssuer.put(issuer, endpoint);
                }
                return Optional.ofNullable(endpoint);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: cannot reach the identity provider at " + issuer
                    + " to end its session; only the SIGTI session ends", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
