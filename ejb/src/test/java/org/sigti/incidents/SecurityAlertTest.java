package org.sigti.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a security alert must carry, and the window within which the same alert updates its incident. */
class SecurityAlertTest {

    @AfterEach
    void clear() {
        System.clearProperty(SecurityAlerts.WINDOW_PROPERTY);
    }

    @Test
    void a_complete_alert_has_no_problem() {
        assertEquals(Map.of(), new SecurityAlert("fortigate-01", "ips-4012", "Fuerza bruta contra el VPN", "high",
                null).problems());
    }

    @Test
    void each_wrong_field_is_named_with_what_is_wrong() {
        assertEquals(Map.of("source", "required", "fingerprint", "range", "title", "workflow.title.short",
                "severity", "choice", "detail", "range"), new SecurityAlert(" ", "x".repeat(201), "abc",
                        "urgent", "d".repeat(4001)).problems());
        assertEquals("required", new SecurityAlert("waf", "f", "Inyección SQL", null, null).problems()
                .get("severity"));
    }

    @Test
    void the_window_is_24_hours_unless_configured_with_a_positive_iso_duration() {
        assertEquals(Duration.ofHours(24), SecurityAlerts.window());
        System.setProperty(SecurityAlerts.WINDOW_PROPERTY, "PT30M");
        assertEquals(Duration.ofMinutes(30), SecurityAlerts.window());
        for (String bad : new String[] {"mañana", "PT0S", "-PT1H"}) {
            System.setProperty(SecurityAlerts.WINDOW_PROPERTY, bad);
            assertEquals(Duration.ofHours(24), SecurityAlerts.window(), bad);
        }
    }
}
