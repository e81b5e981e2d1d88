package org.sigti.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.backup.BackupException;
import org.sigti.backup.BackupProblem;
import org.sigti.backup.BackupTargets;
import org.sigti.backup.PasswordSource;
import org.sigti.backup.PgCopies;
import org.sigti.backup.PgCopyProgress;
import org.sigti.backup.PgCopyStatus;
import org.sigti.backup.Restores;
import org.sigti.backup.TargetEdit;
import org.sigti.backup.TargetView;
import org.sigti.backup.VerificationResult;
import org.sigti.db.DatabaseSettings;
import org.sigti.db.DbKind;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.NewCase;

/**
 * Copies SIGTI makes itself with pg_dump (GitHub issue 5 item 4), inside the deployed EAR, against real PostgreSQL:
 * the throw-away cluster test-env.sh starts on SIGTI_TEST_PG_PORT with known rows (in both CI phases), and, when
 * SIGTI itself runs on PostgreSQL (CI phase 2), SIGTI's own database. A copy's file has the recorded size and
 * SHA-256, its restore verifies, and the same file with bytes flipped in the middle fails verification and opens an
 * S04.03.01.05 incident in the queue of MINDEF's infrastructure team (unit INFRA), committed even though the caller
 * rolls back.
 */
@ExtendWith(ArquillianExtension.class)
class PgCopyIT {

    private static final Actor SOLICITANTE = new Actor("copy.solicitante", "Sonia Copia", null,
            List.of("Solicitante"), "RRHH");
    /** MINDEF's requester of a restore (S04.03.02.02), whose case a MINDEF copy hangs from. */
    private static final Actor MINDEF_SOLICITANTE = new Actor("copy.mindef", "Mara Copia", null,
            List.of("Solicitante"), "DGA", "MINDEF");
    private static final Map<String, Long> SEEDED = Map.of("public.cliente", 1000L, "ventas.factura", 2500L,
            "public.vacia", 0L);

    @EJB(lookup = AsRole.RESPONSABLE)
    AsRole responsable;

    @EJB
    BackupTargets targets;

    @EJB
    PgCopies copies;

    @EJB
    Restores restores;

