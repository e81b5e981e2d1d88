package org.sigti.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** What a service's {@code @RolesAllowed} say, for the unit tests that pin each service's roles. */
public final class ServiceRoles {

    private ServiceRoles() {
    }

    /**
     * The public methods of a service that narrow its roles with their own {@code @RolesAllowed}, each checked to
     * allow exactly {@code roles}; no public method may be {@code @PermitAll}.
     */
    public static Set<String> narrowedTo(Class<?> bean, Set<String> roles) {
        Set<String> narrowed = new TreeSet<>();
        for (Method method : bean.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            assertNull(method.getAnnotation(PermitAll.class), method::getName);
            RolesAllowed own = method.getAnnotation(RolesAllowed.class);
            if (own != null) {
                assertEquals(roles, of(own), method::getName);
                narrowed.add(method.getName());
            }
        }
        return narrowed;
    }

    /** The roles an annotation allows, in order; none for no annotation. */
    public static Set<String> of(RolesAllowed annotation) {
        return annotation == null ? Set.of() : new TreeSet<>(Arrays.asList(annotation.value()));
    }
}
