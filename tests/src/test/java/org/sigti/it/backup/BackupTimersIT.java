package org.sigti.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.backup.BackupRuns;
import org.sigti.backup.BackupScheduleException;
import org.sigti.backup.BackupSchedules;
import org.sigti.backup.BackupTimers;
import org.sigti.backup.CalendarExpression;
import org.sigti.backup.ScheduleDraft;
import org.sigti.it.AsJefe;
import org.sigti.it.AsRole;
import org.sigti.it.AsTecnico;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The backup schedules' timers inside the deployed EAR (a probe WAR): a persistent calendar timer fires and opens one
 * task with its case in the técnico's inbox; a planned time fired twice (or by two callers at once) creates nothing
 * more; editing a schedule replaces its timer, disabling cancels it; the start-up reconciliation catches up the
 * planned times missed while SIGTI was down, exactly once. Calls run as the Jefe through {@link AsJefe}.
 */
@ExtendWith(ArquillianExtension.class)
class BackupTimersIT {

    @EJB
    BackupSchedules schedules;

    @EJB
    BackupTimers timers;

    @EJB
    BackupRuns runs;

    @EJB(lookup = AsRole.JEFE)
    AsJefe asJefe;

    @EJB(lookup = AsRole.TECNICO)
    AsTecnico asTecnico;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    private final List<Long> created = new ArrayList<>();

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "backup-timers-probe.war")
                .addClasses(BackupTimersIT.class, BackupFixture.class, Sigti.class, Sql.class)
                .addAsLibrary(greenMailJar()));
    }

    private static java.io.File greenMailJar() {
        try {
            return new java.io.File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void knownPeople() throws Exception {
        sql = new Sql(db);
        BackupFixture.knownPeople(db);
    }

    @AfterEach
    void disableWhatWasCreated() throws Exception {
        for (long id : created) {
            asJefe.callIn(BackupFixture.INSTITUTION, () -> {
                schedules.disable(id);
                return null;
            });
        }
    }

    private long save(ScheduleDraft draft) throws Exception {
        long id = asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(draft));
        created.add(id);
        return id;
    }

    private long tasks(long scheduleId) throws Exception {
        return sql.number("select count(*) from backup_task where schedule_id = ?", scheduleId);
    }

    @Test
    void a_firing_opens_one_task_with_its_case_in_the_tecnicos_inbox() throws Exception {
        // given
        long id = save(BackupFixture.custom("IT disparo cada 2 s", "*/2 * * * * *"));

        // when: the timer fires at least once
        Instant deadline = Instant.now().plusSeconds(20);
        while (tasks(id) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        asJefe.callIn(BackupFixture.INSTITUTION, () -> {
            schedules.disable(id);
            return null;
        });

        // then
        assertTrue(tasks(id) > 0, "the timer did not fire in 20 s");
        assertEquals(tasks(id), sql.number("select count(distinct planned_at) from backup_task"
                + " where schedule_id = ?", id), "one task per planned time");
        // (a catch-up of the deployment's own reconciliation may record MISSED times if it ran meanwhile)
        assertEquals(0, sql.number("select count(*) from backup_task where schedule_id = ? and"
                + " status <> 'MISSED' and (case_id is null or status <> 'OPEN')", id), "every firing opened its case");
        String first = sql.textOrNull("select case_id from backup_task where schedule_id = ?"
                + " and case_id is not null order by planned_at", id);
        assertEquals("2", sql.textOrNull("select step_code from work_item where case_id = ?"
                + " and status = 'OPEN'", Long.parseLong(first)));
        assertEquals(BackupFixture.TECNICO, sql.textOrNull("select assignee_username from work_item"
                + " where case_id = ? and status = 'OPEN'", Long.parseLong(first)));
        assertEquals("SEPREM-DI-008.2", sql.textOrNull("select procedure_code from work_case where id = ?",
                Long.parseLong(first)));
        assertEquals("SCHEDULE", sql.textOrNull("select channel from work_case where id = ?",
                Long.parseLong(first)));
        assertEquals(List.of(), timers.timerExpressions(id));
    }

    @Test
    void a_planned_time_fired_twice_or_by_two_callers_at_once_creates_one_task() throws Exception {
        // given: a schedule that will not fire during the test
        long id = save(BackupFixture.custom("IT disparo duplicado", "0 0 3 1 1 *"));
        Instant planned = Instant.parse("2026-01-01T07:00:00Z");
        Instant racedAt = Instant.parse("2026-01-02T07:00:00Z");

        // when
        Optional<Long> first = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.run(id, planned, false));
        Optional<Long> again = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.run(id, planned, false));
        List<Optional<Long>> raced = concurrently(() -> asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.run(id, racedAt, false)));

        // then
        assertTrue(first.isPresent());
        assertEquals(Optional.empty(), again);
        assertEquals(1, raced.stream().filter(Optional::isPresent).count(), raced::toString);
        assertEquals(2, tasks(id));
        assertEquals(2, sql.number("select count(*) from work_case c join backup_task t"
                + " on t.case_id = c.id where t.schedule_id = ?", id), "one case per task");
    }

    @Test
    void editing_replaces_the_timer_and_disabling_cancels_it() throws Exception {
        // given
        ScheduleDraft draft = BackupFixture.custom("IT edición", "0 0 3 * * *");
        long id = save(draft);
        assertEquals(List.of("0 0 3 * * *"), timers.timerExpressions(id));

        // when
        long version = Long.parseLong(sql.textOrNull("select version from backup_schedule where id = ?", id));
        asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(BackupFixture.edited(draft, id, version, "0 30 4 * * Mon-Fri")));

        // then
        assertEquals(List.of("0 30 4 * * mon-fri"), timers.timerExpressions(id).stream()
                .map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList());
        asJefe.callIn(BackupFixture.INSTITUTION, () -> {
            schedules.disable(id);
            return null;
        });
        assertEquals(List.of(), timers.timerExpressions(id));
        asJefe.callIn(BackupFixture.INSTITUTION, () -> {
            schedules.enable(id);
            return null;
        });
        assertEquals(1, timers.timerExpressions(id).size());
    }

    @Test
    void a_bad_expression_is_refused_with_its_attribute_and_nothing_is_saved() throws Exception {
        long before = sql.number("select count(*) from backup_schedule");
        BackupScheduleException refused = assertThrows(BackupScheduleException.class,
                () -> asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(BackupFixture.custom("IT expresión mala", "0 0 25 * * *"))));
        assertEquals(Map.of("customExpression", "backup.schedule.expression.hour"), refused.problems());
        assertEquals(before, sql.number("select count(*) from backup_schedule"));
    }

    @Test
    void a_tecnico_may_not_define_schedules() throws Exception {
        Exception refused = assertThrows(Exception.class,
                () -> asTecnico.callIn(BackupFixture.INSTITUTION, () -> schedules.save(BackupFixture.custom("IT técnico", "0 0 3 * * *"))));
        boolean denied = false;
        for (Throwable t = refused; t != null; t = t.getCause()) {
            denied |= t instanceof jakarta.ejb.EJBAccessException;
        }
        assertTrue(denied, refused::toString);
    }

    @Test
    void the_startup_reconciliation_catches_up_missed_times_exactly_once() throws Exception {
        // given: an hourly schedule whose last task is five and a half hours old (SIGTI was down since)
        long id = save(BackupFixture.custom("IT recuperación", "0 0 * * * *"));
        Instant lastHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant old = lastHour.minus(5, ChronoUnit.HOURS);
        sql.update("update backup_schedule set created_at = ?, updated_at = ? where id = ?",
                at(old.minus(1, ChronoUnit.HOURS)), at(old.minus(1, ChronoUnit.HOURS)), id);
        sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up,"
                + " version) values (?, ?, ?, ?, 'DONE', false, 0)", 900_000_000L + id, id, at(old),
                at(old));
        // a firing of the live timer at the top of the hour may have made the last hour's task already
        long before = tasks(id);

        // when
        timers.reconcile();
        long afterFirst = tasks(id);
        timers.reconcile();

        // then: the 5 hours after the old task, each once; the latest opened a case, the older are MISSED
        assertEquals(6, afterFirst, () -> "tasks before the reconcile: " + before);
        assertEquals(afterFirst, tasks(id), "a second reconcile creates nothing");
        assertEquals(4, sql.number("select count(*) from backup_task where schedule_id = ?"
                + " and status = 'MISSED' and case_id is null and catch_up = true", id));
        String latestCase = sql.textOrNull("select case_id from backup_task where schedule_id = ?"
                + " and planned_at = ?", id, at(lastHour));
        assertNotNull(latestCase, "the latest missed time opened a case");
        if (before == 1) {
            assertTrue(sql.textOrNull("select title from work_case where id = ?", Long.parseLong(latestCase))
                    .contains("recuperación"));
        }
        assertNull(sql.textOrNull("select case_id from backup_task where schedule_id = ? and planned_at = ?",
                id, at(lastHour.minus(1, ChronoUnit.HOURS))));
        assertEquals(1, timers.timerExpressions(id).size(), "exactly one timer after reconciling");
        assertFalse(sql.number("select count(*) from backup_task where schedule_id = ?"
                + " and planned_at > ?", id, at(Instant.now())) > 0);
    }

    @Test
    void a_late_firing_makes_up_the_planned_times_it_skipped_but_leaves_a_downtime_to_the_catch_up() throws Exception {
        // given: two schedules defined in February, daily at 03:00 UTC, last run on 7 and 2 March; SIGTI has been up
        // since before the 8th for the first (its callbacks came late) and only since the 9th for the second (it
        // was down before)
        CalendarExpression daily = CalendarExpression.parse("0 0 3 * * *");
        Instant firing = Instant.parse("2026-03-10T03:00:01Z");
        long late = save(BackupFixture.custom("IT disparo tardío", "0 0 3 1 1 *"));
        long down = save(BackupFixture.custom("IT disparo tras caída", "0 0 3 1 1 *"));
        for (long[] s : new long[][] {{late, 7}, {down, 2}}) {
            sql.update("update backup_schedule set updated_at = ? where id = ?",
                    at(Instant.parse("2026-02-01T00:00:00Z")), s[0]);
            sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status,"
                    + " catch_up, version) values (?, ?, ?, ?, 'DONE', false, 0)", 910_000_000L + s[0], s[0],
                    at(Instant.parse("2026-03-0" + s[1] + "T03:00:00Z")), at(firing));
        }

        // when
        Instant upLong = Instant.parse("2026-03-07T12:00:00Z");
        Instant upShort = Instant.parse("2026-03-09T12:00:00Z");
        List<Long> madeUp = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.fired(late, daily, ZoneOffset.UTC, firing, upLong, 31));
        List<Long> again = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.fired(late, daily, ZoneOffset.UTC, firing.plusSeconds(1), upLong,
                31));
        List<Long> afterDowntime = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.fired(down, daily, ZoneOffset.UTC, firing, upShort, 31));

        // then: the two skipped days and the day itself, each a scheduled run with its case; nothing twice
        assertEquals(3, madeUp.size(), madeUp::toString);
        assertEquals(List.of(), again);
        assertEquals(3, sql.number("select count(*) from backup_task where schedule_id = ?"
                + " and planned_at in (?, ?, ?) and case_id is not null and catch_up = false", late,
                at(Instant.parse("2026-03-08T03:00:00Z")), at(Instant.parse("2026-03-09T03:00:00Z")),
                at(Instant.parse("2026-03-10T03:00:00Z"))));
        assertEquals(4, tasks(late));
        // the downtime's older times are left to the start-up catch-up: only the latest is opened
        assertEquals(1, afterDowntime.size(), afterDowntime::toString);
        assertEquals(2, tasks(down));
    }

    @Test
    void a_task_open_past_its_delay_mails_the_schedules_owner_once() throws Exception {
        // given: a run planned three hours ago, still open, of a schedule that escalates after one hour
        long id = save(BackupFixture.custom("IT atraso", "0 0 3 1 1 *"));
        sql.update("update backup_schedule set overdue_hours = 1, owner_username = ? where id = ?",
                BackupFixture.RESPONSABLE, id);
        Instant planned = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        long task = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.run(id, planned, false)).orElseThrow();
        String caseNumber = sql.textOrNull("select c.case_number from work_case c join backup_task t"
                + " on t.case_id = c.id where t.id = ?", task);
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv().getOrDefault(
                "SIGTI_SMTP_PORT", "13025")), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            // when
            int first = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.escalateOverdue(Instant.now(), 200));
            int second = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.escalateOverdue(Instant.now(), 200));

            // then
            assertTrue(first >= 1, "escalated: " + first);
            assertNotNull(sql.textOrNull("select escalated_at from backup_task where id = ?", task));
            // the outbox sends a moment after the commit, and may first deliver mails it kept while no server
            // listened: wait for this one
            jakarta.mail.internet.MimeMessage mail = null;
            long deadline = System.currentTimeMillis() + 10_000;
            while (mail == null && System.currentTimeMillis() < deadline) {
                mail = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getSubject().contains("IT atraso");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElse(null);
                if (mail == null) {
                    smtp.waitForIncomingEmail(250, smtp.getReceivedMessages().length + 1);
                }
            }
            assertNotNull(mail, "the overdue mail");
            assertTrue(mail.getAllRecipients()[0].toString().contains(BackupFixture.RESPONSABLE_EMAIL),
                    mail.getAllRecipients()[0]::toString);
            assertTrue(mail.getSubject().contains(caseNumber), mail.getSubject());
            assertTrue(mail.getContent().toString().contains(BackupFixture.TECNICO), mail.getContent()::toString);
            assertEquals(0, second, "a second sweep escalated again");
        } finally {
            smtp.stop();
        }
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static <T> List<T> concurrently(java.util.concurrent.Callable<T> call) throws Exception {
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CyclicBarrier start = new CyclicBarrier(callers);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
