package org.sigti.it.backup;

import org.openqa.selenium.By;
import org.sigti.it.Browser;

/** What browser tests do on the backup screens more than once. */
public final class BackupScreens {

    private BackupScreens() {
    }

    /**
     * On "Bases a respaldar" (already open), adds the copy-source cluster test-env.sh starts as a target named
     * {@code name}, its password in the server's SIGTI_TARGET_COPY_SOURCE; the caller checks what the page says.
     */
    public static void addCopySourceTarget(Browser browser, String name) {
        browser.click(By.id("targets:add"));
        browser.type(By.id("targets:name"), name);
        browser.type(By.id("targets:host"), "127.0.0.1");
        browser.type(By.id("targets:port"), System.getenv("SIGTI_TEST_PG_PORT"));
        browser.type(By.id("targets:database"), "copy_source");
        browser.type(By.id("targets:user"), "sigti_copy");
        browser.type(By.id("targets:password-ref"), "SIGTI_TARGET_COPY_SOURCE");
        browser.click(By.id("targets:save"));
    }

    /**
     * On "Calendarios de respaldo" (already open), starts a new schedule: its name, the procedure it runs, what it
     * copies; the caller types the rest (frequency, Técnico...) and calls {@link #saveAndRunNow}.
     */
    public static void newSchedule(Browser browser, String name, String procedure, String targetKind,
            String targetName) {
        browser.click(By.id("schedules:new"));
        browser.type(By.id("schedule:name"), name);
        browser.select(By.id("schedule:procedure"), procedure);
        browser.select(By.id("schedule:target-kind"), targetKind);
        browser.type(By.id("schedule:target-name"), targetName);
    }

    /**
     * Saves the schedule being edited (the page must say it was saved), runs the schedule {@code name} now and
     * answers the number of the case its run opened.
     */
    public static String saveAndRunNow(Browser browser, String name) {
        browser.click(By.id("schedule:save"));
        browser.until(d -> d.findElement(By.id("schedules:messages")).getText().contains("Calendario guardado"));
        By row = By.xpath("//tr[.//span[@class='sigti-schedule-name' and text()='" + name + "']]");
        browser.until(d -> d.findElement(row).findElement(By.cssSelector("button[id$=':run-now']"))).click();
        browser.until(d -> d.findElement(By.id("schedules:messages")).getText().contains("Se abrió la ejecución"));
        return browser.until(d -> d.findElement(By.cssSelector("a.sigti-task-case"))).getText().strip();
    }
}
