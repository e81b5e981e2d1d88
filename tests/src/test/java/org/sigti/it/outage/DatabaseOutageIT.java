package org.sigti.it.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * PostgreSQL stops under SIGTI while people use it, and comes back (issue 18, fault survival): meanwhile readiness
 * says DOWN and every page answers "SIGTI no está disponible" (503), never a 500; once the database is back SIGTI
 * serves again by itself, without a restart of its own. The tests' PostgreSQL is stopped and started with the same
 * options through test-env.sh (db-stop, db-start); the finally block starts it again whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(30);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(90);
    /** Pages that read the database on every request (the inbox, the equipment register, the security events). */
    private static final List<String> PAGES = List.of("/", "/inventory/equipment.xhtml",
            "/admin/security-events.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void with_postgresql_stopped_pages_answer_503_readiness_is_down_and_sigti_comes_back_by_itself()
            throws Exception {
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            for (String page : PAGES) {
                assertEquals(200L, status(jefe, page), page + " before the outage");
            }
            Map<Integer, Integer> probes = new ConcurrentHashMap<>();
            AtomicBoolean outage = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(3);
            database("db-stop");
            try {
                // clients that keep asking while the database is away: readiness and the public pages
                for (int i = 0; i < 3; i++) {
                    load.submit(() -> {
                        while (outage.get()) {
                            HttpResponse<String> ready = Sigti.get(Sigti.BASE_URL + "/health/ready");
                            probes.merge(ready.statusCode(), 1, Integer::sum);
                            pause(100);
                        }
                        return null;
                    });
                }
                await("readiness DOWN", NOTICED_WITHIN, () -> readiness() == 503);
                for (String page : PAGES) {
                    assertEquals(503L, status(jefe, page), page + " during the outage");
                }
                jefe.open(Sigti.BASE_URL + "/");
                assertEquals("SIGTI no está disponible", jefe.text(By.id("error-title")));
                assertTrue(jefe.all(By.id("error-reference")).isEmpty(), "an outage is not a defect");
            } finally {
                outage.set(false);
                load.shutdown();
                load.awaitTermination(30, TimeUnit.SECONDS);
                database("db-start");
            }
            assertTrue(probes.keySet().stream().allMatch(code -> code == 200 || code == 503), probes::toString);
            await("readiness UP again", BACK_WITHIN, () -> readiness() == 200);
            await("pages served again", BACK_WITHIN, () -> status(jefe, "/") == 200L);
            for (String page : PAGES) {
                assertEquals(200L, status(jefe, page), page + " after the outage");
            }
            jefe.open(Sigti.BASE_URL + "/");
            assertTrue(jefe.all(By.id("error-title")).isEmpty(), () -> jefe.text(By.id("error-title")));
        }
    }

    private static int readiness() {
        try {
            return Sigti.get(Sigti.BASE_URL + "/health/ready").statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long status(Browser b, String page) {
        return ((Number) b.fetch(Sigti.BASE_URL + page).get("status")).longValue();
    }

    /** Runs test-env.sh's db-stop or db-start on the tests' PostgreSQL. */
    private static void database(String command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", Path.of("src/test/scripts/test-env.sh").toAbsolutePath()
                .toString(), command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, () -> command + ": " + output);
    }

    private static void await(String what, Duration within, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(within);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + within);
            }
            pause(500);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
