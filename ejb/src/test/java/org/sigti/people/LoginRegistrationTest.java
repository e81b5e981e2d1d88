package org.sigti.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginRegistrationTest {

    @Test
    void a_subgroup_of_the_units_group_names_a_unit() {
        assertEquals("UIT", LoginRegistration.unitCode("/Unidades", "/Unidades/UIT"));
        assertEquals("RRHH", LoginRegistration.unitCode("/Unidades/", " /Unidades/RRHH "));
        assertEquals("OGTIE-INFRA", LoginRegistration.unitCode("/MINDEF/Unidades", "/MINDEF/Unidades/OGTIE-INFRA"));
    }

    @Test
    void other_groups_are_never_units() {
        assertEquals("", LoginRegistration.unitCode("/Unidades", "/GG-TI-Tecnicos"));
        assertEquals("", LoginRegistration.unitCode("/Unidades", "UIT"));
        assertEquals("", LoginRegistration.unitCode("/Unidades", "/Unidades"));
        assertEquals("", LoginRegistration.unitCode("/Unidades", "/Unidades/UIT/Soporte"));
        assertEquals("", LoginRegistration.unitCode("/Unidades", null));
        assertEquals("", LoginRegistration.unitCode("/Unidades", "/Unidades/UNA-UNIDAD-CON-NOMBRE-LARGO"));
    }
}
