package org.sigti.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigti.it.api.Api.json;
import static org.sigti.it.api.Api.number;
import static org.sigti.it.api.Api.post;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.json.Json;
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

/**
 * {@code POST /security-alerts} as a security system of MINDEF calls it, with a real service-account token of the test
 * Keycloak (a Técnico of the cybersecurity team): an alert opens an S04.04.00.03 case at activity 3 in the CIBER
 * queue and its line in the bitácora; the same alert again within the window updates that case (one more
 * occurrence, a note on its trail); once the window has passed (the stored arrival moved back) it opens a new one;
 * a repeated {@code Idempotency-Key} records nothing.
 * A malformed or invalid body is a 400 problem and opens nothing; no token is 401; a caller without the role, or
 * with it in another team, is 403; each refusal is recorded as a security event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityAlertsApiIT {

    private static final String MACHINE = "service-account-" + ApiTokens.CIBER_CLIENT;
    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.earWithFixture(ShrinkWrap.create(WebArchive.class, "api-fixture.war").addClasses(ApiFixture.class,
                AlertAgeFixture.class));
    }

    private static String machine() {
        return ApiTokens.serviceAccount(ApiTokens.CIBER_CLIENT);
    }

    private static String alert(String fingerprint, String title, String severity) {
        return Json.createObjectBuilder().add("source", "fortigate-01").add("fingerprint", fingerprint)
                .add("title", title).add("severity", severity)
                .add("detail", "Regla IPS 4012: intentos de fuerza bruta contra el VPN desde 203.0.113.7").build()
                .toString();
    }

    private static long incidents(String fingerprint) {
        return number("select count(*) from security_incident where fingerprint = ?", fingerprint);
    }

    private static long denials(String username) {
        return number("select count(*) from security_event where username = ? and kind = 'ACCESS_DENIED'", username);
    }

    private static long anonymousDenials() {
        return number("select count(*) from security_event where kind = 'ACCESS_DENIED' and action ="
                + " 'POST /sigti/api/v1/security-alerts' and detail = 'no valid bearer token (401)'");
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertEquals(status, answer.statusCode(), answer::body);
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse("").split(";")[0], answer::body);
        assertEquals(type, json(answer).getString("type"));
        assertFalse(answer.body().contains("Exception"), answer::body);
    }

    @Test
    void the_same_alert_within_the_window_updates_its_case_and_after_the_window_opens_a_new_one() {
        // given
        String fingerprint = "ips-4012:vpn-" + UUID.randomUUID();

        // when: the alert comes, then again
        HttpResponse<String> first = post("/security-alerts", machine(), alert(fingerprint,
                "Fuerza bruta contra el VPN", "high"));
        HttpResponse<String> again = post("/security-alerts", machine(), alert(fingerprint,
                "Fuerza bruta contra el VPN", "critical"));

        // then: one case, opened at activity 3 in the cybersecurity team's queue, with two occurrences
        assertEquals(201, first.statusCode(), first::body);
        JsonObject opened = json(first);
        assertTrue(opened.getBoolean("opened"));
        String number = opened.getString("case");
        long caseId = opened.getJsonNumber("caseId").longValue();
        assertEquals(Api.BASE + "/cases/" + number, first.headers().firstValue("Location").orElseThrow());
        assertEquals(200, again.statusCode(), again::body);
        assertFalse(json(again).getBoolean("opened"));
        assertEquals(number, json(again).getString("case"));
        assertEquals(2, json(again).getInt("occurrences"));
        assertEquals(1, incidents(fingerprint));
        assertEquals(1, number("select count(*) from work_case where id = cast(? as bigint) and procedure_code ="
                + " 'S04.04.00.03' and institution_code = 'MINDEF' and status = 'OPEN'", caseId));
        assertEquals(1, number("select count(*) from work_item where case_id = cast(? as bigint) and step_code = '3'"
                + " and status = 'OPEN' and role_name = 'Tecnico' and unit_code = 'CIBER'", caseId));
        assertEquals(1, number("select count(*) from security_incident where case_id = cast(? as bigint) and origin ="
                + " 'SECURITY_ALERT' and occurrences = 2 and severity = 'critical' and alert_source = 'fortigate-01'",
                caseId));
        assertEquals(2, number("select count(*) from security_alert_occurrence o join security_incident i on"
                + " i.id = o.incident_id where i.case_id = cast(? as bigint) and o.received_by = ?", caseId, MACHINE));
        assertEquals(1, number("select count(*) from case_event where case_id = cast(? as bigint) and action ="
                + " 'ALERT'", caseId));

        // when: the window has passed since the last arrival, and the alert comes once more
        assertEquals("1", age(caseId, 48));
        HttpResponse<String> later = post("/security-alerts", machine(), alert(fingerprint,
                "Fuerza bruta contra el VPN", "high"));

        // then: a new incident and case
        assertEquals(201, later.statusCode(), later::body);
        assertTrue(json(later).getBoolean("opened"));
        assertNotEquals(number, json(later).getString("case"));
        assertEquals(2, incidents(fingerprint));
    }

    @Test
    void a_repeated_idempotency_key_records_the_alert_once() {
        // given
        String fingerprint = "av-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = alert(fingerprint, "Troyano detectado por el antivirus", "medium");

        // when: the same request twice with one key, then with another key
        HttpResponse<String> first = post("/security-alerts", machine(), body, "Idempotency-Key", key);
        HttpResponse<String> retry = post("/security-alerts", machine(), body, "Idempotency-Key", key);
        HttpResponse<String> other = post("/security-alerts", machine(), body, "Idempotency-Key",
                UUID.randomUUID().toString());

        // then: the retry recorded nothing; the other key counts one more occurrence of the same incident
        assertEquals(201, first.statusCode(), first::body);
        assertEquals(200, retry.statusCode(), retry::body);
        assertEquals("true", retry.headers().firstValue("Idempotency-Replayed").orElse(""));
        assertEquals(json(first).getString("case"), json(retry).getString("case"));
        assertEquals(1, json(retry).getInt("occurrences"));
        assertEquals(200, other.statusCode(), other::body);
        assertEquals("false", other.headers().firstValue("Idempotency-Replayed").orElse(""));
        assertEquals(2, json(other).getInt("occurrences"));
        assertEquals(1, incidents(fingerprint));
        assertEquals(2, number("select count(*) from security_alert_occurrence o join security_incident i on"
                + " i.id = o.incident_id where i.fingerprint = ?", fingerprint));
    }

    @Test
    void identical_alerts_sent_together_open_one_incident_and_one_key_sent_together_records_once() throws Exception {
        // given a security system that sends the same alert six times at once, then one request four times at once
        String fingerprint = "ips-" + UUID.randomUUID();
        String token = machine();
        String body = alert(fingerprint, "Ráfaga de intentos de acceso al VPN", "high");
        String key = UUID.randomUUID().toString();

        // when
        List<HttpResponse<String>> burst = together(6, () -> post("/security-alerts", token, body));
        List<HttpResponse<String>> retries = together(4, () -> post("/security-alerts", token, body,
                "Idempotency-Key", key));

        // then: one incident, opened by one of the six (201) and repeated by the others (200); the key counted once
        assertEquals(List.of(200, 200, 200, 200, 200, 201), burst.stream().map(HttpResponse::statusCode).sorted()
                .toList(), () -> burst.stream().map(HttpResponse::body).toList().toString());
        assertEquals(1, burst.stream().map(a -> json(a).getString("case")).distinct().count());
        assertEquals(List.of(200, 200, 200, 200), retries.stream().map(HttpResponse::statusCode).toList());
        assertEquals(List.of("false", "true", "true", "true"), retries.stream().map(a -> a.headers()
                .firstValue("Idempotency-Replayed").orElse("")).sorted().toList());
        assertEquals(1, incidents(fingerprint));
        assertEquals(7, number("select count(*) from security_alert_occurrence o join security_incident i on"
                + " i.id = o.incident_id where i.fingerprint = ?", fingerprint));
    }

    /** The answers of {@code n} requests released at the same instant, in the order they were started. */
    private static List<HttpResponse<String>> together(int n, Supplier<HttpResponse<String>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> done = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_malformed_or_invalid_alert_is_a_400_problem_and_opens_nothing() {
        // given
        String fingerprint = "bad-" + UUID.randomUUID();
        long before = number("select count(*) from work_case where procedure_code = 'S04.04.00.03'");

        // when
        HttpResponse<String> notJson = post("/security-alerts", machine(), "{\"source\": \"waf\", \"fingerprint\": ");
        HttpResponse<String> noSeverity = post("/security-alerts", machine(), Json.createObjectBuilder()
                .add("source", "waf-01").add("fingerprint", fingerprint).add("title", "Inyección SQL bloqueada")
                .build().toString());
        HttpResponse<String> badSeverity = post("/security-alerts", machine(), alert(fingerprint,
                "Inyección SQL bloqueada", "urgentísima"), "Accept-Language", "en");
        HttpResponse<String> unknown = post("/security-alerts", machine(), Json.createObjectBuilder()
                .add("source", "waf-01").add("fingerprint", fingerprint).add("title", "Inyección SQL bloqueada")
                .add("severity", "low").add("priority", 1).build().toString());

        // then
        assertProblem(notJson, 400, "urn:sigti:problem:malformed");
        assertProblem(noSeverity, 400, "urn:sigti:problem:invalid");
        assertEquals("es obligatorio", json(noSeverity).getJsonObject("errors").getString("severity"));
        assertProblem(badSeverity, 400, "urn:sigti:problem:invalid");
        assertEquals("is not a valid option", json(badSeverity).getJsonObject("errors").getString("severity"),
                badSeverity::body);
        assertProblem(unknown, 400, "urn:sigti:problem:invalid");
        assertTrue(json(unknown).getJsonObject("errors").containsKey("priority"), unknown::body);
        assertEquals(0, incidents(fingerprint));
        assertEquals(before, number("select count(*) from work_case where procedure_code = 'S04.04.00.03'"));
    }

    @Test
    void without_a_token_401_and_without_the_role_or_outside_the_team_403_each_denial_recorded() {
        // given
        String fingerprint = "denied-" + UUID.randomUUID();
        String body = alert(fingerprint, "Malware en estación de trabajo", "medium");
        String noRole = "service-account-" + ApiTokens.NO_ROLE_CLIENT;
        String operador = "service-account-" + ApiTokens.OPERADOR_CLIENT;
        long deniedNoRole = denials(noRole);
        long deniedOperador = denials(operador);
        long deniedInfra = denials("tecnico.infra");
        long deniedAnonymous = anonymousDenials();

        // when
        HttpResponse<String> anonymous = post("/security-alerts", null, body);
        HttpResponse<String> withoutRole = post("/security-alerts", ApiTokens.serviceAccount(ApiTokens.NO_ROLE_CLIENT),
                body);
        HttpResponse<String> helpDesk = post("/security-alerts", ApiTokens.serviceAccount(ApiTokens.OPERADOR_CLIENT),
                body);
        HttpResponse<String> otherTeam = post("/security-alerts", ApiTokens.person("tecnico.infra"), body);

        // then
        assertProblem(anonymous, 401, "urn:sigti:problem:unauthorized");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(deniedAnonymous + 1, anonymousDenials());
        assertProblem(withoutRole, 403, "urn:sigti:problem:forbidden");
        assertEquals(deniedNoRole + 1, denials(noRole));
        assertProblem(helpDesk, 403, "urn:sigti:problem:forbidden");
        assertEquals(deniedOperador + 1, denials(operador));
        assertProblem(otherTeam, 403, "urn:sigti:problem:forbidden");
        assertEquals(deniedInfra + 1, denials("tecnico.infra"));
        assertEquals(0, incidents(fingerprint));
    }

    private static String age(long caseId, int hours) {
        HttpResponse<String> answer = Api.send(Sigti.request(Sigti.serverUrl() + "/api-fixture/age-alert?case="
                + caseId + "&hours=" + hours).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.statusCode(), answer::body);
        return answer.body().strip();
    }
}
