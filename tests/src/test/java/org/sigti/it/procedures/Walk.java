package org.sigti.it.procedures;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What the browser walks of procedures share: one SMTP server (GreenMail) for the class, and the people of the
 * current test, each logged in once at their own desk (browser), closed after the test.
 */
public abstract class Walk {

    protected static Mailbox mailbox;

    private final Map<String, Desk> desks = new LinkedHashMap<>();
    private String shotPrefix;

    @BeforeAll
    protected static void startMailServer() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    protected static void stopMailServer() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @BeforeEach
    protected void name(TestInfo test) {
        shotPrefix = test.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    protected void leaveDesks() {
        desks.values().forEach(Desk::close);
        desks.clear();
    }

    protected Desk desk(String user) {
        return desks.computeIfAbsent(user, u -> Desk.login(u, shotPrefix));
    }
}
