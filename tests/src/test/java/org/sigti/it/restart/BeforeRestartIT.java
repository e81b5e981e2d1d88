package org.sigti.it.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.AlsoOnH2;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * First half of the restart test (its own failsafe execution, so its own server start): the auditor logs in and
 * SIGTI stores the login in its database. {@link AfterRestartIT} runs on a later start of the server.
 */
@AlsoOnH2
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "sigti.restart.phase", matches = "before")
class BeforeRestartIT {

    static final String USER = "auditor";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void a_login_is_stored() throws IOException {
        Instant before = Instant.now();
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login(USER, USER);
            assertEquals("Bienvenido(a), Elena Torrez Ayala", browser.text(By.id("welcome")));
        }
        Properties marker = new Properties();
        marker.setProperty("loginStartedAt", before.toString());
        try (OutputStream out = Files.newOutputStream(Path.of(System.getProperty("sigti.restart.marker")))) {
            marker.store(out, "written by BeforeRestartIT, read by AfterRestartIT");
        }
    }
}
