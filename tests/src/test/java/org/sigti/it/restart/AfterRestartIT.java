package org.sigti.it.restart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * Second half of the restart test, on a later start of the server: the auditor's earlier login is still known, so
 * the database kept its data across restarts (an in-memory database would show "first login" here).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "sigti.restart.phase", matches = "after")
class AfterRestartIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void the_login_before_the_restart_is_remembered() throws IOException {
        Properties marker = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("sigti.restart.marker")))) {
            marker.load(in);
        }
        Instant firstLogin = Instant.parse(marker.getProperty("loginStartedAt")).truncatedTo(ChronoUnit.MINUTES);
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login(BeforeRestartIT.USER, BeforeRestartIT.USER);
            String previous = browser.text(By.id("profile-previous-login"));
            assertFalse(previous.contains("primer ingreso"), "SIGTI forgot the login made before the restart");
            Instant shown = LocalDateTime.parse(previous, SHOWN).atZone(ZoneId.of("America/La_Paz")).toInstant();
            assertTrue(!shown.isBefore(firstLogin), () -> "previous login " + shown + " is older than " + firstLogin);
        }
    }
}
