package org.sigti.mail;

import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

/**
 * The session the outbox sends with: the one WildFly's mail subsystem resolved from {@code java:jboss/mail/Default}
 * (host, port, STARTTLS, from address, user; wildfly-config/cli/04-mail.cli) plus connect, read and write timeouts, so
 * a relay that accepts the connection and then hangs costs an attempt, not a worker thread. The subsystem's
 * {@code server=smtp} has no attribute for Jakarta Mail properties (only a {@code custom} server has
 * {@code properties}), so they are added here; a value the container session already has is kept. The password stays
 * in the container session: this one asks it through {@link Session#requestPasswordAuthentication}.
 */
final class SmtpSessions {

    static final String CONNECT_TIMEOUT = "mail.smtp.connectiontimeout";
    static final String READ_TIMEOUT = "mail.smtp.timeout";
    static final String WRITE_TIMEOUT = "mail.smtp.writetimeout";
    /** Milliseconds to open the connection. */
    static final int CONNECT_MILLIS = 10_000;
    /** Milliseconds for each answer of the server. */
    static final int READ_MILLIS = 20_000;
    /** Milliseconds for each write to the server. */
    static final int WRITE_MILLIS = 20_000;

    private SmtpSessions() {
    }

    /** The container session's properties (defaults included) with the timeouts it does not set itself. */
    static Properties withTimeouts(Properties container) {
        Properties properties = new Properties();
        for (String name : container.stringPropertyNames()) {
            properties.setProperty(name, container.getProperty(name));
        }
        properties.putIfAbsent(CONNECT_TIMEOUT, String.valueOf(CONNECT_MILLIS));
        properties.putIfAbsent(READ_TIMEOUT, String.valueOf(READ_MILLIS));
        properties.putIfAbsent(WRITE_TIMEOUT, String.valueOf(WRITE_MILLIS));
        return properties;
    }

    /** A session like the container's, with the timeouts. */
    static Session derive(Session container) {
        return Session.getInstance(withTimeouts(container.getProperties()), new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return container.requestPasswordAuthentication(getRequestingSite(), getRequestingPort(),
                        getRequestingProtocol(), getRequestingPrompt(), getDefaultUserName());
            }
        });
    }
}
