package org.sigti.secplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.WorkflowException;

/** The administration profiles as step 2 writes them: one a line, "name: functions". */
class SecurityPlatformsTest {

    @Test
    void profiles_are_read_in_their_order() {
        assertEquals(Map.of("Operador", "consulta de reglas y registros", "Administrador",
                "configuración: reglas, usuarios"), SecurityPlatforms.parseProfiles(
                        "Operador: consulta de reglas y registros\n\n  Administrador : configuración: reglas, usuarios"));
        assertEquals(List.of("Operador", "Administrador"), List.copyOf(SecurityPlatforms.parseProfiles(
                "Operador: a\nAdministrador: b").keySet()));
    }

    @Test
    void a_line_without_functions_a_repeated_name_or_nothing_is_refused() {
        for (String bad : List.of("Operador", "Operador:", ": funciones", "", "  \n ")) {
            assertEquals("secplatform.profiles.format", assertThrows(WorkflowException.class,
                    () -> SecurityPlatforms.parseProfiles(bad)).messageKey(), bad);
        }
        assertEquals("secplatform.profiles.duplicate", assertThrows(WorkflowException.class,
                () -> SecurityPlatforms.parseProfiles("Operador: a\noperador: b")).messageKey());
    }
}
