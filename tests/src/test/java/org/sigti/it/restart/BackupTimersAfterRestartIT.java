package org.sigti.it.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Second half of the backup restart test, on a later start of the server: the schedule's persistent timer is still
 * there (exactly one), it fires again, and every planned time of the downtime (every 2 seconds) has exactly one task (the
 * catch-up and WildFly's own late firing never both create one), up to the catch-up's cap of 31.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "sigti.restart.phase", matches = "after")
class BackupTimersAfterRestartIT {

    private static final int CAP = 31;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return BackupProbeClient.ear();
    }

    @Test
    void a_pg_dump_run_this_server_left_running_is_failed_at_start_and_its_partial_file_removed()
            throws IOException, InterruptedException {
        Properties runs = new Properties();
        try (InputStream in = Files.newInputStream(BackupTimersBeforeRestartIT.interruptedMarker())) {
            runs.load(in);
        }
        String mine = runs.getProperty("mine");
        String other = runs.getProperty("other");
        Properties state = BackupProbeClient.call("do=runs&ids=" + mine + "," + other);
        assertEquals("FAILED", state.getProperty(mine + ".status"));
        assertTrue(state.getProperty(mine + ".message").startsWith("Interrumpido: el servidor se detuvo"),
                state::toString);
        assertEquals("false", state.getProperty(mine + ".file"), "the partial copy is still there");
        // another node's run may still be going on there: left alone
        assertEquals("RUNNING", state.getProperty(other + ".status"));
        assertEquals("true", state.getProperty(other + ".file"));
    }

    @Test
    void the_timer_survives_and_the_missed_firings_exist_exactly_once() throws IOException, InterruptedException {
        Properties marker = new Properties();
        try (InputStream in = Files.newInputStream(BackupTimersBeforeRestartIT.marker())) {
            marker.load(in);
        }
        String id = marker.getProperty("scheduleId");
        long started = Instant.now().getEpochSecond();
        Properties state = BackupProbeClient.call("do=check&id=" + id);
        // wait for a firing after this start and for the start-up reconciliation (2 s after the deployment), whose
        // catch-up records the planned times of the downtime that WildFly's one late firing does not make up (the
        // earlier starts of this build caught up too: the count alone does not tell this start's catch-up ran)
        Instant deadline = Instant.now().plusSeconds(40);
        while ((last(state) < started || "0".equals(state.getProperty("catchUp")) || shortGap(planned(state)))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
            state = BackupProbeClient.call("do=check&id=" + id);
        }
        assertEquals(BackupRestartProbe.EXPRESSION, state.getProperty("timers"), "exactly one timer after the restart");
        BackupProbeClient.call("do=disable&id=" + id);
        state = BackupProbeClient.call("do=check&id=" + id);
        List<Long> planned = planned(state);

        assertTrue(last(state) >= started, () -> "no firing after the restart: " + planned);
        assertTrue(Long.parseLong(state.getProperty("catchUp")) > 0, () -> "nothing was caught up: " + planned);
        assertEquals("0", state.getProperty("withoutCase"), "a run without its case");
        assertEquals(planned.size(), planned.stream().distinct().count(), "a planned time twice");
        // every planned time up to the last is there, except those older than the catch-up's cap at the restart
        int period = BackupRestartProbe.PERIOD_SECONDS;
        int gaps = 0;
        for (int i = 1; i < planned.size(); i++) {
            long step = planned.get(i) - planned.get(i - 1);
            assertEquals(0, step % period, () -> "not on the schedule's grid: " + planned);
            if (step != period) {
                gaps++;
                long from = planned.get(i - 1);
                long to = planned.get(i);
                assertTrue(step > (long) period * CAP, () -> "a missed firing was lost between " + from + " and "
                        + to + " (" + planned.size() + " tasks, from " + planned.get(0) + " to "
                        + planned.get(planned.size() - 1) + ")");
            }
        }
        assertTrue(gaps <= 1, () -> "more than one gap: " + planned);
        Properties after = BackupProbeClient.call("do=check&id=" + id);
        assertEquals("", after.getProperty("timers"), "the disabled schedule kept a timer");
    }

    private static List<Long> planned(Properties state) {
        String text = state.getProperty("planned", "");
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(";")).map(Long::valueOf).toList();
    }

    /** Whether some planned times are missing between two tasks, fewer than the catch-up's cap would fill. */
    private static boolean shortGap(List<Long> planned) {
        int period = BackupRestartProbe.PERIOD_SECONDS;
        for (int i = 1; i < planned.size(); i++) {
            long step = planned.get(i) - planned.get(i - 1);
            if (step != period && step <= (long) period * CAP) {
                return true;
            }
        }
        return false;
    }

    private static long last(Properties state) {
        List<Long> planned = planned(state);
        return planned.isEmpty() ? 0 : planned.get(planned.size() - 1);
    }
}
