package org.sigti.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The checks of a publication request: address syntax, private vs public, ports and ranges. */
class PublicationRulesTest {

    private static Map<String, String> problems(String privateIp, String ports, String publicIp) {
        return PublicationRules.problems(PublicationRequest.of("SISGED", privateIp, ports, publicIp), true);
    }

    @Test
    void a_complete_request_with_a_private_destination_and_a_public_source_has_no_problem() {
        assertEquals(Map.of(), problems("10.20.30.40", "443", "200.48.225.130"));
        assertEquals(Map.of(), problems("172.16.0.1", "80, 443, 8080-8090", "190.116.48.2"));
        assertEquals(Map.of(), problems("192.168.10.5", "8443", null));
        assertEquals(Map.of(), problems("fd12:3456:789a::10", "443", "2800:200:e840::1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0", "10.0.0.256", "10.0.0.1.5", "010.0.0.1", "10.0.0.x", "intranet.mindef.gob.pe",
        "10.0.0.1/24", "fd00::zz", ":::1", " "})
    void a_bad_private_address_is_refused_by_its_syntax(String typed) {
        String expected = typed.isBlank() ? PublicationRules.REQUIRED : PublicationRules.IP_SYNTAX;
        assertEquals(Map.of(PublicationRequest.PRIVATE_IP, expected), problems(typed, "443", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "11.0.0.1", "127.0.0.1",
        "2800:200:e840::1"})
    void a_destination_outside_the_private_ranges_is_refused(String typed) {
        assertEquals(Map.of(PublicationRequest.PRIVATE_IP, PublicationRules.NOT_PRIVATE),
                problems(typed, "443", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.1.1", "172.20.0.1", "192.168.1.1", "127.0.0.1", "169.254.1.1", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.10", "198.51.100.7", "203.0.113.9", "198.18.0.1",
        "fd00::1", "fe80::1", "::1", "2001:db8::1"})
    void a_source_that_is_not_public_is_refused(String typed) {
        assertEquals(Map.of(PublicationRequest.PUBLIC_IP, PublicationRules.NOT_PUBLIC),
                problems("10.0.0.1", "443", typed));
    }

    @Test
    void the_public_ip_may_be_left_blank_when_not_applicable_but_not_mistyped() {
        assertEquals(Map.of(), problems("10.0.0.1", "443", ""));
        assertEquals(Map.of(PublicationRequest.PUBLIC_IP, PublicationRules.IP_SYNTAX),
                problems("10.0.0.1", "443", "200.48.225"));
    }

    @Test
    void ports_are_single_ports_or_ranges_from_1_to_65535() {
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.PORTS_RANGE), problems("10.0.0.1", "0", null));
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.PORTS_RANGE),
                problems("10.0.0.1", "65536", null));
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.PORTS_RANGE),
                problems("10.0.0.1", "8080-70000", null));
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.PORTS_ORDER),
                problems("10.0.0.1", "8090-8080", null));
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.PORTS_SYNTAX),
                problems("10.0.0.1", "https", null));
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.PORTS_SYNTAX),
                problems("10.0.0.1", "80,,443", null));
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.PORTS_OVERLAP),
                problems("10.0.0.1", "8080-8090, 8085", null));
        assertEquals(Map.of(), problems("10.0.0.1", "1, 65535, 1024-2048", null));
    }

    @Test
    void ports_are_read_as_ranges_and_written_back_in_one_form() {
        List<PortRange> ports = PublicationRules.ports(" 443 ,8080 - 8090;80");
        assertEquals(List.of(new PortRange(443, 443), new PortRange(8080, 8090), new PortRange(80, 80)), ports);
        assertEquals("443, 8080-8090, 80", PublicationRules.normalized(ports));
        assertEquals(List.of(), PublicationRules.ports("99999"));
    }

    @Test
    void ranges_overlap_when_they_share_a_port() {
        assertTrue(new PortRange(8080, 8090).overlaps(new PortRange(8090, 8100)));
        assertTrue(new PortRange(443, 443).overlaps(new PortRange(400, 500)));
        assertFalse(new PortRange(8080, 8090).overlaps(new PortRange(8091, 8100)));
    }

    @Test
    void incomplete_data_is_allowed_while_the_ticket_is_being_filled_but_not_when_it_is_checked_complete() {
        PublicationRequest partial = PublicationRequest.of("SISGED", "10.0.0.1", "", null);
        assertEquals(Map.of(), PublicationRules.problems(partial, false));
        assertEquals(Map.of(PublicationRequest.PORTS, PublicationRules.REQUIRED),
                PublicationRules.problems(partial, true));
    }

    @Test
    void problems_are_keyed_by_the_steps_own_field_names() {
        PublicationRequest r = new PublicationRequest("SISGED", "8.8.8.8", "443", null, "sis", "ipd", "pts", "ips");
        assertEquals(Map.of("ipd", PublicationRules.NOT_PRIVATE), PublicationRules.problems(r, true));
    }

    @Test
    void ipv6_addresses_are_written_in_one_form() {
        assertEquals("fd12:0:0:0:0:0:0:10", PublicationRules.address("FD12::10").orElseThrow().text());
    }
}
