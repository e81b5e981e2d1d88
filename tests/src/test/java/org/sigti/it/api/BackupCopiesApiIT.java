package org.sigti.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigti.it.api.Api.json;
import static org.sigti.it.api.Api.post;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.LogsFixture;
import org.sigti.it.procedures.Walk;
import org.sigti.it.security.ApiTokens;

/**
 * {@code POST /api/v1/backup-copies} with real tokens of the test Keycloak: the log backup script of a LOG backup job
 * of S04.03.01.04 (set up in the server: the cycle's steps 1–4, then a run of one job) registers its copy as the
 * Profesional (tecnico.infra) against the run: created, on the run's case; a retry with the same Idempotency-Key
 * registers nothing more; a bad SHA-256 is a problem+json 400 and nothing is written; the help desk's service account
 * (an Operador) gets 403; a Técnico of another institution, or of another unit, gets 403 and the attempt is recorded;
 * no token, 401. The run's case then closes with its copy registered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupCopiesApiIT extends Walk {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    /** A LOG backup job of a signed cycle, run now: its run's (backup task's) id, schedule id and case id. */
    private static long[] run() {
        String year = String.valueOf(LocalDate.now().getYear() + 1);
        Filed c = fileInServer(TECNICO_INFRA, "S04.03.01.04", null, "Logs para la API " + System.nanoTime(),
                "Ciclo anual.");
        actInServer(c, "1", TECNICO_INFRA, "continuar", "sistemas_criticos", "AD", "servidores", "srv-dc01");
        actInServer(c, "2", TECNICO_INFRA, "continuar", "anio", year, "cronograma", "Seguridad; AD; Diaria;"
                + " C:\\Logs; Security.evtx; \\\\bk\\AD; " + year + "-01-04\nAplicacion; AD; Diaria; C:\\Logs;"
                + " Application.evtx; \\\\bk\\AD; " + year + "-01-04\nSistema; AD; Diaria; C:\\Logs; System.evtx;"
                + " \\\\bk\\AD; " + year + "-01-04");
        actInServer(c, "3", RESPONSABLE_INFRA, "firmar");
        actInServer(c, "4", TECNICO_INFRA, "continuar", "script_respaldo", "respaldo-logs.ps1");
        long schedule = number("select max(id) from backup_schedule where target_kind = 'LOG' and name like ?",
                "Log de Seguridad — AD %");
        long task = Long.parseLong(fixture2("/logs-run", "schedule", String.valueOf(schedule)));
        long caseId = number("select case_id from backup_task where id = cast(? as bigint)", task);
        return new long[] {task, schedule, caseId};
    }

    private static String body(long runId, String sha) {
        return copy(Json.createObjectBuilder().add("runId", runId), sha).build().toString();
    }

    private static JsonObjectBuilder copy(JsonObjectBuilder b, String sha) {
        return b.add("file", "Security-" + UUID.randomUUID().toString().substring(0, 8) + ".evtx")
                .add("sizeBytes", 1_048_576).add("sha256", sha).add("location", "\\\\backup01\\logs\\AD")
                .add("takenAt", "2026-12-07T07:00:00Z");
    }

    private static long copies(long task) {
        return number("select count(*) from backup_copy where task_id = cast(? as bigint)", task);
    }

    private static long denials(String username) {
        return number("select count(*) from security_event where username = ? and kind = 'ACCESS_DENIED'", username);
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertEquals(status, answer.statusCode(), answer::body);
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse("").split(";")[0], answer::body);
        JsonObject problem = json(answer);
        assertEquals("urn:sigti:problem:" + type, problem.getString("type"), answer::body);
        assertFalse(answer.body().contains("Exception"), answer::body);
    }

    @Test
    void the_script_registers_its_copy_on_the_run_once_whatever_the_retries() {
        // given
        long[] run = run();
        String token = ApiTokens.person("tecnico.infra");
        String key = "log-copy-" + UUID.randomUUID();
        String sha = "ab".repeat(32);
        String body = body(run[0], sha);

        // when
        HttpResponse<String> created = post("/backup-copies", token, body, "Idempotency-Key", key);
        HttpResponse<String> retried = post("/backup-copies", token, body, "Idempotency-Key", key);

        // then: 201 with the copy on the run's case, and the retry answered with it: one copy
        assertEquals(201, created.statusCode(), created::body);
        JsonObject copy = json(created);
        assertEquals(run[0], copy.getJsonNumber("runId").longValue());
        assertEquals(run[1], copy.getJsonNumber("scheduleId").longValue());
        assertEquals(sha, copy.getString("sha256"));
        assertEquals("SCRIPT", copy.getString("method"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/backup/copy.xhtml?id="
                + copy.getJsonNumber("id")), () -> created.headers().toString());
        assertEquals(200, retried.statusCode(), retried::body);
        assertEquals("true", retried.headers().firstValue("Idempotency-Replayed").orElse(""));
        assertEquals(copy.getJsonNumber("id"), json(retried).getJsonNumber("id"));
        assertEquals(1, copies(run[0]));
        assertEquals(1, number("select count(*) from backup_copy where task_id = cast(? as bigint)"
                + " and case_id = cast(? as bigint) and method = 'SCRIPT' and sha256 = ? and size_bytes = 1048576"
                + " and registered_by = 'tecnico.infra'", run[0], run[2], sha));

        // and a copy named by its schedule goes to the schedule's latest run
        HttpResponse<String> bySchedule = post("/backup-copies", token, copy(Json.createObjectBuilder()
                .add("scheduleId", run[1]), "cd".repeat(32)).build().toString());
        assertEquals(201, bySchedule.statusCode(), bySchedule::body);
        assertEquals(run[0], json(bySchedule).getJsonNumber("runId").longValue());
        assertEquals(2, copies(run[0]));

        // and the run's case closes with its copy registered
        actInServer(new Filed(null, run[2]), "5.R", TECNICO_INFRA, "copia_registrada");
        assertEquals(1, number("select count(*) from backup_task where id = cast(? as bigint) and status = 'DONE'",
                run[0]));
    }

    @Test
    void bad_input_wrong_role_another_institution_or_unit_and_no_token_register_nothing() {
        // given
        long[] run = run();
        String tecnico = ApiTokens.person("tecnico.infra");
        long machineDenials = denials("service-account-" + ApiTokens.OPERADOR_CLIENT);
        long otherInstitutionDenials = denials("tecnico");
        long otherUnitDenials = denials("tecnico.ciber");

        // a SHA-256 that is not 64 hex characters, a negative size: 400, each field named, nothing written
        HttpResponse<String> badSha = post("/backup-copies", tecnico, body(run[0], "xyz"));
        assertProblem(badSha, 400, "invalid");
        assertTrue(json(badSha).getJsonObject("errors").containsKey("sha256"), badSha::body);
        HttpResponse<String> negative = post("/backup-copies", tecnico, Json.createObjectBuilder()
                .add("runId", run[0]).add("file", "x.evtx").add("sizeBytes", -1).add("sha256", "ab".repeat(32))
                .build().toString());
        assertProblem(negative, 400, "invalid");
        assertTrue(json(negative).getJsonObject("errors").containsKey("sizeBytes"), negative::body);
        // the help desk's service account (an Operador): 403, recorded
        assertProblem(post("/backup-copies", ApiTokens.serviceAccount(ApiTokens.OPERADOR_CLIENT),
                body(run[0], "ab".repeat(32))), 403, "forbidden");
        // a Técnico of another institution (AGETIC), and one of another unit of MINDEF (CIBER): 403, recorded
        assertProblem(post("/backup-copies", ApiTokens.person("tecnico"), body(run[0], "ab".repeat(32))), 403,
                "forbidden");
        assertProblem(post("/backup-copies", ApiTokens.person("tecnico.ciber"), body(run[0], "ab".repeat(32))),
                403, "forbidden");
        // a run that does not exist: 403 too (the answer does not tell), recorded
        assertProblem(post("/backup-copies", tecnico, body(Long.MAX_VALUE, "ab".repeat(32))), 403, "forbidden");
        // no token: 401
        assertEquals(401, post("/backup-copies", null, body(run[0], "ab".repeat(32))).statusCode());

        // then nothing was registered, and every denial is recorded
        assertEquals(0, copies(run[0]));
        assertEquals(machineDenials + 1, denials("service-account-" + ApiTokens.OPERADOR_CLIENT));
        assertEquals(otherInstitutionDenials + 1, denials("tecnico"));
        assertEquals(otherUnitDenials + 1, denials("tecnico.ciber"));
        assertTrue(number("select count(*) from security_event where username = 'tecnico.infra'"
                + " and kind = 'ACCESS_DENIED' and action = 'ScriptCopies.register'") >= 1);
    }

    private static long number(String select, Object... args) {
        return org.sigti.it.procedures.LogsFixtureClient.number(select, args);
    }

    private static String fixture2(String path, String... params) {
        return org.sigti.it.procedures.LogsFixtureClient.call(path, params);
    }
}
