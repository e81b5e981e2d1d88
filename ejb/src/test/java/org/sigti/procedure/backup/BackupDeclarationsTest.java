package org.sigti.procedure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

class BackupDeclarationsTest {

    private static List<String> targets(ProcedureDefinition def, String step) {
        return def.step(step).orElseThrow().outcomes().stream()
                .map(o -> o.key() + "→" + (o.ends() ? "END" : String.join(",", o.targets()))).toList();
    }

    @Test
    void seprem_backups_run_from_the_calendar_through_verification_to_the_report() {
        for (ProcedureDefinition def : List.of(SepremDi0082.FLOW, SepremDi0083.FLOW)) {
            assertEquals("1", def.start().code());
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), def.steps().stream()
                    .map(StepDefinition::code).toList());
            assertEquals(List.of("verificada→8", "fallida→3"), targets(def, "7"));
            assertEquals(List.of("informar→END"), targets(def, "8"));
        }
    }

    @Test
    void mindef_backups_follow_the_decisions_of_the_manual() {
        ProcedureDefinition def = S04030201.FLOW;
        assertEquals("2", def.start().code(), "steps 1-2 are the annual schedule, signed once");
        assertEquals(List.of("base_datos→4", "informacion_comun→6"), targets(def, "3"));
        assertEquals(List.of("sin_error→11", "con_error→5"), targets(def, "4"));
        assertEquals(List.of("continuar→11"), targets(def, "5"));
        assertEquals(List.of("sin_error→11", "con_error→7"), targets(def, "6"));
        assertEquals(List.of("resuelto→11", "persiste→8"), targets(def, "7"));
        assertEquals(List.of("continuar→9"), targets(def, "8"));
        assertEquals(List.of("enviar→END"), targets(def, "11"));
    }

    @Test
    void configuration_backups_run_steps_4_to_9_per_date() {
        ProcedureDefinition def = S04030301.FLOW;
        assertEquals("3", def.start().code());
        assertEquals(List.of("continuar→4"), targets(def, "3"));
        assertEquals(List.of("cerrar→END"), targets(def, "9"));
        assertEquals(List.of("archivo", "fecha_copia", "tamano_bytes", "sha256", "ubicaciones"),
                def.step("8").orElseThrow().fields().stream().map(f -> f.name()).toList());
        assertEquals(true, def.step("9").orElseThrow().outcomes().stream().allMatch(Outcome::ends));
    }

    @Test
    void every_backup_procedure_draws_its_diagram() {
        for (ProcedureDefinition def : List.of(SepremDi0082.FLOW, SepremDi0083.FLOW, S04030201.FLOW, S04030301.FLOW)) {
            String svg = new org.sigti.workflow.catalog.FlowDiagram(java.util.Locale.forLanguageTag("es"),
                    new org.sigti.workflow.catalog.FlowDiagram.Labels(who -> who.role() + " · " + who.queue(), "FIN",
                            code -> "/sigti/procedure.xhtml?procedure=" + code)).svg(def);
            org.junit.jupiter.api.Assertions.assertTrue(svg.contains("<svg") && svg.contains("</svg>"), def.code());
        }
    }
}
