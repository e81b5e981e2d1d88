package org.sigti.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;

import org.junit.jupiter.api.Test;

/**
 * Who brings Keycloak's events in: the Jefe and the Auditor (their screen's "Actualizar"), and the clock, open
 * because the container calls it without a caller, running as the Auditor.
 */
class KeycloakEventsSecurityTest {

    private static final Set<String> OVERSIGHT = Set.of(Roles.AUDITOR, Roles.JEFE);

    @Test
    void the_import_is_for_the_jefe_and_the_auditor_only() {
        for (Class<?> bean : new Class<?>[] {KeycloakEvents.class, KeycloakEventImport.class}) {
            assertEquals(OVERSIGHT, ServiceRoles.of(bean.getAnnotation(RolesAllowed.class)), bean::getSimpleName);
            assertEquals(Set.of(), ServiceRoles.narrowedTo(bean, OVERSIGHT), bean::getSimpleName);
        }
    }

    @Test
    void the_clock_is_open_and_calls_as_the_auditor() {
        assertNotNull(KeycloakEventTimer.class.getAnnotation(PermitAll.class));
        assertEquals(Roles.AUDITOR, KeycloakEventTimer.class.getAnnotation(RunAs.class).value());
        assertNull(KeycloakEventTimer.class.getAnnotation(RolesAllowed.class));
    }
}
