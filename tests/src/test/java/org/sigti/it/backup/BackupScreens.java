package org.sigti.it.backup;

import org.openqa.selenium.By;
import org.sigti.it.Browser;

/** What browser tests do on the backup screens more than once. */
public final class BackupScreens {

    private BackupScreens() {
    }

    /**
     * On "Bases a respaldar" (already open), adds the copy-source cluster test-env.sh starts as a target named
     * {@code name}, its password in the server's SIGTI_TEST_PG_PASSWORD; the caller checks what the page says.
     */
    public static void addCopySourceTarget(Browser browser, String name) {
        browser.click(By.id("targets:add"));
        browser.type(By.id("targets:name"), name);
        browser.type(By.id("targets:host"), "127.0.0.1");
        browser.type(By.id("targets:port"), System.getenv("SIGTI_TEST_PG_PORT"));
        browser.type(By.id("targets:database"), "copy_source");
        browser.type(By.id("targets:user"), "sigti_copy");
        browser.type(By.id("targets:password-ref"), "SIGTI_TEST_PG_PASSWORD");
        browser.click(By.id("targets:save"));
    }
}
