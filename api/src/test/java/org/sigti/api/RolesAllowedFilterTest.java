package org.sigti.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

class RolesAllowedFilterTest {

    @RolesAllowed("Jefe")
    static class Resource {

        @RolesAllowed({"Operador", "Tecnico"})
        public void own() {
        }

        public void inherited() {
        }

        @PermitAll
        public void open() {
        }
    }

    static class Unannotated {

        public void none() {
        }
    }

    @Test
    void a_method_s_roles_override_its_class_s_and_permit_all_opens_it() throws NoSuchMethodException {
        assertArrayEquals(new String[] {"Operador", "Tecnico"},
                RolesAllowedFilter.roles(Resource.class.getMethod("own"), Resource.class));
        assertArrayEquals(new String[] {"Jefe"},
                RolesAllowedFilter.roles(Resource.class.getMethod("inherited"), Resource.class));
        assertNull(RolesAllowedFilter.roles(Resource.class.getMethod("open"), Resource.class));
        assertNull(RolesAllowedFilter.roles(Unannotated.class.getMethod("none"), Unannotated.class));
    }
}
