package org.sigti.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class SmtpSessionsTest {

    @Test
    void the_container_sessions_server_and_sender_are_kept_and_the_timeouts_added() {
        // what WildFly's mail subsystem puts in java:jboss/mail/Default (04-mail.cli)
        Properties container = new Properties();
        container.setProperty("mail.transport.protocol", "smtp");
        container.setProperty("mail.smtp.host", "relay.example.gob");
        container.setProperty("mail.smtp.port", "587");
        container.setProperty("mail.smtp.starttls.enable", "true");
        container.setProperty("mail.from", "sigti@example.gob");

        Properties used = SmtpSessions.withTimeouts(container);

        assertEquals("relay.example.gob", used.getProperty("mail.smtp.host"));
        assertEquals("587", used.getProperty("mail.smtp.port"));
        assertEquals("true", used.getProperty("mail.smtp.starttls.enable"));
        assertEquals("sigti@example.gob", used.getProperty("mail.from"));
        assertEquals("10000", used.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("20000", used.getProperty("mail.smtp.timeout"));
        assertEquals("20000", used.getProperty("mail.smtp.writetimeout"));
        assertEquals(null, container.getProperty("mail.smtp.timeout"), "the container's session is left as it is");
    }

    @Test
    void a_timeout_the_container_sets_itself_wins() {
        Properties defaults = new Properties();
        defaults.setProperty("mail.smtp.timeout", "5000");
        Properties container = new Properties(defaults);

        assertEquals("5000", SmtpSessions.withTimeouts(container).getProperty("mail.smtp.timeout"));
    }
}
