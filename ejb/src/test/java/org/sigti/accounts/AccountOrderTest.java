package org.sigti.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.WorkflowException;

/** The form of an account order: person, platforms, privileges per platform, equipment. */
class AccountOrderTest {

    private static final AccountOrder.Fields F = new AccountOrder.Fields("usuario", "nombre", "unidad", "plataformas",
            "privilegios", "equipo");

    private static Map<String, String> values(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void reads_person_platforms_and_privileges_normalized() {
        AccountOrder order = AccountOrder.parse(F, values(F.username(), " Ana.Perez ", F.name(),
                "Ana Pérez", F.unit(), "rrhh", F.platforms(), "ad, zimbra;VPN ad",
                F.privileges(), "ad:usb, AD:USUARIO vpn:teletrabajo", F.equipment(), "42"), true);
        assertEquals("ana.perez", order.username());
        assertEquals("RRHH", order.unitCode());
        assertEquals(List.of("AD", "ZIMBRA", "VPN"), order.platforms());
        assertEquals(Set.of("USB", "USUARIO"), order.privilegesOn("AD"));
        assertEquals(Set.of(), order.privilegesOn("ZIMBRA"));
        assertEquals(42L, order.equipmentId());
    }

    @Test
    void a_baja_needs_only_the_person() {
        AccountOrder order = AccountOrder.parse(F, values(F.username(), "ana.perez", F.name(), "Ana"),
                false);
        assertEquals(List.of(), order.platforms());
        assertNull(order.equipmentId());
    }

    @Test
    void bad_values_are_refused_per_field() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> AccountOrder.parse(F, values(
                F.username(), "ana perez!", F.platforms(), "AD", F.privileges(),
                "ZIMBRA:BUZON, nonsense", F.equipment(), "-3"), true));
        assertEquals("workflow.input.invalid", e.messageKey());
        assertEquals("accounts.field.username", e.fieldProblems().get(F.username()));
        assertEquals("workflow.field.required", e.fieldProblems().get(F.name()));
        assertEquals("accounts.field.privileges", e.fieldProblems().get(F.privileges()));
        assertEquals("accounts.field.equipment", e.fieldProblems().get(F.equipment()));
    }

    @Test
    void a_privilege_must_be_on_an_ordered_platform() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> AccountOrder.parse(F, values(
                F.username(), "ana", F.name(), "Ana", F.platforms(), "AD",
                F.privileges(), "VPN:TELETRABAJO"), true));
        assertEquals("accounts.field.privilegePlatform", e.fieldProblems().get(F.privileges()));
    }

    @Test
    void an_alta_needs_platforms() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> AccountOrder.parse(F, values(
                F.username(), "ana", F.name(), "Ana"), true));
        assertEquals("workflow.field.required", e.fieldProblems().get(F.platforms()));
    }

    @Test
    void accepts_pairs_for_the_trail() {
        AccountOrder order = AccountOrder.parse(F, values(F.username(), "ana", F.name(), "Ana",
                F.platforms(), "AD", F.privileges(), "AD:USB"), true);
        assertEquals(Set.of("AD:USB"), order.privilegePairs());
    }
}
