package org.sigti.procedure.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.maintenance.SystemMaintenanceType;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** DPG/ESIN-PRO-5's own flow against its manual (procedures.md A1; seed 000, section 7.A). */
class MaintenanceDeclarationTest {

    private static final ProcedureDefinition A1 = DpgEsinPro5.FLOW;

    @Test
    void the_eight_activities_in_the_manuals_order_with_sigtis_director_remission_and_waiver() {
        assertEquals(List.of("c1", "c2", "c2.DGP", "c3", "c4", "c5", "c6", "c7", "c7.D", "c8"),
                A1.steps().stream().map(s -> s.code()).toList());
        assertEquals("Defensoría del Pueblo (Bolivia)", A1.institution());
    }

    @Test
    void performers_are_those_the_manual_names() {
        assertTrue(A1.step("c1").orElseThrow().responsible().isRequester());
        assertEquals(Roles.RESPONSABLE, A1.step("c2").orElseThrow().responsible().role());
        assertEquals("ESIN", A1.step("c2").orElseThrow().responsible().queue());
        assertEquals(Roles.JEFE, A1.step("c2.DGP").orElseThrow().responsible().role());
        assertEquals("JEFATURA", A1.step("c2.DGP").orElseThrow().responsible().queue());
        for (String technician : List.of("c3", "c4", "c7", "c8")) {
            assertEquals(Roles.TECNICO, A1.step(technician).orElseThrow().responsible().role(), technician);
            assertEquals("ESIN", A1.step(technician).orElseThrow().responsible().queue(), technician);
        }
        assertTrue(A1.step("c5").orElseThrow().responsible().isRequester());
        assertTrue(A1.step("c6").orElseThrow().responsible().isRequester());
        assertEquals(Roles.RESPONSABLE, A1.step("c7.D").orElseThrow().responsible().role());
    }

    @Test
    void routing_by_complexity_feasibility_and_the_conformity_loop() {
        var route = A1.step("c2").orElseThrow();
        assertEquals(List.of("c3"), route.outcome("analisis").orElseThrow().targets());
        assertEquals(List.of("c2.DGP"), route.outcome("dgp").orElseThrow().targets());
        assertEquals(List.of("c3"), A1.step("c2.DGP").orElseThrow().outcomes().get(0).targets());
        var analysis = A1.step("c3").orElseThrow();
        assertEquals(List.of("c4"), analysis.outcome(DpgEsinPro5.VIABLE).orElseThrow().targets());
        assertEquals(List.of("c8"), analysis.outcome(DpgEsinPro5.NOT_VIABLE).orElseThrow().targets());
        var review = A1.step("c5").orElseThrow();
        assertEquals(List.of("c6"), review.outcome(DpgEsinPro5.CONFORMING).orElseThrow().targets());
        assertEquals(List.of("c4"), review.outcome(DpgEsinPro5.NOT_CONFORMING).orElseThrow().targets());
        assertEquals(List.of("c7"), A1.step("c6").orElseThrow().outcomes().get(0).targets());
        var goLive = A1.step("c7").orElseThrow();
        assertTrue(goLive.outcome(DpgEsinPro5.IN_PRODUCTION).orElseThrow().ends());
        assertEquals(List.of("c7.D"), goLive.outcome("sin_copia").orElseThrow().targets());
        // c8's three media, as the manual lists them: each ends the case
        for (String medium : List.of(DpgEsinPro5.BY_MAIL, DpgEsinPro5.BY_INFORME, DpgEsinPro5.BY_NOTE)) {
            assertTrue(A1.step("c8").orElseThrow().outcome(medium).orElseThrow().ends(), medium);
        }
    }

    @Test
    void the_three_maintenance_types_of_section_7_are_recorded_at_the_analysis() {
        var type = A1.step("c3").orElseThrow().field(DpgEsinPro5.TYPE.name()).orElseThrow();
        assertTrue(type.required());
        assertEquals(List.of(SystemMaintenanceType.PREVENTIVE, SystemMaintenanceType.CORRECTIVE,
                SystemMaintenanceType.EVOLUTIVE), type.options().stream().map(o -> MaintenanceCases.type(o.value()))
                .toList());
        assertThrows(IllegalArgumentException.class, () -> MaintenanceCases.type("PREVENTIVE"));
    }
}
