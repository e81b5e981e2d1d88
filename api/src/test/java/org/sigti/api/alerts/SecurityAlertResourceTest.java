package org.sigti.api.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.api.ApiInputException;
import org.sigti.incidents.SecurityAlert;

/** The body of {@code POST /security-alerts}, read strictly before any service is called. */
class SecurityAlertResourceTest {

    @Test
    void reads_an_alert() {
        assertEquals(new SecurityAlert("fortigate-01", "ips-4012", "Fuerza bruta contra el VPN", "high", null),
                SecurityAlertResource.parse("{\"source\":\"fortigate-01\",\"fingerprint\":\"ips-4012\","
                        + "\"title\":\"Fuerza bruta contra el VPN\",\"severity\":\"high\",\"detail\":null}"));
    }

    @Test
    void a_body_that_is_not_a_json_object_is_malformed() {
        for (String body : new String[] {"", "{", "[1]", "no json"}) {
            assertEquals("malformed", assertThrows(ApiInputException.class, () -> SecurityAlertResource.parse(body),
                    body).kind(), body);
        }
    }

    @Test
    void unknown_mistyped_control_and_missing_fields_are_each_named() {
        ApiInputException e = assertThrows(ApiInputException.class, () -> SecurityAlertResource.parse(
                "{\"source\":\"waf\\u0000\",\"fingerprint\":7,\"title\":\"Inyección SQL\",\"priority\":\"alta\"}"));
        assertEquals(Map.of("source", "control", "fingerprint", "string", "priority", "unknown", "severity",
                "required"), e.fields());
    }
}
