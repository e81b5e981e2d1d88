package org.sigti.it.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AlsoOnH2;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.security.trail.AuditAnchors;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;
import org.sigti.workflow.Actor;
import org.sigti.workflow.AuditChain;
import org.sigti.workflow.CaseEvent;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.ConcurrentActionException;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.TrailSeal;
import org.sigti.workflow.WorkCase;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The kernel itself, inside the deployed EAR (a probe WAR added to it): declared moves only, refusals recorded as
 * security events, one winner when two act on one step, nothing written and no mail sent when a move rolls back,
 * and the audit chain check catching altered and deleted records. Mail goes to a real SMTP server (GreenMail)
 * started in the server's JVM on the port WildFly's mail session uses; the outbox sends it a moment after the commit
 * (MailOutboxIT covers the outbox itself).
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowKernelIT {

    private static final String PR01 = "UGAT/AIT-PR01";

    @Inject
    CaseEngine engine;

    @Inject
    AuditChain auditChain;

    @Inject
    org.sigti.workflow.CaseAccess access;

    @jakarta.persistence.PersistenceContext(unitName = "sigti")
    jakarta.persistence.EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    /** The database owner's account (the same as SigtiDS's on H2). */
    @Resource(lookup = "java:jboss/datasources/SigtiOwnerDS")
    DataSource ownerDb;

    @jakarta.ejb.EJB
    AuditAnchors anchors;

    @Inject
    TrailLedgers trailLedgers;

    @jakarta.ejb.EJB
    org.sigti.security.SecurityEvents securityEvents;

    Sql sql;

    @Resource
    ManagedExecutorService executor;

    static final Actor SOLICITANTE = new Actor("kernel.solicitante", "Sara Kernel", "kernel.solicitante@sigti.example",
            List.of("Solicitante"), "RRHH");
    static final Actor OPERADOR = new Actor("kernel.operador", "Omar Kernel", "kernel.operador@sigti.example",
            List.of("Operador", "Solicitante"), "AIT");
    static final Actor OPERADOR2 = new Actor("kernel.operador2", "Olga Kernel", null,
            List.of("Operador", "Solicitante"), "AIT");
    static final Actor SUPERVISOR = new Actor("kernel.supervisor", "Silvia Kernel", null,
            List.of("Responsable", "Solicitante"), "AIT");
    static final Actor TECNICO_UIT = new Actor("kernel.tecnico", "Tomas Kernel", null,
            List.of("Tecnico", "Solicitante"), "UIT");

    @Deployment
    static EnterpriseArchive sigtiWithProbe() throws Exception {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "kernel-probe.war")
                .addClasses(WorkflowKernelIT.class, Sigti.class, Sql.class)
                .addAsLibrary(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        // a test-only procedure with parallel steps, in an EJB module of its own that the kernel discovers
        return Sigti.earWithTestFlows(probe, ShrinkWrap.create(org.jboss.shrinkwrap.api.spec.JavaArchive.class,
                "kernel-flows.jar").addClass(ParallelTestFlow.class));
    }

    @BeforeEach
    void statements() {
        sql = new Sql(db);
    }

    private WorkCase file(String title) throws Exception {
        tx.begin();
        WorkCase c = engine.start(PR01, SOLICITANTE, new NewCase(title, "Descripción de prueba del kernel.",
                "ASISTENCIA_SOFTWARE", null, null, null, null), null);
        tx.commit();
        return c;
    }

    /** The open step of a case: id and version. */
    private long[] openItem(long caseId) throws SQLException {
        return sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN' order by id",
                caseId);
    }

    private String openStep(long caseId) throws SQLException {
        return sql.textOrNull("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId);
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        long[] item = openItem(caseId);
        tx.begin();
        try {
            engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null), null);
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
    }

    @Test
    void a_case_moves_only_along_declared_steps_and_its_trail_is_chained() throws Exception {
        WorkCase c = file("Kernel: recorrido declarado");
        assertEquals("2", openStep(c.getId()));
        act(OPERADOR, c.getId(), "continuar", Map.of("impacto", "ALTA", "urgencia", "MEDIA"));
        assertEquals("P2", sql.textOrNull("select priority from work_case where id = ?", c.getId()));
        assertEquals("P2", sql.textOrNull("select priority from work_item where case_id = ? and status = 'OPEN'",
                c.getId()));
        assertEquals(OPERADOR.username(), sql.textOrNull("select assignee_username from work_item where case_id = ?"
                + " and status = 'OPEN'", c.getId()), "the operator keeps the case through consecutive steps");
        act(OPERADOR, c.getId(), "continuar", Map.of());
        act(OPERADOR, c.getId(), "continuar", Map.of());
        assertEquals("5", openStep(c.getId()));
        // step 5 requires the solution: bad input changes nothing
        long events = sql.number("select count(*) from case_event where case_id = ?", c.getId());
        var missing = assertThrows(org.sigti.workflow.WorkflowException.class,
                () -> act(OPERADOR, c.getId(), "continuar", Map.of()));
        assertEquals(Map.of("solucion", "workflow.field.required"), missing.fieldProblems());
        assertEquals(events, sql.number("select count(*) from case_event where case_id = ?", c.getId()));
        assertEquals("5", openStep(c.getId()));
        act(OPERADOR, c.getId(), "continuar", Map.of("solucion", "Se reinstaló el controlador."));
        act(OPERADOR, c.getId(), "continuar", Map.of());
        act(OPERADOR, c.getId(), "continuar", Map.of());
        act(OPERADOR, c.getId(), "continuar", Map.of());
        assertEquals("9", openStep(c.getId()));
        // the supervisor returns it to the operator who had it (9 ↺ 3)
        act(SUPERVISOR, c.getId(), "devolver", Map.of());
        assertEquals("3", openStep(c.getId()));
        assertEquals(OPERADOR.username(), sql.textOrNull("select assignee_username from work_item where case_id = ?"
                + " and status = 'OPEN'", c.getId()));
        for (int i = 0; i < 6; i++) {
            act(OPERADOR, c.getId(), "continuar", Map.of("solucion", "Se reinstaló el controlador."));
        }
        act(SUPERVISOR, c.getId(), "correcto", Map.of());
        act(SUPERVISOR, c.getId(), "cerrar", Map.of());
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c.getId()));
        assertEquals("SOLVED", sql.textOrNull("select outcome from work_case where id = ?", c.getId()));
        assertEquals(0, sql.number("select count(*) from work_item where case_id = ? and status = 'OPEN'", c.getId()));
        assertEquals("9", sql.textOrNull("select from_step from case_event where case_id = ? and outcome = 'devolver'",
                c.getId()));
        assertEquals("3", sql.textOrNull("select to_steps from case_event where case_id = ? and outcome = 'devolver'",
                c.getId()));
        var report = auditChain.verifyCase(c.getId());
        assertTrue(report.intact(), report.problems()::toString);
        assertEquals(sql.number("select audit_count from work_case where id = ?", c.getId()), report.recordsChecked());
    }

    /**
     * The object-level matrix: every role, on a case of their unit or not, their own or not: who reads it and who
     * may act on its open step. Removing the unit or ownership check of CaseAccess or CaseEngine.mayAct fails it.
     */
    @Test
    void who_reads_and_who_acts_on_a_case_by_role_unit_and_ownership() throws Exception {
        WorkCase c = file("Kernel: matriz de acceso");
        Actor jefe = new Actor("kernel.jefe", null, null, List.of("Jefe", "Solicitante"), "DTI");
        Actor auditor = new Actor("kernel.auditor", null, null, List.of("Auditor", "Solicitante"), "DTI");
        Actor otherRequester = new Actor("kernel.otro", null, null, List.of("Solicitante"), "RRHH");
        Actor tecnicoAdt = new Actor("kernel.tecnico.adt", null, null, List.of("Tecnico", "Solicitante"), "ADT");
        // at step 2, in the AIT operators' queue
        Map<Actor, List<Boolean>> expected = new java.util.LinkedHashMap<>();
        expected.put(jefe, List.of(true, false));
        expected.put(auditor, List.of(true, false));
        expected.put(SUPERVISOR, List.of(true, false));
        expected.put(OPERADOR, List.of(true, true));
        expected.put(OPERADOR2, List.of(true, true));
        expected.put(TECNICO_UIT, List.of(false, false));
        expected.put(tecnicoAdt, List.of(false, false));
        expected.put(SOLICITANTE, List.of(true, false));
        expected.put(otherRequester, List.of(false, false));
        assertMatrix(c.getId(), expected);

        // ⇒ PR02: the case goes to the UIT's technicians; the AIT keeps reading it, ADT still not
        act(OPERADOR, c.getId(), "continuar", Map.of("impacto", "MEDIA", "urgencia", "BAJA"));
        act(OPERADOR, c.getId(), "uit", Map.of());
        assertEquals("UGAT/AIT-PR02", sql.textOrNull("select procedure_code from work_case where id = ?", c.getId()));
        act(OPERADOR, c.getId(), "continuar", Map.of());
        assertEquals("2", openStep(c.getId()));
        expected.put(OPERADOR, List.of(true, false));
        expected.put(OPERADOR2, List.of(true, false));
        expected.put(TECNICO_UIT, List.of(true, true));
        assertMatrix(c.getId(), expected);

        // once taken, only the one who took it acts
        long[] item = openItem(c.getId());
        tx.begin();
        engine.take(TECNICO_UIT, Move.of(item[0], item[1], null, null));
        tx.commit();
        Actor otherTecnicoUit = new Actor("kernel.tecnico2", null, null, List.of("Tecnico", "Solicitante"), "UIT");
        expected.put(otherTecnicoUit, List.of(true, false));
        assertMatrix(c.getId(), expected);
    }

    private void assertMatrix(long caseId, Map<Actor, List<Boolean>> expected) throws Exception {
        tx.begin();
        try {
            WorkCase c = em.find(WorkCase.class, caseId);
            var open = em.createQuery("select w from WorkItem w where w.workCase = :c and w.status = :s",
                    org.sigti.workflow.WorkItem.class).setParameter("c", c)
                    .setParameter("s", org.sigti.workflow.WorkItemStatus.OPEN).getSingleResult();
            List<String> wrong = new ArrayList<>();
            expected.forEach((actor, rights) -> {
                boolean read = access.mayRead(c, actor);
                boolean act = engine.mayAct(actor, open);
                if (read != rights.get(0) || act != rights.get(1)) {
                    wrong.add(actor.username() + " " + actor.roles() + " " + actor.unitCode() + ": read " + read
                            + ", act " + act);
                }
            });
            assertEquals(List.of(), wrong, "step " + open.getStepCode());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void the_service_clocks_run_in_business_time_and_their_breaches_are_recorded_once() throws Exception {
        WorkCase c = file("Kernel: plazos");
        act(OPERADOR, c.getId(), "continuar", Map.of("impacto", "ALTA", "urgencia", "ALTA"));
        assertEquals("P1", sql.textOrNull("select priority from work_case where id = ?", c.getId()));
        assertTrue(sql.textOrNull("select resolution_due from work_case where id = ?", c.getId()) != null,
                "no resolution due");
        tx.begin();
        WorkCase loaded = em.find(WorkCase.class, c.getId());
        assertTrue(loaded.getResolutionDue().isAfter(loaded.getResponseDue()));
        assertTrue(!loaded.getResponseDue().isBefore(loaded.getOpenedAt().plus(java.time.Duration.ofMinutes(30))),
                "P1 answers within 30 business minutes, never earlier than 30 minutes");
        tx.commit();
        // a year later, nobody solved it: the sweep records the resolution breach once
        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofDays(365));
        tx.begin();
        engine.sweepBreaches(later, 10_000);
        tx.commit();
        tx.begin();
        engine.sweepBreaches(later, 10_000);
        tx.commit();
        assertEquals("true", sql.textOrNull("select cast(resolution_breached as varchar(5)) from work_case"
                + " where id = ?", c.getId()).toLowerCase(java.util.Locale.ROOT));
        assertEquals(1, sql.number("select count(*) from case_event where case_id = ? and action = 'BREACH'"
                + " and outcome = 'resolucion'", c.getId()));
        assertTrue(auditChain.verifyCase(c.getId()).intact());
    }

    @Test
    void parallel_branches_open_together_and_the_join_waits_for_the_last() throws Exception {
        tx.begin();
        WorkCase c = engine.start(ParallelTestFlow.CODE, SOLICITANTE, new NewCase("Kernel: pasos paralelos", null,
                null, null, null, null, null), null);
        tx.commit();
        act(OPERADOR, c.getId(), "repartir", Map.of());
        assertEquals(2, sql.number("select count(*) from work_item where case_id = ? and status = 'OPEN'", c.getId()));
        assertEquals("3.A,3.B", sql.textOrNull("select to_steps from case_event where case_id = ? and from_step = '2'",
                c.getId()));
        Actor tecnicoUpat = new Actor("kernel.tecnico.upat", null, null, List.of("Tecnico", "Solicitante"), "UPAT");
        actOn(TECNICO_UIT, c.getId(), "3.A", "continuar");
        assertEquals("3.B", openStep(c.getId()), "the join waits for the branch still open");
        actOn(tecnicoUpat, c.getId(), "3.B", "continuar");
        assertEquals("4", openStep(c.getId()));
        act(SUPERVISOR, c.getId(), "cerrar", Map.of());
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c.getId()));
        assertTrue(auditChain.verifyCase(c.getId()).intact());
    }

    private void actOn(Actor actor, long caseId, String step, String outcome) throws Exception {
        long id = Long.parseLong(sql.textOrNull("select id from work_item where case_id = ? and status = 'OPEN'"
                + " and step_code = ?", caseId, step));
        long version = sql.number("select version from work_item where id = ?", id);
        tx.begin();
        engine.act(actor, new Move(id, version, outcome, null, Map.of(), null), null);
        tx.commit();
    }

    @Test
    void a_wrong_role_or_unit_is_refused_changes_nothing_and_is_recorded() throws Exception {
        WorkCase c = file("Kernel: rol equivocado");
        long events = sql.number("select count(*) from case_event where case_id = ?", c.getId());
        long[] item = openItem(c.getId());
        String marker = "work_item " + item[0];
        long before = sql.number("select count(*) from security_event where username = ? and object_id = ?",
                TECNICO_UIT.username(), String.valueOf(item[0]));
        // a Técnico of UIT on the AIT operator's step; then the AIT supervisor, right unit but wrong role
        for (Actor wrong : List.of(TECNICO_UIT, SUPERVISOR)) {
            tx.begin();
            assertThrows(CaseEngine.Denied.class, () -> engine.act(wrong, new Move(item[0], item[1], "continuar",
                    null, Map.of("impacto", "BAJA", "urgencia", "BAJA"), null), null), marker);
            tx.rollback();
        }
        assertEquals("2", openStep(c.getId()));
        assertEquals(events, sql.number("select count(*) from case_event where case_id = ?", c.getId()));
        assertEquals(before + 1, sql.number("select count(*) from security_event where username = ? and object_id = ?"
                + " and kind = 'ACCESS_DENIED'", TECNICO_UIT.username(), String.valueOf(item[0])));
        assertEquals("AIT", sql.textOrNull("select unit_code from security_event where username = ? and object_id = ?",
                SUPERVISOR.username(), String.valueOf(item[0])));
    }

    @Test
    void an_undeclared_move_is_refused_and_recorded_as_an_illegal_transition() throws Exception {
        WorkCase c = file("Kernel: transición ilegal");
        long[] item = openItem(c.getId());
        tx.begin();
        // "cerrar" is a way out of step 10, not of step 2
        assertThrows(CaseEngine.IllegalMove.class, () -> engine.act(OPERADOR, new Move(item[0], item[1], "cerrar",
                null, Map.of("impacto", "BAJA", "urgencia", "BAJA"), null), null));
        tx.rollback();
        assertEquals("2", openStep(c.getId()));
        assertEquals("OPEN", sql.textOrNull("select status from work_case where id = ?", c.getId()));
        assertEquals(1, sql.number("select count(*) from security_event where kind = 'ILLEGAL_TRANSITION'"
                + " and username = ? and object_id = ?", OPERADOR.username(), String.valueOf(item[0])));
    }

    @Test
    @AlsoOnH2
    void two_people_acting_on_one_step_at_once_one_wins_and_the_other_is_told() throws Exception {
        WorkCase c = file("Kernel: concurrencia");
        long[] item = openItem(c.getId());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Actor actor : List.of(OPERADOR, OPERADOR2)) {
            Callable<String> attempt = () -> {
                go.await();
                tx.begin();
                try {
                    engine.act(actor, new Move(item[0], item[1], "continuar", "por " + actor.username(),
                            Map.of("impacto", "MEDIA", "urgencia", "MEDIA"), null), null);
                    tx.commit();
                    return "won";
                } catch (ConcurrentActionException e) {
                    tx.rollback();
                    return "told";
                } catch (RuntimeException e) {
                    tx.rollback();
                    throw e;
                }
            };
            results.add(executor.submit(attempt));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        outcomes.sort(null);
        assertEquals(List.of("told", "won"), outcomes);
        assertEquals(1, sql.number("select count(*) from case_event where case_id = ? and from_step = '2'", c.getId()));
        assertEquals(1, sql.number("select count(*) from work_item where case_id = ? and step_code = '3'", c.getId()));
        assertTrue(auditChain.verifyCase(c.getId()).intact());
    }

    @Test
    @AlsoOnH2
    void a_rolled_back_move_leaves_no_trail_and_sends_no_mail_a_committed_one_does() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv().getOrDefault(
                "SIGTI_SMTP_PORT", "13025")), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            // the outbox sends a moment after the commit, and may deliver mails of other cases it kept while no
            // server listened: this test reads only the mails of its case (X-SIGTI-Case), polling
            WorkCase c = file("Kernel: correo tras confirmar");
            MimeMessage filed = awaitMail(smtp, c.getNumber(), "Solicitud registrada");
            assertEquals(SOLICITANTE.email(), filed.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""));
            assertTrue(filed.getSubject().contains(c.getNumber()), filed.getSubject());
            act(OPERADOR, c.getId(), "continuar", Map.of("impacto", "BAJA", "urgencia", "BAJA"));
            for (int i = 0; i < 4; i++) {
                act(OPERADOR, c.getId(), "continuar", Map.of("solucion", "Se liberó espacio en el disco C:."));
            }
            assertEquals("7", openStep(c.getId()));
            long events = sql.number("select count(*) from case_event where case_id = ?", c.getId());

            // step 7 notifies the user: rolled back, no record and no mail (nothing in the outbox to send)
            long[] item = openItem(c.getId());
            tx.begin();
            engine.act(OPERADOR, new Move(item[0], item[1], "continuar", "revertido", Map.of(), null), null);
            tx.rollback();
            assertEquals(events, sql.number("select count(*) from case_event where case_id = ?", c.getId()));
            assertEquals("7", openStep(c.getId()));
            assertEquals(0, sql.number("select count(*) from mail_outbox where case_id = ? and template = 'notified'",
                    c.getId()), "a rolled-back move queued a mail");

            // committed: the record and the mail with the solution, once (the rolled-back move sent none)
            act(OPERADOR, c.getId(), "continuar", Map.of());
            assertEquals(events + 1, sql.number("select count(*) from case_event where case_id = ?", c.getId()));
            MimeMessage notified = awaitMail(smtp, c.getNumber(), "Solución de su solicitud");
            assertTrue(notified.getSubject().contains(c.getNumber()), notified.getSubject());
            String body = notified.getContent().toString();
            assertTrue(body.contains("Se liberó espacio en el disco C:."), body);
            assertTrue(body.contains("Sara Kernel"), body);
            assertTrue(body.contains("/sigti/case/" + c.getId()), body);
            assertEquals(1, mailsOf(smtp, c.getNumber()).stream().filter(m -> subject(m).contains("Solución"))
                    .count(), "notification mails");
        } finally {
            smtp.stop();
        }
    }

    /** The mails GreenMail received about a case (header X-SIGTI-Case). */
    private static List<MimeMessage> mailsOf(GreenMail smtp, String caseNumber) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (caseNumber.equals(m.getHeader("X-SIGTI-Case", null))) {
                mails.add(m);
            }
        }
        return mails;
    }

    /** Waits up to 10 s for a mail of the case whose subject contains the text. */
    private static MimeMessage awaitMail(GreenMail smtp, String caseNumber, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            for (MimeMessage m : mailsOf(smtp, caseNumber)) {
                if (subject(m).contains(subjectPart)) {
                    return m;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no mail of " + caseNumber + " with \"" + subjectPart + "\"");
            }
            smtp.waitForIncomingEmail(250, smtp.getReceivedMessages().length + 1);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The trail's tables as the owner's account sees them: append-only by trigger on PostgreSQL. */
    private static final List<String> TRAIL_TABLES = List.of("case_event", "trail_entry", "security_event",
            "account_event", "platform_change", "equipment_custody");

    private interface OwnerWork {
        void run(Sql owner) throws Exception;
    }

    /**
     * Does what someone with the database owner's account (but not the audit key) can do: anything, once the
     * append-only triggers are off (PostgreSQL; H2 has none).
     */
    private void asOwner(OwnerWork work) throws Exception {
        Sql owner = new Sql(ownerDb);
        boolean postgres = "postgresql".equalsIgnoreCase(System.getenv("SIGTI_DB_KIND"));
        if (postgres) {
            for (String table : TRAIL_TABLES) {
                owner.update("alter table " + table + " disable trigger user");
            }
        }
        try {
            work.run(owner);
        } finally {
            if (postgres) {
                for (String table : TRAIL_TABLES) {
                    owner.update("alter table " + table + " enable trigger user");
                }
            }
        }
    }

    /** Rewrites a case's chain with the published formula, unkeyed (all that can be done without the key). */
    private void rechainUnkeyed(Sql owner, long caseId) throws Exception {
        em.clear();
        List<CaseEvent> events = em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.seq",
                CaseEvent.class).setParameter("c", caseId).getResultList();
        TrailSeal guessed = new TrailSeal(new byte[32]);
        String prev = CaseEvent.GENESIS;
        for (CaseEvent e : events) {
            String hash = new CaseEvent(caseId, e.getSeq(), new CaseEvent.Entry(e.getOccurredAt(),
                    e.getActorUsername(), e.getActorRoles(), e.getActorUnit(), e.getAction(), e.getProcedureCode(),
                    e.getFromStep(), e.getToSteps(), e.getOutcome(), e.getComment(), e.getDocuments()), prev,
                    guessed).legacyHash();
            owner.update("update case_event set prev_hash = ?, hash = ? where id = ?", prev, hash, e.getId());
            prev = hash;
        }
        owner.update("update work_case set audit_head = ? where id = ?", prev, caseId);
        em.clear();
    }

    private static boolean has(AuditChain.Report report, String where, long seq, String kind) {
        return report.problems().contains(new AuditChain.Problem(where, seq, kind));
    }

    private List<Long> ledgerSeqs(long caseId) throws SQLException {
        return sql.ids("select t.seq from trail_entry t join case_event e on e.id = t.record_id"
                + " where t.ledger = 'case_event' and e.case_id = ? order by t.seq", caseId);
    }

    @Test
    @AlsoOnH2
    void every_record_gets_the_next_number_of_its_institutions_ledger_sealed_under_the_key() throws Exception {
        WorkCase c = file("Kernel: libro del registro");
        act(OPERADOR, c.getId(), "continuar", Map.of("impacto", "BAJA", "urgencia", "BAJA"));
        long records = sql.number("select count(*) from case_event where case_id = ?", c.getId());
        List<Long> seqs = ledgerSeqs(c.getId());
        assertEquals(records, seqs.size());
        String institution = sql.text("select institution_code from work_case where id = ?", c.getId());
        // nobody else wrote meanwhile: consecutive numbers, the last one the ledger's counter
        for (int i = 1; i < seqs.size(); i++) {
            assertEquals(seqs.get(i - 1) + 1, seqs.get(i));
        }
        assertEquals(seqs.get(seqs.size() - 1), sql.number("select last_seq from trail_ledger"
                + " where ledger = 'case_event' and institution_code = ?", institution));
        // a transaction that rolls back takes no number
        long[] item = openItem(c.getId());
        tx.begin();
        engine.act(OPERADOR, new Move(item[0], item[1], "continuar", null, Map.of(), null), null);
        tx.rollback();
        assertEquals(seqs.get(seqs.size() - 1), sql.number("select last_seq from trail_ledger"
                + " where ledger = 'case_event' and institution_code = ?", institution));
        // the case's records are sealed under the key: the unkeyed formula does not give their hash
        CaseEvent first = em.createQuery("select e from CaseEvent e where e.caseId = :c and e.seq = 1",
                CaseEvent.class).setParameter("c", c.getId()).getSingleResult();
        assertFalse(first.legacyHash().equals(first.getHash()));
        assertTrue(auditChain.verifyCase(c.getId()).intact());
    }

    @Test
    @AlsoOnH2
    void a_rewrite_by_the_owner_that_recomputes_the_unkeyed_chain_is_found() throws Exception {
        WorkCase c = file("Kernel: manipulación del registro");
        act(OPERADOR, c.getId(), "continuar", Map.of("impacto", "BAJA", "urgencia", "BAJA"));
        act(OPERADOR, c.getId(), "continuar", Map.of());
        assertTrue(auditChain.verifyCase(c.getId()).intact());
        String institution = sql.text("select institution_code from work_case where id = ?", c.getId());
        long second = ledgerSeqs(c.getId()).get(1);
        asOwner(owner -> {
            assertEquals(1, owner.update("update case_event set comment_text = 'retocado' where case_id = ?"
                    + " and seq = 2", c.getId()));
            rechainUnkeyed(owner, c.getId());
        });
        // links and head agree again, but no record carries its seal: each one is reported as altered
        var altered = auditChain.verifyCase(c.getId());
        int records = (int) sql.number("select count(*) from case_event where case_id = ?", c.getId());
        for (int seq = 1; seq <= records; seq++) {
            assertTrue(has(altered, c.getNumber(), seq, "ALTERED"), altered.problems()::toString);
        }
        assertFalse(altered.problems().stream().anyMatch(p -> !p.kind().equals("ALTERED")),
                altered.problems()::toString);
        // and the institution's ledger still holds the seals the records had
        var all = auditChain.verifyAll();
        assertTrue(has(all, institution, second, "LEDGER_MISMATCH"), all.problems()::toString);
    }

    @Test
    @AlsoOnH2
    void a_case_deleted_with_its_whole_trail_and_a_lowered_ledger_are_found() throws Exception {
        WorkCase gone = file("Kernel: caso que alguien borra");
        act(OPERADOR, gone.getId(), "continuar", Map.of("impacto", "BAJA", "urgencia", "BAJA"));
        WorkCase later = file("Kernel: caso posterior");
        String institution = sql.text("select institution_code from work_case where id = ?", gone.getId());
        List<Long> goneSeqs = ledgerSeqs(gone.getId());
        List<Long> laterSeqs = ledgerSeqs(later.getId());
        asOwner(owner -> {
            for (String table : List.of("case_event", "case_field", "work_item", "mail_outbox")) {
                owner.update("delete from " + table + " where case_id = ?", gone.getId());
            }
            owner.update("delete from work_case where id = ?", gone.getId());
        });
        // the case and its chain are gone, the ledger's entries still point at its records
        var deleted = auditChain.verifyAll();
        for (long seq : goneSeqs) {
            assertTrue(has(deleted, institution, seq, "RECORD_DELETED"), deleted.problems()::toString);
        }
        // removing the entries too leaves a gap in the numbers
        asOwner(owner -> owner.update("delete from trail_entry where ledger = 'case_event' and institution_code = ?"
                + " and seq between ? and ?", institution, goneSeqs.get(0), goneSeqs.get(goneSeqs.size() - 1)));
        var gap = auditChain.verifyAll();
        assertTrue(has(gap, institution, goneSeqs.get(0), "LEDGER_GAP"), gap.problems()::toString);
        assertFalse(gap.problems().stream().anyMatch(p -> p.kind().equals("RECORD_DELETED")
                && goneSeqs.contains(p.seq())), gap.problems()::toString);

        // the latest case, its entries and the counter lowered to match: only the anchor outside the database knows
        List<AuditAnchors.Anchor> anchored = anchors.anchor();
        long last = laterSeqs.get(laterSeqs.size() - 1);
        assertTrue(anchored.stream().anyMatch(a -> a.institutionCode().equals(institution) && a.seq() == last),
                anchored::toString);
        asOwner(owner -> {
            for (String table : List.of("case_event", "case_field", "work_item", "mail_outbox")) {
                owner.update("delete from " + table + " where case_id = ?", later.getId());
            }
            owner.update("delete from work_case where id = ?", later.getId());
            owner.update("delete from trail_entry where ledger = 'case_event' and institution_code = ? and seq >= ?",
                    institution, laterSeqs.get(0));
            owner.update("update trail_ledger set last_seq = ? where ledger = 'case_event' and institution_code = ?",
                    laterSeqs.get(0) - 1, institution);
        });
        // the seals and the numbers agree with what is left: of the later case only the anchor says anything
        var lowered = auditChain.verifyAll();
        assertEquals(List.of(new AuditChain.Problem(institution, last, "ANCHOR_MISMATCH")), lowered.problems().stream()
                .filter(p -> p.ledger().equals("case_event") && p.where().equals(institution)
                        && laterSeqs.contains(p.seq())).toList());
    }

    private long ledgerSeq(TrailTable table, long id) throws SQLException {
        return sql.number("select seq from trail_entry where ledger = ? and record_id = ?", table.ledger(), id);
    }

    /**
     * One row of each trail table besides the cases', written in one transaction and entered in its ledger the way
     * SIGTI's services do ({@code TrailLedgers.enter} after the insert), with the rows they hang on.
     */
    private Map<TrailTable, Long> oneRowOfEachTrailTable(String institution) throws Exception {
        long id = 9_000_000_000L + System.currentTimeMillis() % 1_000_000_000L * 4;
        String platform = "TRAIL" + id % 1_000_000;
        Map<TrailTable, Long> rows = new java.util.EnumMap<>(TrailTable.class);
        tx.begin();
        try {
            sql.platform(id, institution, platform, "Plataforma del libro de registros", true);
            sql.account(id, institution, platform, "cuenta.libro", "kernel.operador", "Omar Kernel", "AIT",
                    "kernel.supervisor");
            sql.update("insert into equipment (id, institution_code, kind, serial, patrimonial_code, brand, model,"
                    + " state, created_at, updated_at, version) values (?, ?, 'COMPUTER', ?, ?, 'Marca', 'Modelo',"
                    + " 'IN_STOCK', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, institution, "S" + id, "P" + id);
            sql.update("insert into security_event (id, occurred_at, username, roles, kind, action, detail) values"
                    + " (?, CURRENT_TIMESTAMP, 'kernel.operador', 'Operador', 'ACCESS_DENIED', 'GET /sigti/x', 'uno')",
                    id);
            sql.update("insert into platform_change (id, institution_code, platform_code, occurred_at, actor, action,"
                    + " detail) values (?, ?, ?, CURRENT_TIMESTAMP, 'kernel.supervisor', 'CREATED', 'alta')", id + 1,
                    institution, platform);
            sql.update("insert into account_event (id, account_id, occurred_at, actor, action, detail) values"
                    + " (?, ?, CURRENT_TIMESTAMP, 'kernel.supervisor', 'GRANTED', 'alta')", id + 2, id);
            sql.update("insert into equipment_custody (id, equipment_id, state, changed_at, changed_by) values"
                    + " (?, ?, 'IN_STOCK', CURRENT_TIMESTAMP, 'kernel.supervisor')", id + 3, id);
            rows.put(TrailTable.SECURITY_EVENT, id);
            rows.put(TrailTable.PLATFORM_CHANGE, id + 1);
            rows.put(TrailTable.ACCOUNT_EVENT, id + 2);
            rows.put(TrailTable.EQUIPMENT_CUSTODY, id + 3);
            rows.forEach(trailLedgers::enter);
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        return rows;
    }

    @Test
    @AlsoOnH2
    void each_other_trail_table_is_ledgered_and_a_change_a_deletion_or_an_insertion_by_the_owner_is_found()
            throws Exception {
        // what SIGTI wrote so far (this test class and whatever ran before it on this server) is all in the ledgers
        var before = auditChain.verifyAll();
        assertFalse(before.problems().stream().anyMatch(p -> p.kind().equals("UNLEDGERED")),
                before.problems()::toString);
        // a security event written by SIGTI's own service gets its entry, in the installation's sequence
        String action = "GET /sigti/libro-" + System.nanoTime();
        securityEvents.accessDenied(action, null, null, "127.0.0.1", null);
        long denial = sql.number("select id from security_event where action = ?", action);
        assertEquals(TrailTable.INSTALLATION, sql.text("select institution_code from trail_entry"
                + " where ledger = 'security_event' and record_id = ?", denial));

        String institution = sql.text("select min(code) from institution");
        Map<TrailTable, Long> rows = oneRowOfEachTrailTable(institution);
        Map<TrailTable, Long> seqs = new java.util.EnumMap<>(TrailTable.class);
        for (Map.Entry<TrailTable, Long> row : rows.entrySet()) {
            seqs.put(row.getKey(), ledgerSeq(row.getKey(), row.getValue()));
        }
        assertEquals(institution, sql.text("select institution_code from trail_entry where ledger = 'account_event'"
                + " and record_id = ?", rows.get(TrailTable.ACCOUNT_EVENT)));
        var intact = auditChain.verifyAll();
        for (TrailTable table : TrailTable.values()) {
            assertFalse(intact.problems().stream().anyMatch(p -> p.ledger().equals(table.ledger())),
                    intact.problems()::toString);
        }

        // one column of each row changed by the owner: each ledger's entry no longer matches its row
        asOwner(owner -> {
            owner.update("update security_event set detail = 'dos' where id = ?", rows.get(TrailTable.SECURITY_EVENT));
            owner.update("update platform_change set actor = 'otro' where id = ?",
                    rows.get(TrailTable.PLATFORM_CHANGE));
            owner.update("update account_event set action = 'CLOSED' where id = ?",
                    rows.get(TrailTable.ACCOUNT_EVENT));
            owner.update("update equipment_custody set changed_at = changed_at + INTERVAL '1' SECOND where id = ?",
                    rows.get(TrailTable.EQUIPMENT_CUSTODY));
        });
        var changed = auditChain.verifyAll();
        for (TrailTable table : TrailTable.values()) {
            String where = table == TrailTable.SECURITY_EVENT ? TrailTable.INSTALLATION : institution;
            assertTrue(changed.problems().contains(new AuditChain.Problem(table.ledger(), where, seqs.get(table),
                    "LEDGER_MISMATCH")), table + ": " + changed.problems());
        }

        // the rows deleted: each ledger still has their entries
        asOwner(owner -> {
            for (Map.Entry<TrailTable, Long> row : rows.entrySet()) {
                owner.update("delete from " + row.getKey().ledger() + " where id = ?", row.getValue());
            }
        });
        var deleted = auditChain.verifyAll();
        for (TrailTable table : TrailTable.values()) {
            String where = table == TrailTable.SECURITY_EVENT ? TrailTable.INSTALLATION : institution;
            assertTrue(deleted.problems().contains(new AuditChain.Problem(table.ledger(), where, seqs.get(table),
                    "RECORD_DELETED")), table + ": " + deleted.problems());
        }

        // a row inserted by the owner, outside SIGTI, has no entry
        long forged = rows.get(TrailTable.SECURITY_EVENT) + 100;
        asOwner(owner -> owner.update("insert into security_event (id, occurred_at, username, roles, kind, action)"
                + " values (?, CURRENT_TIMESTAMP, 'kernel.jefe', 'Jefe', 'ACCESS_DENIED', 'GET /sigti/y')", forged));
        var inserted = auditChain.verifyAll();
        assertTrue(inserted.problems().contains(new AuditChain.Problem("security_event", "", forged, "UNLEDGERED")),
                inserted.problems()::toString);
    }
}
