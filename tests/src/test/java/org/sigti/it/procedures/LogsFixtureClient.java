package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.sigti.it.Sigti;

/** The client side of {@link LogsFixture}, for S04.03.01.04's tests (the walk and the backup-copies API). */
public final class LogsFixtureClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LogsFixtureClient() {
    }

    /** The single number a query of SIGTI's database answers. */
    public static long number(String select, Object... args) {
        return Long.parseLong(call("/logs-number", Stream.concat(Stream.of("q", select),
                Stream.of(args).flatMap(a -> Stream.of("a", String.valueOf(a)))).toArray(String[]::new)));
    }

    /** A call (POST) of {@link LogsFixture}: {@code name, value} pairs; answers its text. */
    public static String call(String path, String... params) {
        String query = IntStream.range(0, params.length / 2).mapToObj(i -> params[2 * i] + "="
                + URLEncoder.encode(params[2 * i + 1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Sigti.serverUrl()
                    + "/walk-driver" + path + "?" + query)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer::body);
            return answer.body().strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
