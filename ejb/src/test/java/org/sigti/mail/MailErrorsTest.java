package org.sigti.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.junit.jupiter.api.Test;

class MailErrorsTest {

    @Test
    void a_refused_or_unknown_server_is_a_connection_failure() {
        assertEquals(MailErrorKind.CONNECTION, MailErrors.kind(new MessagingException(
                "Couldn't connect to host, port: localhost, 13025; timeout 10000",
                new ConnectException("Connection refused"))));
        assertEquals(MailErrorKind.CONNECTION, MailErrors.kind(new MessagingException("Unknown SMTP host: relay",
                new UnknownHostException("relay"))));
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_a_timeout() {
        assertEquals(MailErrorKind.TIMEOUT, MailErrors.kind(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void a_refused_login_and_a_refused_recipient_are_told_apart() {
        assertEquals(MailErrorKind.AUTHENTICATION, MailErrors.kind(new AuthenticationFailedException("535 5.7.8")));
        assertEquals(MailErrorKind.REJECTED, MailErrors.kind(new SendFailedException("550 5.1.1 User unknown")));
        assertEquals(MailErrorKind.OTHER, MailErrors.kind(new MessagingException("421 Service not available")));
    }

    @Test
    void the_text_is_one_short_line_with_the_causes_and_no_stack_trace() {
        String text = MailErrors.describe(new MessagingException("Couldn't connect to host, port: localhost, 13025;"
                + "\r\nX-Forged: yes", new ConnectException("Connection refused")));

        assertEquals("Couldn't connect to host, port: localhost, 13025; X-Forged: yes (Connection refused)", text);
        String longText = MailErrors.describe(new MessagingException("x".repeat(2000)));
        assertEquals(OutboxMail.ERROR_MAXLENGTH, longText.length());
        assertTrue(longText.endsWith("…"));
        assertFalse(MailErrors.describe(new IllegalStateException()).isBlank(), "an exception without a message");
    }
}
