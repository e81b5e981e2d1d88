package org.sigti.it.inventory;

import org.openqa.selenium.By;
import org.sigti.it.Browser;

/** The form of a system of the catalog ({@code /inventory/system-edit.xhtml}), as IT staff fill it. */
public final class SystemForm {

    private SystemForm() {
    }

    /** On the open form: saves a platform of low criticality, and waits for SIGTI's answer. */
    public static void savePlatform(Browser browser, String code, String name) {
        browser.type(By.id("system:code"), code);
        browser.type(By.id("system:name"), name);
        browser.select(By.id("system:kind"), "PLATFORM");
        browser.select(By.id("system:criticality"), "LOW");
        browser.submit(By.id("system:save"));
        browser.text(By.id("messages"));
    }
}
