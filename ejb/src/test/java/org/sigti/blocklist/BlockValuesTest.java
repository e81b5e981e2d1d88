package org.sigti.blocklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.blocklist.BlockedEntry.Kind;
import org.sigti.workflow.WorkflowException;

/** What may be blocked: one value a line, normalized so that one sender is one line whatever its spelling. */
class BlockValuesTest {

    @Test
    void values_are_normalized_and_repeats_dropped() {
        assertEquals(List.of("avisos@banco-falso.example", "otro@x.example"), BlockValues.parse(Kind.SENDER,
                " Avisos@Banco-Falso.example\n<avisos@banco-falso.example>, otro@x.example "));
        assertEquals(List.of("banco-falso.example"), BlockValues.parse(Kind.DOMAIN, "@Banco-Falso.example.\n"));
        assertEquals(List.of("198.51.100.23", "2001:db8:0:0:0:0:0:1"), BlockValues.parse(Kind.IP,
                "198.51.100.23; [2001:DB8::1]"));
        assertEquals(List.of("https://banco-falso.example", "http://x.example:8080/a?b=1"), BlockValues.parse(Kind.URL,
                "HTTPS://Banco-Falso.example/\nhttp://x.example:8080/a?b=1"));
        assertEquals(List.of(), BlockValues.parse(Kind.IP, "  \n "));
        assertEquals(List.of(), BlockValues.parse(Kind.IP, null));
    }

    @Test
    void what_is_not_of_its_kind_or_not_public_is_refused_by_name() {
        for (String ip : List.of("10.1.2.3", "192.168.0.1", "172.16.5.5", "127.0.0.1", "169.254.1.1", "0.0.0.0",
                "100.64.0.1", "224.0.0.1", "fd00::1", "::1", "fe80::1", "999.1.1.1", "mx.example")) {
            WorkflowException e = assertThrows(WorkflowException.class, () -> BlockValues.parse(Kind.IP, ip), ip);
            assertEquals("blocklist.invalid.IP", e.messageKey());
            assertEquals(List.of(ip), e.arguments());
        }
        assertEquals("blocklist.invalid.SENDER", assertThrows(WorkflowException.class,
                () -> BlockValues.parse(Kind.SENDER, "sin-arroba.example")).messageKey());
        assertEquals("blocklist.invalid.DOMAIN", assertThrows(WorkflowException.class,
                () -> BlockValues.parse(Kind.DOMAIN, "no es dominio")).messageKey());
        assertEquals("blocklist.invalid.URL", assertThrows(WorkflowException.class,
                () -> BlockValues.parse(Kind.URL, "javascript:alert(1)")).messageKey());
    }
}
