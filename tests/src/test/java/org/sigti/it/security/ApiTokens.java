package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.sigti.it.Sigti;

/**
 * Real access tokens of the test Keycloak for the REST API tests, fresh at each call (the test realm's tokens live
 * 10 s): a machine client's service account by the client-credentials grant ({@link #serviceAccount}), and a
 * person's by the authorization-code flow with PKCE of SIGTI's own client, logging in on Keycloak's form as a
 * browser would ({@link #person}); the realm allows no password grant. test-env.sh adds the machine clients.
 */
public final class ApiTokens {

    /** An Operador of AGETIC's help desk (unit AIT), through its service account. */
    public static final String OPERADOR_CLIENT = "sigti-api-client";
    /** A security system of MINDEF: a Técnico of the cybersecurity team (CIBER), through its service account. */
    public static final String CIBER_CLIENT = "sigti-api-ciber";
    /** A client whose service account has no SIGTI role. */
    public static final String NO_ROLE_CLIENT = "sigti-api-norole";

    private static final String REALM = Sigti.KEYCLOAK_URL + "/realms/sigti/protocol/openid-connect";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** An access token of the service account of a machine client of test-env.sh. */
    public static String serviceAccount(String clientId) {
        return token("grant_type=client_credentials&client_id=" + FormLogin.enc(clientId) + "&client_secret="
                + FormLogin.enc(System.getProperty("sigti.test.api-client-secret", "sigti-test-api-client-secret")));
    }

    /** An access token of a person of the demo realm (the password is the user name). */
    public static String person(String user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String redirect = Sigti.BASE_URL + "/";
        String back = FormLogin.authorizationRedirect(REALM + "/auth?client_id=sigti&response_type=code&scope=openid"
                + "&state=api-test&redirect_uri=" + FormLogin.enc(redirect) + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256", user);
        assertTrue(back.startsWith(redirect), back);
        String code = URI.create(back).getQuery().replaceAll("(^|.*&)code=([^&]*).*", "$2");
        return token("grant_type=authorization_code&client_id=sigti&client_secret=" + FormLogin.enc(System.getProperty(
                "sigti.test.client-secret", "sigti-test-client-secret")) + "&code=" + FormLogin.enc(code)
                + "&redirect_uri=" + FormLogin.enc(redirect) + "&code_verifier=" + verifier);
    }

    /** The claims of a token (its payload, not verified: the test reads what it sent). */
    public static JsonObject claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }

    private static String token(String form) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(REALM + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer::body);
            return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
