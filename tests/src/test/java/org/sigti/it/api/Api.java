package org.sigti.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.sigti.it.Sigti;

/** The REST API as its clients call it, and the database as {@link ApiFixture} reads it, for the API tests. */
final class Api {

    static final String BASE = Sigti.BASE_URL + "/api/v1";
    private static final String FIXTURE = Sigti.serverUrl() + "/api-fixture/number";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Api() {
    }

    /** A request to {@code url} (a path below /v1, or a whole URL), with headers (name, value, ...). */
    static HttpRequest.Builder request(String url, String token, String... headers) {
        HttpRequest.Builder request = Sigti.request(url.startsWith("http") ? url : BASE + url);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    static HttpResponse<String> get(String url, String token, String... headers) {
        return send(request(url, token, headers).GET());
    }

    static HttpResponse<String> post(String url, String token, String json, String... headers) {
        return send(request(url, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** The body of a new case of {@code procedure}. */
    static String draft(String procedure, String title) {
        return Json.createObjectBuilder().add("procedure", procedure).add("title", title)
                .add("description", "Registrado por la API en una prueba").add("channel", "MONITORING").build()
                .toString();
    }

    /** The single number a query of SIGTI's database answers (a count, an id). */
    static long number(String select, Object... args) {
        String url = FIXTURE + "?q=" + URLEncoder.encode(select, StandardCharsets.UTF_8) + Stream.of(args)
                .map(a -> "&a=" + URLEncoder.encode(String.valueOf(a), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
        HttpResponse<String> answer = send(Sigti.request(url).GET());
        assertEquals(200, answer.statusCode(), answer::body);
        return Long.parseLong(answer.body().strip());
    }
}
