package org.sigti.it.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AlsoOnH2;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.WorkCase;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Case numbers are gap-free per series and year (issue 20, item 3) under concurrent filing: 16 threads each file 25
 * cases at once through the kernel, one filing in five rolled back after it took its number. Every committed case has
 * a number of its own, the year's numbers run without a hole from the first to the counter's last (every case filed
 * meanwhile by anyone counted), and a rolled-back filing holds no number: the next filing takes it again. Runs on
 * PostgreSQL and on H2 (the counter row's lock differs between the two).
 */
@ExtendWith(ArquillianExtension.class)
class CaseNumberingIT {

    private static final String PR01 = "UGAT/AIT-PR01";
    private static final int THREADS = 16;
    private static final int FILINGS = 25;

    static final Actor SOLICITANTE = new Actor("numeros.solicitante", "Nora Números", null, List.of("Solicitante"),
            "RRHH");

    @Inject
    CaseEngine engine;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    /** Threads with the container's context: 16 of them at once (the default managed executor runs fewer). */
    @Resource
    ManagedThreadFactory threadFactory;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() throws Exception {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "numbering-probe.war")
                .addClasses(CaseNumberingIT.class, Sigti.class, Sql.class)
                .addAsLibrary(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return Sigti.earWithTestFlows(probe, ShrinkWrap.create(JavaArchive.class, "numbering-flows.jar")
                .addClass(ParallelTestFlow.class));
    }

    /** Whether {@code e} is a lock not granted in time (H2's lock timeout, PostgreSQL's lock_not_available). */
    private static boolean lockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("LockTimeout") || name.contains("PessimisticLock") || message.contains("HYT00")
                    || message.contains("Timeout trying to lock") || message.contains("55P03")) {
                return true;
            }
        }
        return false;
    }

    /** What one filing did: its number, and whether it committed. */
    private record Filing(String number, boolean committed) {
    }

    @Test
    @AlsoOnH2
    void sixteen_threads_filing_at_once_take_every_number_once_and_a_rolled_back_filing_none() throws Exception {
        Sql sql = new Sql(db);
        int year = Year.now(ZoneOffset.UTC).getValue();
        String prefix = "SOL-" + year + "-";
        String mark = "numeración " + Long.toString(System.nanoTime(), 36);
        long before = sql.number("select coalesce(max(last_number), 0) from number_counter"
                + " where series = 'SOL' and year_number = ?", year);

        ExecutorService executor = Executors.newFixedThreadPool(THREADS, threadFactory);
        AtomicInteger retries = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Filing>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(executor.submit(() -> {
                go.await();
                List<Filing> done = new ArrayList<>();
                for (int i = 0; i < FILINGS; i++) {
                    boolean rollBack = i % 5 == 2;
                    String title = mark + " " + thread + "." + i + (rollBack ? " deshecha" : "");
                    for (int attempt = 1;; attempt++) {
                        tx.begin();
                        try {
                            WorkCase c = engine.start(PR01, SOLICITANTE, new NewCase(title,
                                    "Numeración concurrente.", "ASISTENCIA_SOFTWARE", null, null, null, null), null);
                            if (rollBack) {
                                tx.rollback();
                            } else {
                                tx.commit();
                            }
                            done.add(new Filing(c.getNumber(), !rollBack));
                            break;
                        } catch (Exception e) {
                            if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                                tx.rollback();
                            }
                            // H2 gives up waiting for the counter's row after its lock timeout (2 s): filed again,
                            // as the person would; the failed attempt took no number
                            if (attempt < 5 && lockTimeout(e)) {
                                retries.incrementAndGet();
                                continue;
                            }
                            throw e;
                        }
                    }
                }
                return done;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        List<Filing> filings = new ArrayList<>();
        for (Future<List<Filing>> thread : threads) {
            filings.addAll(thread.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        executor.shutdown();
        List<String> committed = filings.stream().filter(Filing::committed).map(Filing::number).toList();
        List<String> rolledBack = filings.stream().filter(f -> !f.committed()).map(Filing::number).toList();
        System.out.printf("CaseNumberingIT: %d filings (%d committed) by %d threads in %.1f s: %.0f/s, %d filed again"
                + " after a lock timeout%n", filings.size(), committed.size(), THREADS, seconds,
                filings.size() / seconds, retries.get());

        // no duplicates: every committed filing has a number of its own, and the database holds it for that filing
        assertEquals(THREADS * FILINGS, filings.size());
        assertEquals(THREADS * FILINGS * 4 / 5, committed.size());
        assertEquals(committed.size(), new TreeSet<>(committed).size(), "a number given twice");
        assertEquals(committed.size(), sql.number("select count(*) from work_case where title like ?", mark + " %"));
        assertEquals(0, sql.number("select count(*) from work_case where title like ?", mark + " % deshecha"),
                "a rolled-back filing left its case");

        // no gaps: the year's numbers after the run's first run without a hole up to the counter's last
        long last = sql.number("select last_number from number_counter where series = 'SOL' and year_number = ?",
                year);
        List<Long> taken = new ArrayList<>();
        for (String[] row : sql.table(100_000, "select case_number from work_case where case_number like ?",
                prefix + "%")) {
            long n = Long.parseLong(row[0].substring(prefix.length()));
            if (n > before) {
                taken.add(n);
            }
        }
        Collections.sort(taken);
        assertEquals(last - before, taken.size(), "numbers after " + before + " up to " + last + ": " + taken);
        for (int i = 0; i < taken.size(); i++) {
            assertEquals(before + 1 + i, taken.get(i), "the hole at " + (before + 1 + i));
        }
        for (String number : committed) {
            long n = Long.parseLong(number.substring(prefix.length()));
            assertTrue(n > before && n <= last, number);
        }
        // a rolled-back filing's number went to a later filing, or is the counter's next
        for (String number : rolledBack) {
            long n = Long.parseLong(number.substring(prefix.length()));
            assertTrue(n <= last + 1, number + " beyond the counter's next (" + (last + 1) + ")");
            if (n <= last) {
                assertEquals(1, sql.number("select count(*) from work_case where case_number = ?", number),
                        number + " was left unused");
            }
        }
    }
}
