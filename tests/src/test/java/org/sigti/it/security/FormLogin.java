package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;

/**
 * A login through Keycloak's form by an HTTP client that keeps cookies as a browser does, over HTTP or HTTPS (trusting
 * the test server's certificate alone). Unlike a browser's, its answers show every header: the cookies SIGTI sets,
 * HttpOnly ones included, with their attributes.
 */
final class FormLogin {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new JsfClient.BrowserCookies()).sslContext(Sigti.trustingTheTestServer()).build();
    private final List<HttpResponse<String>> fromSigti = new ArrayList<>();
    private final String[] headersToSigti;

    private FormLogin(String[] headersToSigti) {
        this.headersToSigti = headersToSigti;
    }

    /**
     * Opens SIGTI's home at {@code base} (its HTTP or HTTPS address), logs in as {@code user} (the password is the user
     * name) on Keycloak's form and comes back; answers SIGTI's answers in order: the redirect to Keycloak, the return
     * that opens the session, the home page. {@code headers} (name, value, ...) go with every request to SIGTI, as a
     * proxy adds them.
     */
    static List<HttpResponse<String>> logIn(String base, String user, String... headers) {
        FormLogin login = new FormLogin(headers);
        String keycloak = login.redirectFromSigti(base + "/");
        HttpResponse<String> form = login.send(Sigti.request(keycloak).GET());
        String credentials = "username=" + enc(user) + "&password=" + enc(user) + "&credentialId=";
        HttpResponse<String> back = login.send(Sigti.request(JsfClient.loginFormAction(form.body()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        String home = login.redirectFromSigti(location(back));
        HttpResponse<String> page = login.toSigti(home);
        assertEquals(200, page.statusCode(), () -> home + " after the login: " + page.body());
        return login.fromSigti;
    }

    /**
     * Logs {@code user} in on Keycloak's form opened at {@code authorizationUrl} (an authorization request of any of the
     * realm's clients) and answers where Keycloak sends the browser back: the client's redirect URI with the
     * authorization code, which this client does not follow.
     */
    static String authorizationRedirect(String authorizationUrl, String user) {
        FormLogin login = new FormLogin(new String[0]);
        HttpResponse<String> form = login.send(Sigti.request(authorizationUrl).GET());
        assertEquals(200, form.statusCode(), () -> authorizationUrl + ": " + form.body());
        String credentials = "username=" + enc(user) + "&password=" + enc(user) + "&credentialId=";
        return location(login.send(Sigti.request(JsfClient.loginFormAction(form.body()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))));
    }

    private String redirectFromSigti(String url) {
        return location(toSigti(url));
    }

    private HttpResponse<String> toSigti(String url) {
        HttpRequest.Builder request = Sigti.request(url).GET();
        for (int i = 0; i + 1 < headersToSigti.length; i += 2) {
            request.header(headersToSigti[i], headersToSigti[i + 1]);
        }
        HttpResponse<String> answer = send(request);
        fromSigti.add(answer);
        return answer;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return JsfClient.exchange(client, request);
    }

    private static String location(HttpResponse<String> answer) {
        assertEquals(302, answer.statusCode(), () -> answer.uri() + ": " + answer.body());
        return answer.headers().firstValue("Location").orElseThrow();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
