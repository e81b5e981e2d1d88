package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.security.ServiceRoles;

/** Everyone reads the service levels; only the Jefe changes them. */
class ServiceLevelsSecurityTest {

    private static final Set<String> EDITS = Set.of("updateTargets", "replaceHours", "addHoliday", "removeHoliday",
            "changeZone");

    @Test
    void every_role_reads_and_only_the_jefe_edits() {
        for (Class<?> bean : List.of(ServiceLevels.class, ServiceLevelCache.class)) {
            assertEquals(new TreeSet<>(Roles.ALL), ServiceRoles.of(bean.getAnnotation(RolesAllowed.class)),
                    bean::getName);
            assertNull(bean.getAnnotation(PermitAll.class), bean::getName);
        }
        assertEquals(EDITS, ServiceRoles.narrowedTo(ServiceLevels.class, Set.of(Roles.JEFE)));
        Method invalidate = method(ServiceLevelCache.class, "invalidateAfterCompletion");
        assertNotNull(invalidate);
        assertEquals(Set.of(Roles.JEFE), ServiceRoles.of(invalidate.getAnnotation(RolesAllowed.class)));
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElse(null);
    }
}
