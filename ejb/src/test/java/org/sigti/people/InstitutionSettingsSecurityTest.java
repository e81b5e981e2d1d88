package org.sigti.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.security.ServiceRoles;

/** The Jefe and the Auditor read the institution's letterhead; only the Jefe changes it; nobody else calls it. */
class InstitutionSettingsSecurityTest {

    @Test
    void the_jefe_and_the_auditor_read_and_only_the_jefe_changes() {
        assertEquals(Set.of(Roles.AUDITOR, Roles.JEFE),
                ServiceRoles.of(InstitutionSettings.class.getAnnotation(RolesAllowed.class)));
        assertNull(InstitutionSettings.class.getAnnotation(PermitAll.class));
        assertEquals(Set.of("changeLetterhead", "removeLogo", "replaceLogo"),
                ServiceRoles.narrowedTo(InstitutionSettings.class, Set.of(Roles.JEFE)));
    }
}
