package org.sigti.procedure.datacenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.StepDefinition;

/** S04.03.01.03 as the manual writes it: the three entry branches, the Jefe's authorization, DIPEC's loop. */
class S04030103Test {

    @Test
    void the_start_leads_to_the_three_branches_of_the_manual() {
        StepDefinition route = S04030103.FLOW.step(S04030103.ROUTE).orElseThrow();
        assertEquals(Map.of("visita_sg", List.of("1"), "equipos_ogtie", List.of("7"), "equipos_uo", List.of("6")),
                targets(route));
        assertEquals(List.of("14"), S04030103.FLOW.step("6").orElseThrow().outcomes().get(0).targets());
    }

    @Test
    void the_secretario_general_announces_the_visit_and_the_unit_director_arranges_the_unit_s_contractors() {
        // manual: 1 "Comunicar la visita de personal de alto nivel" SG, Secretario(a) General
        assertEquals(Responsible.of(Roles.AUTORIDAD, "SG"), S04030103.FLOW.step("1").orElseThrow().responsible());
        // manual: 6 "Comunicar a OGIE la realización de trabajos en el centro de datos" U.O., Director(a)/Jefe(a)
        assertEquals(Responsible.chosen(Roles.DIRECTOR, S04030103.UNIT, List.of()),
                S04030103.FLOW.step("6").orElseThrow().responsible());
        assertFalse(S04030103.FLOW.step(S04030103.ROUTE).orElseThrow().field(S04030103.UNIT).orElseThrow()
                .required(), "step I names the unit only for another unit's equipment");
    }

    @Test
    void the_jefe_authorizes_and_guides_the_visit_of_the_sg() {
        for (String step : List.of("2", "4")) {
            assertEquals(Roles.JEFE, S04030103.FLOW.step(step).orElseThrow().responsible().role(), step);
        }
        for (String step : List.of("3", "5", "7", "8", "10", "11", "12", "13")) {
            assertEquals(Roles.RESPONSABLE, S04030103.FLOW.step(step).orElseThrow().responsible().role(), step);
        }
        assertEquals(Roles.OPERADOR, S04030103.FLOW.step("9").orElseThrow().responsible().role());
        for (String step : List.of("14", "15", "16")) {
            assertEquals(Roles.TECNICO, S04030103.FLOW.step(step).orElseThrow().responsible().role(), step);
        }
    }

    @Test
    void dipec_observations_come_back_to_step_10_until_it_approves() {
        assertEquals(Map.of("observado", List.of("10"), "aprobado", List.of("11")),
                targets(S04030103.FLOW.step("10").orElseThrow()));
    }

    @Test
    void a_schedule_is_a_date_and_a_time() {
        assertEquals(LocalDateTime.of(2026, 12, 1, 9, 30), S04030103.schedule("2026-12-01 09:30"));
        for (String bad : List.of("mañana", "2026-13-01 09:30", "01/12/2026 09:30")) {
            assertEquals("datacenter.schedule.format", assertThrows(WorkflowException.class,
                    () -> S04030103.schedule(bad)).messageKey(), bad);
        }
    }

    @Test
    void supervision_names_infrastructure_and_the_team_of_the_kind_of_equipment() {
        assertEquals("Infraestructura: Teo", S04030103.supervision(supervision("INFRAESTRUCTURA", null, null)));
        assertEquals("Infraestructura: Teo; Ciberseguridad: Cira",
                S04030103.supervision(supervision("CIBERSEGURIDAD", "Cira", null)));
        assertEquals("datacenter.supervision.cyber", assertThrows(WorkflowException.class,
                () -> S04030103.supervision(supervision("CIBERSEGURIDAD", null, null))).messageKey());
        assertEquals("datacenter.supervision.admin", assertThrows(WorkflowException.class,
                () -> S04030103.supervision(supervision("SERVICIOS_GENERALES", "Cira", null))).messageKey());
    }

    private static Transition supervision(String kind, String cyber, String admin) {
        Map<String, String> fields = new HashMap<>();
        fields.put(S04030103.EQUIPMENT_KIND, kind);
        fields.put(S04030103.SUPERVISOR_INFRA, "Teo");
        if (cyber != null) {
            fields.put(S04030103.SUPERVISOR_CYBER, cyber);
        }
        if (admin != null) {
            fields.put(S04030103.SUPERVISOR_ADMIN, admin);
        }
        return new Transition(1, "SOL-1", S04030103.CODE, "15", "continuar", null, fields,
                new Actor("tecnico", null, null, List.of(Roles.TECNICO), "UIT"));
    }

    private static Map<String, List<String>> targets(StepDefinition step) {
        Map<String, List<String>> targets = new HashMap<>();
        for (Outcome o : step.outcomes()) {
            targets.put(o.key(), o.targets());
        }
        return targets;
    }
}
