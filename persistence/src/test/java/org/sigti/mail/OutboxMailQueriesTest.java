package org.sigti.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V24 and the outbox's conditional UPDATEs on H2 (or the PostgreSQL named by {@code -Dsigti.test.jdbc-url}, wiped):
 * a row is claimed once whoever else read it, an outcome is recorded only by the claim that holds the row, the
 * Jefe's "send now" reaches only pending and failed rows, and the schema refuses a pending row with no due time.
 */
class OutboxMailQueriesTest {

    // held, so that the levels stay set
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Instant T0 = Instant.parse("2026-11-20T14:00:00Z");

    private static String url;
    private static String user;
    private static String password;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void migrate() {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        FLYWAY_LOG.setLevel(Level.WARNING);
        url = System.getProperty("sigti.test.jdbc-url", "jdbc:h2:mem:mail_outbox;DB_CLOSE_DELAY=-1");
        user = System.getProperty("sigti.test.jdbc-user", "sa");
        password = System.getProperty("sigti.test.jdbc-password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        factory = new Configuration().addAnnotatedClass(OutboxMail.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .buildSessionFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void empty() {
        inTransaction(em -> em.createQuery("delete from OutboxMail").executeUpdate());
    }

    @Test
    void a_queued_mail_is_due_at_once_and_the_due_ones_come_oldest_first() {
        long later = queue(T0.plusSeconds(5));
        long first = queue(T0);
        long notYet = queue(T0.plusSeconds(60));

        List<Long> due = inTransaction(em -> em.createNamedQuery("OutboxMail.findDue", Long.class)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", T0.plusSeconds(10))
                .getResultList());

        assertEquals(List.of(first, later), due);
        assertEquals(MailStatus.PENDING, find(notYet).getStatus());
    }

    @Test
    void of_two_workers_that_read_the_same_row_only_one_claims_it() {
        long id = queue(T0);
        long version = find(id).getVersion();

        int first = claim(id, version, T0.plusSeconds(1));
        int second = claim(id, version, T0.plusSeconds(1));

        assertEquals(1, first);
        assertEquals(0, second, "the second worker claimed a row already claimed");
        OutboxMail mail = find(id);
        assertEquals(MailStatus.SENDING, mail.getStatus());
        assertEquals(1, mail.getAttempts());
        assertEquals(version + 1, mail.getVersion());
    }

    @Test
    void a_claim_waiting_on_a_concurrent_claim_finds_the_row_taken() throws Exception {
        long id = queue(T0);
        long version = find(id).getVersion();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);

        // the first worker claims and holds its transaction open while the second tries the same claim
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> inTransaction(em -> {
            int rows = claim(em, id, version, T0.plusSeconds(1));
            firstClaimed.countDown();
            await(secondStarted);
            sleep(300); // the second UPDATE is now waiting for this row's lock
            return rows;
        }));
        await(firstClaimed);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
            secondStarted.countDown();
            return inTransaction(em -> claim(em, id, version, T0.plusSeconds(1)));
        });

        assertEquals(1, first.get(30, TimeUnit.SECONDS));
        assertEquals(0, second.get(30, TimeUnit.SECONDS), "both workers claimed the row");
        assertEquals(1, find(id).getAttempts());
    }

    @Test
    void an_outcome_is_recorded_only_by_the_claim_that_holds_the_row() {
        long id = queue(T0);
        long claimed = find(id).getVersion() + 1;
        claim(id, claimed - 1, T0);

        // the worker died: its claim is released as stale, and its late outcome changes nothing
        int released = inTransaction(em -> em.createNamedQuery("OutboxMail.releaseStale")
                .setParameter("pending", MailStatus.PENDING).setParameter("sending", MailStatus.SENDING)
                .setParameter("interrupted", MailErrorKind.INTERRUPTED).setParameter("now", T0.plusSeconds(900))
                .setParameter("cutoff", T0.plusSeconds(300)).executeUpdate());
        assertEquals(1, released);
        assertEquals(0, sent(id, claimed, T0.plusSeconds(901)));
        OutboxMail back = find(id);
        assertEquals(MailStatus.PENDING, back.getStatus());
        assertEquals(MailErrorKind.INTERRUPTED, back.getLastErrorKind());
        assertEquals(T0.plusSeconds(900), back.getNextAttemptAt());

        // the next claim sends it
        long again = back.getVersion();
        assertEquals(1, claim(id, again, T0.plusSeconds(902)));
        assertEquals(1, sent(id, again + 1, T0.plusSeconds(903)));
        OutboxMail done = find(id);
        assertEquals(MailStatus.SENT, done.getStatus());
        assertEquals(2, done.getAttempts());
        assertEquals(T0.plusSeconds(903), done.getSentAt());
        assertNull(done.getNextAttemptAt());
    }

    @Test
    void a_failed_attempt_sets_the_next_one_and_keeps_the_error() {
        long id = queue(T0);
        long claimed = find(id).getVersion() + 1;
        claim(id, claimed - 1, T0);

        int rows = inTransaction(em -> em.createNamedQuery("OutboxMail.attemptFailed")
                .setParameter("status", MailStatus.PENDING).setParameter("next", T0.plusSeconds(30))
                .setParameter("kind", MailErrorKind.CONNECTION).setParameter("error", "Connection refused")
                .setParameter("id", id).setParameter("version", claimed).setParameter("sending", MailStatus.SENDING)
                .executeUpdate());

        assertEquals(1, rows);
        OutboxMail mail = find(id);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(T0.plusSeconds(30), mail.getNextAttemptAt());
        assertEquals(MailErrorKind.CONNECTION, mail.getLastErrorKind());
        assertEquals("Connection refused", mail.getLastError());
        assertEquals(0, claim(id, mail.getVersion(), T0.plusSeconds(29)), "claimed before it was due");
    }

    @Test
    void the_last_failed_attempt_leaves_the_mail_failed_without_a_next_attempt() {
        long id = queue(T0);
        long claimed = find(id).getVersion() + 1;
        claim(id, claimed - 1, T0);

        int rows = inTransaction(em -> em.createNamedQuery("OutboxMail.attemptFailed")
                .setParameter("status", MailStatus.FAILED).setParameter("next", null)
                .setParameter("kind", MailErrorKind.TIMEOUT).setParameter("error", "Read timed out")
                .setParameter("id", id).setParameter("version", claimed).setParameter("sending", MailStatus.SENDING)
                .executeUpdate());

        assertEquals(1, rows);
        assertEquals(MailStatus.FAILED, find(id).getStatus());
        assertNull(find(id).getNextAttemptAt());
    }

    /** The shape of the Jefe's page rows (org.sigti.mail.OutboxRow in the ejb module), primitives included. */
    record PageRow(Long id, Instant createdAt, String source, Long caseId, String recipient, String recipientName,
            String subject, MailStatus status, int attempts, Instant nextAttemptAt, MailErrorKind lastErrorKind,
            String lastError, Instant sentAt, String retriedBy, Instant retriedAt) {
    }

    @Test
    void the_pages_query_reads_one_status_or_the_unsent_ones_newest_first() {
        long older = queue(T0);
        long newer = queue(T0.plusSeconds(1));
        long sent = queue(T0.plusSeconds(2));
        claim(sent, find(sent).getVersion(), T0.plusSeconds(2));
        sent(sent, find(sent).getVersion(), T0.plusSeconds(3));

        // the query of MailOutboxLog.page
        List<PageRow> unsent = inTransaction(em -> em.createQuery("select new " + PageRow.class.getName()
                + "(m.id, m.createdAt, m.source, m.caseId,"
                + " m.recipient, m.recipientName, m.subject, m.status, m.attempts, m.nextAttemptAt, m.lastErrorKind,"
                + " m.lastError, m.sentAt, m.retriedBy, m.retriedAt) from OutboxMail m where m.status in :statuses"
                + " order by m.createdAt desc, m.id desc", PageRow.class)
                .setParameter("statuses", java.util.EnumSet.of(MailStatus.PENDING, MailStatus.SENDING,
                        MailStatus.FAILED))
                .setFirstResult(0).setMaxResults(20).getResultList());
        long sentCount = inTransaction(em -> em.createQuery("select count(m) from OutboxMail m where m.status in"
                + " :statuses", Long.class).setParameter("statuses", java.util.EnumSet.of(MailStatus.SENT))
                .getSingleResult());

        assertEquals(List.of(newer, older), unsent.stream().map(PageRow::id).toList());
        assertEquals(0, unsent.get(0).attempts());
        assertEquals(1, sentCount);
    }

    @Test
    void send_now_reaches_pending_and_failed_mails_only() throws SQLException {
        long pending = queue(T0);
        long failed = queue(T0);
        long sent = queue(T0);
        sql("UPDATE mail_outbox SET status = 'FAILED', attempts = 12, next_attempt_at = NULL WHERE id = " + failed);
        claim(sent, find(sent).getVersion(), T0);
        sent(sent, find(sent).getVersion(), T0);

        Instant now = T0.plus(2, ChronoUnit.HOURS);
        assertEquals(1, dueNow(pending, now));
        assertEquals(1, dueNow(failed, now));
        assertEquals(0, dueNow(sent, now));

        OutboxMail retried = find(failed);
        assertEquals(MailStatus.PENDING, retried.getStatus());
        assertEquals(now, retried.getNextAttemptAt());
        assertEquals("jefe", retried.getRetriedBy());
        assertEquals(12, retried.getAttempts(), "the attempts made stay counted");
        assertEquals(MailStatus.SENT, find(sent).getStatus());
    }

    @Test
    void the_schema_refuses_a_pending_mail_without_a_due_time_and_unknown_states() throws SQLException {
        long id = queue(T0);
        assertThrows(SQLException.class, () -> sql("UPDATE mail_outbox SET next_attempt_at = NULL WHERE id = " + id));
        assertThrows(SQLException.class, () -> sql("UPDATE mail_outbox SET status = 'LOST' WHERE id = " + id));
        assertThrows(SQLException.class, () -> sql("UPDATE mail_outbox SET last_error_kind = 'X' WHERE id = " + id));
        assertEquals(1, sql("UPDATE mail_outbox SET status = 'FAILED', next_attempt_at = NULL WHERE id = " + id));
    }

    @Test
    void long_texts_are_cut_to_their_columns_never_refused() {
        String body = "x".repeat(OutboxMail.BODY_MAXLENGTH + 10);
        long id = inTransaction(em -> {
            OutboxMail mail = OutboxMail.queued(T0, "SOL-2026-000001", null, "filed", "ana@sigti.example", "Ana",
                    "s".repeat(OutboxMail.SUBJECT_MAXLENGTH + 1), body);
            em.persist(mail);
            return mail.getId();
        });
        OutboxMail mail = find(id);
        assertEquals(OutboxMail.BODY_MAXLENGTH, mail.getBody().length());
        assertEquals(OutboxMail.SUBJECT_MAXLENGTH, mail.getSubject().length());
    }

    private long queue(Instant at) {
        return inTransaction(em -> {
            OutboxMail mail = OutboxMail.queued(at, OutboxMail.SOURCE_BACKUP, null, "overdue", "rita@sigti.example",
                    "Rita", "Asunto", "Texto");
            em.persist(mail);
            return mail.getId();
        });
    }

    private int claim(long id, long version, Instant now) {
        return inTransaction(em -> claim(em, id, version, now));
    }

    private static int claim(EntityManager em, long id, long version, Instant now) {
        return em.createNamedQuery("OutboxMail.claim").setParameter("sending", MailStatus.SENDING)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", now).setParameter("id", id)
                .setParameter("version", version).executeUpdate();
    }

    private int sent(long id, long version, Instant now) {
        return inTransaction(em -> em.createNamedQuery("OutboxMail.sent").setParameter("sent", MailStatus.SENT)
                .setParameter("sending", MailStatus.SENDING).setParameter("now", now).setParameter("id", id)
                .setParameter("version", version).executeUpdate());
    }

    private int dueNow(long id, Instant now) {
        return inTransaction(em -> em.createNamedQuery("OutboxMail.dueNow").setParameter("pending", MailStatus.PENDING)
                .setParameter("failed", MailStatus.FAILED).setParameter("now", now).setParameter("by", "jefe")
                .setParameter("id", id).executeUpdate());
    }

    private OutboxMail find(long id) {
        return inTransaction(em -> em.find(OutboxMail.class, id));
    }

    private static int sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
