package org.sigti.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigti.it.api.Api.draft;
import static org.sigti.it.api.Api.get;
import static org.sigti.it.api.Api.json;
import static org.sigti.it.api.Api.number;
import static org.sigti.it.api.Api.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.Sigti;
import org.sigti.it.security.ApiTokens;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The REST API ({@code /sigti/api/v1}) as a machine and a person call it, with real tokens of the test Keycloak: a
 * service account acting as an Operador of AGETIC's help desk (AIT) and people of the demo realm. Cases are filed,
 * read and listed through the same services as the screens; refusals are problem details and recorded denials; an
 * {@code Idempotency-Key} files one case however often the request comes; the published OpenAPI document validates
 * and lists exactly what the server answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasesApiIT {

    private static final String PR01 = "UGAT/AIT-PR01";
    private static final String MACHINE = "service-account-" + ApiTokens.OPERADOR_CLIENT;
    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.earWithFixture(ShrinkWrap.create(WebArchive.class, "api-fixture.war").addClass(ApiFixture.class));
    }

    private static String machine() {
        return ApiTokens.serviceAccount(ApiTokens.OPERADOR_CLIENT);
    }

    private static String title(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long cases(String title) {
        return number("select count(*) from work_case where title = ?", title);
    }

    private static long denials(String username) {
        return number("select count(*) from security_event where username = ? and kind = 'ACCESS_DENIED'", username);
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertEquals(status, answer.statusCode(), answer::body);
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse("").split(";")[0], answer::body);
        JsonObject problem = json(answer);
        assertEquals(status, problem.getInt("status"));
        assertEquals(type, problem.getString("type"));
        assertFalse(problem.getString("title").isBlank());
        assertTrue(problem.getString("instance").startsWith("/sigti/api/v1/"), answer::body);
        assertFalse(answer.body().contains("Exception") || answer.body().contains("at org."), answer::body);
    }

    @Test
    void a_service_account_files_a_case_reads_it_and_finds_it_in_its_inbox_and_requests() {
        // given
        String title = title("Servidor de correo sin respuesta");

        // when
        HttpResponse<String> created = post("/cases", machine(), draft(PR01, title));

        // then: 201, where it is, and the case waiting at step 2 for the help desk
        assertEquals(201, created.statusCode(), created::body);
        JsonObject body = json(created);
        String number = body.getString("number");
        long id = body.getJsonNumber("id").longValue();
        assertEquals(Api.BASE + "/cases/" + number, created.headers().firstValue("Location").orElseThrow());
        assertEquals(Api.BASE + "/cases/" + number, body.getJsonObject("links").getString("self"));
        assertEquals(PR01, body.getJsonObject("procedure").getString("code"));
        assertEquals("OPEN", body.getString("state"));
        assertEquals(MACHINE, body.getString("requester"));
        JsonObject step = body.getJsonArray("currentSteps").getJsonObject(0);
        assertEquals("2", step.getString("code"));
        assertEquals("Operador", step.getString("role"));
        assertEquals("AIT", step.getString("unit"));
        assertTrue(Instant.parse(body.getString("created")).isAfter(Instant.now().minusSeconds(300)));
        // the service account acts in its token's unit and institution
        assertEquals(1, number("select count(*) from work_case where id = cast(? as bigint) and requester_username = ?"
                + " and institution_code = 'AGETIC' and channel = 'MONITORING'", id, MACHINE));

        // when: read by number and by id
        HttpResponse<String> byNumber = get("/cases/" + number, machine());
        HttpResponse<String> byId = get("/cases/" + id, machine(), "Accept-Language", "en");

        // then
        assertEquals(200, byNumber.statusCode(), byNumber::body);
        assertEquals(id, json(byNumber).getJsonNumber("id").longValue());
        assertEquals(200, byId.statusCode(), byId::body);
        assertEquals("Identify, analyse and register the problem", json(byId).getJsonArray("currentSteps")
                .getJsonObject(0).getString("title"));

        // then: in "Mi bandeja" (the AIT Operadores' queue) and in "Mis solicitudes"
        assertTrue(listed("mine", number), "the case in the service account's inbox");
        assertTrue(listed("requested", number), "the case in the service account's requests");
    }

    /** Whether a case is on some page of the machine's list of {@code scope}, reading page after page. */
    private static boolean listed(String scope, String number) {
        for (int page = 0; page < 20; page++) {
            HttpResponse<String> answer = get("/cases?scope=" + scope + "&size=100&page=" + page, machine());
            assertEquals(200, answer.statusCode(), answer::body);
            JsonObject list = json(answer);
            assertEquals(scope, list.getString("scope"));
            assertEquals(page, list.getInt("page"));
            assertTrue(list.getJsonNumber("total").longValue() <= 1000);
            if (list.getJsonArray("items").stream().anyMatch(item -> item.toString().contains("\"" + number + "\""))) {
                return true;
            }
            if (list.getJsonArray("items").isEmpty()) {
                return false;
            }
        }
        return false;
    }

    @Test
    void a_person_files_and_reads_with_their_own_token_and_sees_what_they_may_file() {
        // given
        String title = title("Impresora del piso 3 atascada");

        // when
        HttpResponse<String> created = post("/cases", ApiTokens.person("solicitante"), draft(PR01, title));
        HttpResponse<String> procedures = get("/procedures", ApiTokens.person("solicitante"));

        // then
        assertEquals(201, created.statusCode(), created::body);
        assertEquals("solicitante", json(created).getString("requester"));
        assertEquals(1, cases(title));
        assertEquals(200, procedures.statusCode(), procedures::body);
        assertTrue(procedures.body().contains("\"" + PR01 + "\""), procedures::body);
    }

    @Test
    void another_units_case_and_another_institutions_are_refused_and_each_denial_recorded() {
        // given: a case of the AIT help desk
        JsonObject filed = json(post("/cases", machine(), draft(PR01, title("Acceso a la VPN"))));
        String number = filed.getString("number");
        long deniedUpat = denials("tecnico.upat");
        long deniedMindef = denials("solicitante.mindef");

        // when: a Técnico of UPAT (another unit) by id, a MINDEF person (another institution) by number
        HttpResponse<String> otherUnit = get("/cases/" + filed.getJsonNumber("id"), ApiTokens.person("tecnico.upat"));
        HttpResponse<String> otherInstitution = get("/cases/" + number, ApiTokens.person("solicitante.mindef"),
                "Accept-Language", "en-US,en;q=0.9");

        // then
        assertProblem(otherUnit, 403, "urn:sigti:problem:forbidden");
        assertEquals("Acceso denegado", json(otherUnit).getString("title"));
        assertEquals(deniedUpat + 1, denials("tecnico.upat"));
        assertEquals(1, number("select count(*) from security_event where username = 'tecnico.upat'"
                + " and object_type = 'case' and object_id = ?", String.valueOf(filed.getJsonNumber("id"))));
        assertProblem(otherInstitution, 403, "urn:sigti:problem:forbidden");
        assertEquals("Access denied", json(otherInstitution).getString("title"));
        assertEquals(deniedMindef + 1, denials("solicitante.mindef"));
    }

    @Test
    void without_a_token_the_api_answers_401_bearer_and_never_the_login_page() {
        for (HttpResponse<String> answer : List.of(get("/cases", null), get("/cases", null, "Accept", "text/html"),
                post("/cases", null, draft(PR01, "Sin credenciales")), get("/procedures", null))) {
            assertProblem(answer, 401, "urn:sigti:problem:unauthorized");
            assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                    () -> answer.headers().map().toString());
            assertTrue(answer.headers().firstValue("Location").isEmpty(), () -> answer.headers().map().toString());
        }
    }

    @Test
    void a_forged_or_garbled_token_is_401() {
        // given: a real token whose payload says someone else, under the original signature
        String[] parts = machine().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(MACHINE, "jefe");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(
                StandardCharsets.UTF_8)) + "." + parts[2];

        // then
        for (String token : List.of(forged, "no-es-un-token", parts[0] + "." + parts[1] + ".")) {
            HttpResponse<String> answer = get("/cases", token);
            assertEquals(401, answer.statusCode(), answer::body);
            assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
    }

    @Test
    void an_expired_token_is_401() throws InterruptedException {
        // given: a token of the test realm (10 s), used once
        String token = machine();
        assertEquals(200, get("/procedures", token).statusCode());
        long expires = ApiTokens.claims(token).getJsonNumber("exp").longValue();

        // when: its expiry has passed
        while (Instant.now().getEpochSecond() <= expires + 1) {
            Thread.sleep(250);
        }
        HttpResponse<String> answer = get("/procedures", token);

        // then
        assertEquals(401, answer.statusCode(), answer::body);
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void a_caller_without_the_role_gets_403_and_the_denial_is_recorded() {
        // given
        String noRole = "service-account-" + ApiTokens.NO_ROLE_CLIENT;
        long before = denials(noRole);
        long machineBefore = denials(MACHINE);

        // when: a token without any SIGTI role; an Operador asking for the whole office's inbox
        HttpResponse<String> list = get("/cases", ApiTokens.serviceAccount(ApiTokens.NO_ROLE_CLIENT));
        HttpResponse<String> create = post("/cases", ApiTokens.serviceAccount(ApiTokens.NO_ROLE_CLIENT),
                draft(PR01, "Sin rol en SIGTI"));
        HttpResponse<String> office = get("/cases?scope=office", machine());

        // then
        assertProblem(list, 403, "urn:sigti:problem:forbidden");
        assertProblem(create, 403, "urn:sigti:problem:forbidden");
        assertEquals(before + 2, denials(noRole));
        assertEquals(0, cases("Sin rol en SIGTI"));
        assertProblem(office, 403, "urn:sigti:problem:forbidden");
        assertEquals(machineBefore + 1, denials(MACHINE));
    }

    @Test
    void a_malformed_or_invalid_body_is_a_400_problem_and_files_nothing() {
        // given
        long before = number("select count(*) from work_case where requester_username = ?", MACHINE);

        // when
        HttpResponse<String> notJson = post("/cases", machine(), "{\"procedure\": \"" + PR01 + "\", \"title\": ");
        HttpResponse<String> noTitle = post("/cases", machine(), "{\"procedure\":\"" + PR01 + "\"}");
        HttpResponse<String> unknown = post("/cases", machine(), draft("NO/EXISTE-PR99", "Procedimiento inexistente"),
                "Accept-Language", "en");
        HttpResponse<String> shortTitle = post("/cases", machine(), draft(PR01, "abc"));
        HttpResponse<String> badKey = post("/cases", machine(), draft(PR01, "Clave de idempotencia con espacios"),
                "Idempotency-Key", "con espacios");

        // then
        assertProblem(notJson, 400, "urn:sigti:problem:malformed");
        assertEquals("Solicitud mal formada", json(notJson).getString("title"));
        assertProblem(noTitle, 400, "urn:sigti:problem:invalid");
        assertEquals("es obligatorio", json(noTitle).getJsonObject("errors").getString("title"));
        assertProblem(unknown, 400, "urn:sigti:problem:invalid");
        assertEquals("Invalid data", json(unknown).getString("title"));
        assertTrue(json(unknown).getJsonObject("errors").containsKey("procedure"), unknown::body);
        assertProblem(shortTitle, 400, "urn:sigti:problem:invalid");
        assertEquals("debe tener al menos 5 caracteres", json(shortTitle).getJsonObject("errors").getString("title"));
        assertProblem(badKey, 400, "urn:sigti:problem:invalid");
        assertTrue(json(badKey).getJsonObject("errors").getString("Idempotency-Key").contains("255"), badKey::body);
        assertEquals(before, number("select count(*) from work_case where requester_username = ?", MACHINE));
    }

    @Test
    void a_repeated_idempotency_key_files_one_case_and_another_key_files_another() {
        // given
        String title = title("Disco lleno en el servidor de archivos");
        String key = UUID.randomUUID().toString();

        // when
        HttpResponse<String> first = post("/cases", machine(), draft(PR01, title), "Idempotency-Key", key);
        HttpResponse<String> retry = post("/cases", machine(), draft(PR01, title), "Idempotency-Key", key);

        // then
        assertEquals(201, first.statusCode(), first::body);
        assertEquals(200, retry.statusCode(), retry::body);
        assertEquals("true", retry.headers().firstValue("Idempotency-Replayed").orElse(""));
        assertEquals(json(first).getString("number"), json(retry).getString("number"));
        assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
        assertEquals(1, cases(title));
        assertEquals(1, number("select count(*) from api_idempotency_key where username = ? and request_key = ?"
                + " and case_id = cast(? as bigint)", MACHINE, key, json(first).getJsonNumber("id").longValue()));

        // when: the same request with another key, and the first key with another request
        HttpResponse<String> other = post("/cases", machine(), draft(PR01, title), "Idempotency-Key",
                UUID.randomUUID().toString());
        HttpResponse<String> reused = post("/cases", machine(), draft(PR01, title + " (otro)"), "Idempotency-Key",
                key);

        // then
        assertEquals(201, other.statusCode(), other::body);
        assertNotEquals(json(first).getString("number"), json(other).getString("number"));
        assertEquals(2, cases(title));
        assertProblem(reused, 422, "urn:sigti:problem:idempotency-reused");
        assertEquals(0, cases(title + " (otro)"));
    }

    @Test
    void two_concurrent_posts_with_one_key_file_one_case() throws Exception {
        // given
        String title = title("Caída del enlace de datos");
        String key = UUID.randomUUID().toString();
        String token = machine();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // when
            List<CompletableFuture<HttpResponse<String>>> posts = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return post("/cases", token, draft(PR01, title), "Idempotency-Key", key);
                    }, pool)).toList();
            start.countDown();
            List<HttpResponse<String>> answers = posts.stream().map(CompletableFuture::join).toList();

            // then: one filed (201), one answered with it (200)
            Set<Integer> statuses = new TreeSet<>();
            answers.forEach(a -> statuses.add(a.statusCode()));
            assertEquals(Set.of(200, 201), statuses,
                    () -> answers.stream().map(HttpResponse::body).toList().toString());
            assertEquals(json(answers.get(0)).getString("number"), json(answers.get(1)).getString("number"));
            assertEquals(1, cases(title));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_published_openapi_document_is_public_valid_and_every_operation_answers() {
        // when
        HttpResponse<String> document = get("/openapi.yaml", null);

        // then
        assertEquals(200, document.statusCode(), document::body);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, options);
        assertTrue(parsed.getMessages().isEmpty(), () -> parsed.getMessages().toString());
        OpenAPI api = parsed.getOpenAPI();
        Set<String> operations = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> operations.add(method + " " + path)));
        assertEquals(Set.of("GET /cases", "POST /cases", "GET /cases/{ref}", "GET /procedures", "GET /openapi.yaml",
                "POST /backup-copies", "POST /security-alerts"),
                operations);
        assertEquals("/sigti/api/v1", api.getServers().get(0).getUrl());

        // then: each documented GET is served (POST /cases is the other tests')
        String number = json(post("/cases", machine(), draft(PR01, title("Documento OpenAPI")))).getString("number");
        for (String path : List.of("/cases", "/cases/" + number, "/procedures")) {
            HttpResponse<String> answer = get(path, machine());
            assertEquals(200, answer.statusCode(), () -> path + ": " + answer.body());
            assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        }
    }
}
