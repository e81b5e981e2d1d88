package org.sigti.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginRegistrationTest {

    @Test
    void a_group_names_its_unit_by_its_last_path_segment() {
        assertEquals("UIT", LoginRegistration.unitCode("UIT"));
        assertEquals("UIT", LoginRegistration.unitCode("/Unidades/UIT"));
        assertEquals("RRHH", LoginRegistration.unitCode(" RRHH "));
    }

    @Test
    void groups_that_cannot_be_unit_codes_are_ignored() {
        assertEquals("", LoginRegistration.unitCode(null));
        assertEquals("", LoginRegistration.unitCode("/"));
        assertEquals("", LoginRegistration.unitCode("GG-TI-Grupo-con-un-nombre-demasiado-largo"));
    }
}