    @Inject
    CaseEngine engine;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "pgcopy-probe.war")
                .addClasses(PgCopyIT.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
    }

    @BeforeEach
    void statements() {
        sql = new Sql(db);
    }

    @Test
    void copies_a_target_verifies_it_and_a_corrupted_file_fails_and_opens_an_incident() throws Exception {
        // given
        long targetId = responsable.call(() -> targets.save(new TargetEdit(null, "Ventas IT " + System.nanoTime(),
                false, "127.0.0.1", Integer.valueOf(System.getenv("SIGTI_TEST_PG_PORT")), "copy_source",
                "sigti_copy", PasswordSource.ENV, "SIGTI_TARGET_COPY_SOURCE", null, null, "disco local")));
        String version = responsable.call(() -> targets.testConnection(targetId));
        assertTrue(version.startsWith("1"), version);
        TargetView target = responsable.call(() -> targets.get(targetId));
        assertEquals("copy_source_sigti_verify", target.scratchDatabase());
        long caseId = newCase("Copia de respaldo de la base de ventas");

        // when
        PgCopyProgress done = copy(caseId, targetId);

        // then: the file is where SIGTI says, with the recorded size and SHA-256, and the counts of the snapshot
        Path file = Path.of(System.getenv("SIGTI_BACKUP_DIR")).resolve(done.fileName());
        assertTrue(Files.isRegularFile(file), file::toString);
        assertTrue(done.fileName().matches("Ventas_IT_\\d+-\\d{8}-\\d{6}\\.dump"), done.fileName());
        assertEquals(Files.size(file), done.bytesWritten());
        assertEquals(sha256(file), done.sha256());
        assertEquals(SEEDED, responsable.call(() -> copies.rowCounts(done.runId())));
        assertEquals("PG_DUMP", sql.textOrNull("select method from backup_copy where id = ?", done.copyId()));
        assertEquals(String.valueOf(caseId), sql.textOrNull("select case_id from backup_copy where id = ?",
                done.copyId()));
        // the run is AGETIC's, as its case: listed to AGETIC, neither listed nor shown to MINDEF
        assertTrue(responsable.call(() -> copies.recent(0, 100)).stream().anyMatch(r -> r.runId() == done.runId()));
        assertFalse(responsable.callIn("MINDEF", () -> copies.recent(0, 100)).stream()
                .anyMatch(r -> r.runId() == done.runId()));
        assertThrows(AccessDeniedException.class, () -> responsable.callIn("MINDEF",
                () -> copies.progress(done.runId())));
        assertEquals("PgCopies.progress,pg_copy_run;", sql.rows("select action, object_type from security_event"
                + " where object_type = 'pg_copy_run' and object_id = ? order by id", String.valueOf(done.runId())));

        // when: verified as it is
        VerificationResult ok = responsable.call(() -> copies.verify(done.copyId()));

        // then
        assertTrue(ok.verified(), ok::detail);
        assertNull(ok.incidentCaseId());
        assertTrue(ok.detail().contains("3 tablas"), ok::detail);
        assertEquals("VERIFIED", sql.textOrNull("select verification from backup_copy where id = ?", done.copyId()));

        // when: bytes flipped in the middle, verified by a caller whose own transaction then rolls back
        flipMiddle(file);
        assertThrows(Exception.class, () -> responsable.call(() -> {
            copies.verify(done.copyId());
            throw new IllegalStateException("the caller's transaction rolls back");
        }));

        // then: the FAILED mark and the incident are there all the same
        assertEquals("FAILED", sql.textOrNull("select verification from backup_copy where id = ?", done.copyId()));
        assertTrue(sql.textOrNull("select verification_detail from backup_copy where id = ?", done.copyId())
                .contains("SHA-256"));
        String incident = sql.textOrNull("select incident_case_id from pg_copy_run where id = ?", done.runId());
        assertNotNull(incident, "no incident linked to the run");
        long incidentId = Long.parseLong(incident);
        assertEquals("S04.03.01.05", sql.textOrNull("select procedure_code from work_case where id = ?", incidentId));
        assertTrue(sql.textOrNull("select title from work_case where id = ?", incidentId).contains(done.fileName()));
        assertEquals("INFRA", sql.textOrNull("select q.unit_code from work_item i join work_queue q"
                + " on q.code = i.queue_code and q.institution_code = i.institution_code"
                + " where i.case_id = ? and i.status = 'OPEN'", incidentId), "MINDEF's own infrastructure team");
        assertTrue(sql.textOrNull("select value_text from case_field where case_id = ? and name = 'copia_respaldo'",
                incidentId).startsWith(done.copyId() + " "));

        // and a second failing verification says so again, with a new incident
        VerificationResult bad = responsable.call(() -> copies.verify(done.copyId()));
        assertFalse(bad.verified());
        assertNotNull(bad.incidentNumber());
    }

    @Test
    void sigti_s_own_database_is_copied_when_it_runs_on_postgresql() throws Exception {
        boolean postgresql = DatabaseSettings.fromSystem().kind() == DbKind.POSTGRESQL;
        TargetEdit own = new TargetEdit(null, "SIGTI " + System.nanoTime(), true, null, null, null, null, null,
                null, null, null, "disco local; nube privada");
        if (!postgresql) {
            // on H2 there is nothing pg_dump could copy: the target is refused, and not offered
            assertFalse(responsable.call(() -> targets.ownDatabaseAddable()));
            BackupException refused = assertThrows(BackupException.class,
                    () -> responsable.call(() -> targets.save(own)));
            assertEquals(BackupProblem.OWN_DATABASE_NOT_POSTGRESQL, refused.getProblem());
            return;
        }
        long targetId = responsable.call(() -> targets.save(own));
        TargetView view = responsable.call(() -> targets.get(targetId));
        assertTrue(view.ownDatabase());
        assertEquals(view.database() + "_sigti_verify", view.scratchDatabase());
        long caseId = newCase("Copia de respaldo de la base de datos de SIGTI");

        PgCopyProgress done = copy(caseId, targetId);
        Path file = Path.of(System.getenv("SIGTI_BACKUP_DIR")).resolve(done.fileName());
        assertEquals(sha256(file), done.sha256());
        Map<String, Long> counts = responsable.call(() -> copies.rowCounts(done.runId()));
        assertTrue(counts.containsKey("public.work_case") && counts.get("public.work_case") > 0, counts::toString);

        VerificationResult ok = responsable.call(() -> copies.verify(done.copyId()));
        assertTrue(ok.verified(), ok::detail);
        assertEquals("disco local; nube privada",
                sql.textOrNull("select locations from backup_copy where id = ?", done.copyId()));
    }

    @Test
    void a_target_names_neither_sigtis_own_secrets_nor_a_file_outside_the_pgpass_folder() throws Exception {
        int port = Integer.parseInt(System.getenv("SIGTI_TEST_PG_PORT"));
        // "Probar conexión" would send the variable's value to the host typed: SIGTI's own secrets are refused
        for (String secret : List.of("SIGTI_OIDC_CLIENT_SECRET", "SIGTI_DB_PASSWORD", "SIGTI_TEST_PG_PASSWORD", "PATH",
                "sigti_target_copy_source")) {
            String name = "Fuga " + System.nanoTime();
            BackupException refused = assertThrows(BackupException.class, () -> responsable.call(() -> targets.save(
                    new TargetEdit(null, name, false, "127.0.0.1", port, "copy_source", "sigti_copy",
                            PasswordSource.ENV, secret, null, null, "disco local"))));
            assertEquals(BackupProblem.PASSWORD_REF_NOT_ALLOWED, refused.getProblem(), secret);
            assertEquals(0L, sql.number("select count(*) from backup_target where name = ?", name), secret);
        }
        // no pgpass folder is configured here: no file is accepted, /etc/passwd least of all
        BackupException file = assertThrows(BackupException.class, () -> responsable.call(() -> targets.save(
                new TargetEdit(null, "Archivo " + System.nanoTime(), false, "127.0.0.1", port, "copy_source",
                        "sigti_copy", PasswordSource.PGPASS, "/etc/passwd", null, null, "disco local"))));
        assertEquals(BackupProblem.PGPASS_NOT_ALLOWED, file.getProblem());

        // a target saved before these rules (written as it was) cannot be used either: checked at each use
        long old = java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        sql.update("insert into backup_target (id, institution_code, name, own_database, host, port, database_name,"
                + " user_name, password_source, password_ref, locations, created_by, created_at, updated_at,"
                + " version) values (?, 'AGETIC', ?, FALSE, '127.0.0.1', ?, 'copy_source', 'sigti_copy', 'ENV',"
                + " 'SIGTI_OIDC_CLIENT_SECRET', 'disco local', 'responsable', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                + " 0)", old, "Antiguo " + old, port);
        BackupException used = assertThrows(BackupException.class,
                () -> responsable.call(() -> targets.testConnection(old)));
        assertEquals(BackupProblem.PASSWORD_REF_NOT_ALLOWED, used.getProblem());
    }

    @Test
    void another_institutions_copy_asked_for_by_id_is_refused_and_each_attempt_is_recorded() throws Exception {
        // given: a copy registered on a MINDEF case (a restore request's), so MINDEF's
        long mindefCase = responsable.call(() -> engine.start("S04.03.02.02", MINDEF_SOLICITANTE, new NewCase(
                "Restaurar la base de datos de personal", "Caso de prueba del ámbito de las copias.", null, null, null,
                null, null), null).getId());
        assertEquals("MINDEF", sql.text("select institution_code from work_case where id = ?", mindefCase));
        long copyId = java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        sql.update("insert into backup_copy (id, case_id, task_id, file_name, taken_at, size_bytes, sha256, locations,"
                + " method, registered_by, registered_at, verification, version) values (?, ?, NULL,"
                + " 'personal-mindef.dump', CURRENT_TIMESTAMP, 2048, ?, 'NAS', 'MANUAL', 'tecnico.infra',"
                + " CURRENT_TIMESTAMP, 'PENDING', 0)", copyId, mindefCase, "b".repeat(64));

        // when AGETIC's Responsable asks for it by id, in each service that takes a copy's id: refused
        assertThrows(AccessDeniedException.class, () -> responsable.call(() -> restores.copy(copyId)));
        assertThrows(AccessDeniedException.class, () -> responsable.call(() -> restores.ofCopy(copyId)));
        assertThrows(AccessDeniedException.class, () -> responsable.call(() -> copies.verify(copyId)));

        // then: each attempt is a row of the security events, and nothing was verified
        assertEquals("Restores.copy,backup_copy;Restores.ofCopy,backup_copy;PgCopies.verify,backup_copy;",
                sql.rows("select action, object_type from security_event where kind = 'ACCESS_DENIED'"
                        + " and object_id = ? order by id", String.valueOf(copyId)));
        assertEquals("PENDING", sql.text("select verification from backup_copy where id = ?", copyId));
        // and MINDEF's Responsable reads it
        assertEquals("personal-mindef.dump", responsable.callIn("MINDEF", () -> restores.copy(copyId))
                .orElseThrow().fileName());
        assertEquals(List.of(), responsable.callIn("MINDEF", () -> restores.ofCopy(copyId)));
    }

    private PgCopyProgress copy(long caseId, long targetId) throws Exception {
        long runId = responsable.call(() -> copies.startCopy(caseId, null, targetId));
        long deadline = System.currentTimeMillis() + 180_000;
        PgCopyProgress progress = responsable.call(() -> copies.progress(runId));
        while (progress.running() && System.currentTimeMillis() < deadline) {
            assertTrue(progress.percent() >= 0 && progress.percent() < 100);
            Thread.sleep(250);
            progress = responsable.call(() -> copies.progress(runId));
        }
        PgCopyProgress done = progress;
        assertEquals(PgCopyStatus.DONE, done.status(), done::message);
        assertEquals(100, done.percent());
        assertNotNull(done.copyId());
        assertTrue(done.expectedBytes() != null && done.expectedBytes() > 0);
        return done;
    }

    private long newCase(String title) throws Exception {
        return responsable.call(() -> engine.start("UGAT/AIT-PR01", SOLICITANTE, new NewCase(title,
                "Caso de prueba de las copias de respaldo.", "ASISTENCIA_SOFTWARE", null, null, null, null), null)
                .getId());
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void flipMiddle(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = f.length() / 2;
            for (long at = middle; at < middle + 16 && at < f.length(); at++) {
                f.seek(at);
                int b = f.read();
                f.seek(at);
                f.write(b ^ 0xFF);
            }
        }
    }
}
