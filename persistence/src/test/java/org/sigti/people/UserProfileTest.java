package org.sigti.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.unit.OrgUnit;
import org.sigti.unit.UnitKind;

class UserProfileTest {

    private final OrgUnit uit = new OrgUnit("AGETIC", "UIT", "Unidad de Infraestructura Tecnológica", UnitKind.IT_TEAM);

    @Test
    void the_first_login_has_no_previous_login() {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        UserProfile profile = new UserProfile("tecnico", now);
        profile.recordLogin("Rosa Condori", "rosa@x.test", uit, List.of("Tecnico", "Solicitante"), now);
        assertEquals(1, profile.getLoginCount());
        assertNull(profile.getPreviousLoginAt());
        assertEquals(List.of("Solicitante", "Tecnico"), profile.getRoles());
        assertEquals(uit, profile.getUnit());
    }

    @Test
    void a_later_login_keeps_the_one_before() {
        Instant first = Instant.parse("2026-11-20T12:00:00Z");
        Instant second = Instant.parse("2026-11-21T08:30:00Z");
        UserProfile profile = new UserProfile("tecnico", first);
        profile.recordLogin("Rosa", null, uit, List.of("Tecnico"), first);
        profile.recordLogin("Rosa Condori", " rosa@x.test ", null, List.of(), second);
        assertEquals(first, profile.getPreviousLoginAt());
        assertEquals(second, profile.getLastLoginAt());
        assertEquals(2, profile.getLoginCount());
        assertEquals("Rosa Condori", profile.getFullName());
        assertEquals("rosa@x.test", profile.getEmail());
        assertNull(profile.getUnit());
        assertEquals(List.of(), profile.getRoles());
    }

    @Test
    void a_missing_name_falls_back_to_the_username_and_long_values_are_cut_to_the_columns() {
        Instant now = Instant.now();
        UserProfile profile = new UserProfile("ana", now);
        profile.recordLogin("  ", "a".repeat(300), null, List.of(), now);
        assertEquals("ana", profile.getFullName());
        assertEquals(UserProfile.EMAIL_MAXLENGTH, profile.getEmail().length());
    }
}
