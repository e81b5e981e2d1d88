package org.sigti.sgsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The register's code and version formats. */
class SgsiTeamsTest {

    @Test
    void a_code_is_sgsi_a_kind_and_three_digits_stored_in_upper_case() {
        assertEquals("SGSI-FOR-026", SgsiTeams.code(" sgsi-for-026 "));
        assertEquals("SGSI-POL-001", SgsiTeams.code("SGSI-POL-001"));
        for (String bad : List.of("SGSI-FOR-26", "SGS-FOR-026", "SGSI_FOR_026", "SGSI-F-026", "SGSI-FOR-0261", "",
                "SGSI-FOR-026; drop")) {
            assertNull(SgsiTeams.code(bad), bad);
        }
        assertNull(SgsiTeams.code(null));
    }

    @Test
    void a_version_is_numbers_separated_by_dots() {
        assertEquals("2.0", SgsiTeams.version(" 2.0 "));
        assertEquals("1", SgsiTeams.version("1"));
        for (String bad : List.of("v2", "2.", "2.0.0.1", "dos", "")) {
            assertNull(SgsiTeams.version(bad), bad);
        }
    }
}
