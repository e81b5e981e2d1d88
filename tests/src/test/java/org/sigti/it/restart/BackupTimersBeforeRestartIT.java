package org.sigti.it.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import org.sigti.it.AlsoOnH2;

/**
 * First half of the backup restart test (the failsafe execution before-restart): a schedule firing every 2 seconds
 * gets its persistent timer and its first task; its id goes to a marker for {@link BackupTimersAfterRestartIT}.
 */
@AlsoOnH2
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "sigti.restart.phase", matches = "before")
class BackupTimersBeforeRestartIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return BackupProbeClient.ear();
    }

    @Test
    void a_schedule_has_its_timer_and_its_first_task() throws IOException, InterruptedException {
        Properties created = BackupProbeClient.call("do=create");
        String id = created.getProperty("id");
        Properties state = BackupProbeClient.call("do=check&id=" + id);
        assertEquals(BackupRestartProbe.EXPRESSION, state.getProperty("timers"));
        assertFalse(state.getProperty("planned").isEmpty(), "no task in 30 s");
        Properties marker = new Properties();
        marker.setProperty("scheduleId", id);
        try (OutputStream out = Files.newOutputStream(marker())) {
            marker.store(out, "written by BackupTimersBeforeRestartIT, read by BackupTimersAfterRestartIT");
        }
    }

    @Test
    void a_pg_dump_run_is_left_running_with_its_partial_file_as_a_crash_leaves_it()
            throws IOException, InterruptedException {
        Properties runs = BackupProbeClient.call("do=interrupt");
        Properties state = BackupProbeClient.call("do=runs&ids=" + runs.getProperty("mine") + ","
                + runs.getProperty("other"));
        assertEquals("RUNNING", state.getProperty(runs.getProperty("mine") + ".status"));
        assertEquals("true", state.getProperty(runs.getProperty("mine") + ".file"));
        try (OutputStream out = Files.newOutputStream(interruptedMarker())) {
            runs.store(out, "written by BackupTimersBeforeRestartIT, read by BackupTimersAfterRestartIT");
        }
    }

    static Path interruptedMarker() {
        return Path.of(System.getProperty("sigti.restart.marker") + ".interrupted");
    }

    static Path marker() {
        return Path.of(System.getProperty("sigti.restart.marker") + ".backup");
    }
}
