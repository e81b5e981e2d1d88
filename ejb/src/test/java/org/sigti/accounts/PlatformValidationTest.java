package org.sigti.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformValidationTest {

    @Test
    void a_complete_platform_has_no_problems_and_codes_are_stored_in_capitals() {
        assertEquals(Map.of(), PlatformValidation.problems(new PlatformDraft(" ad ", "Active Directory", null, null)));
        assertEquals("AD", PlatformValidation.code(" ad "));
    }

    @Test
    void name_and_code_are_required_and_bounded() {
        assertEquals(Map.of("code", "platforms.field.required", "name", "platforms.field.required"),
                PlatformValidation.problems(new PlatformDraft(" ", "", null, null)));
        assertEquals(Map.of("code", "platforms.field.tooLong", "accountRule", "platforms.field.tooLong"),
                PlatformValidation.problems(new PlatformDraft("X".repeat(31), "Nombre", null, "r".repeat(1001))));
    }

    @Test
    void codes_that_would_break_the_procedures_fields_are_refused() {
        for (String bad : new String[] {"AD:USB", "AD, VPN", "MAL CODIGO", "-X"}) {
            assertEquals(Map.of("code", "platforms.code.format"),
                    PlatformValidation.problems(new PrivilegeDraft(bad, "Nombre", false)), bad);
        }
        assertEquals(Map.of(), PlatformValidation.problems(new PrivilegeDraft("redes_sociales", "Redes", true)));
    }
}
