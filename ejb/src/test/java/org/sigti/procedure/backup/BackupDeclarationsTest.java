package org.sigti.procedure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

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
        assertEquals("3.S", def.start().code(), "steps 1-2 are the annual cronograma, a case of its own");
        assertEquals("SIGTI", def.start().responsible().role(), "only the backup schedule opens a run");
        assertEquals(List.of("continuar→3"), targets(def, "3.S"));
        assertEquals(List.of("base_datos→4", "informacion_comun→6"), targets(def, "3"));
        assertEquals(List.of("sin_error→11", "con_error→5"), targets(def, "4"));
        assertEquals(List.of("continuar→11"), targets(def, "5"));
        assertEquals(List.of("sin_error→11", "con_error→7"), targets(def, "6"));
        assertEquals(List.of("resuelto→11", "persiste→8", "sin_contrato→7.J"), targets(def, "7"));
        assertEquals(List.of("soporte→8", "sin_soporte→11"), targets(def, "7.J"));
        assertEquals("Jefe", def.step("7.J").orElseThrow().responsible().role());
        assertTrue(def.step("7.J").orElseThrow().hint().es().startsWith("Paso de SIGTI"));
        assertEquals(List.of("continuar→9"), targets(def, "8"));
        assertEquals(List.of("enviar→END"), targets(def, "11"));
    }

    @Test
    void the_annual_cronogramas_are_filed_by_a_person_once_a_year_apart_from_the_runs() {
        ProcedureDefinition backups = S04030201Cronograma.FLOW;
        assertEquals("S04.03.02.01.C", backups.code());
        assertEquals(List.of("0", "1", "2"), codes(backups));
        assertEquals("Tecnico", backups.start().responsible().role(), "the Profesional files it from the catalog");
        assertEquals(List.of("enviar→2", "anular→END"), targets(backups, "1"));
        assertEquals("Responsable", backups.step("2").orElseThrow().responsible().role());
        assertEquals(List.of("firmar→END"), targets(backups, "2"));

        ProcedureDefinition configurations = S04030301Cronograma.FLOW;
        assertEquals("S04.03.03.01.C", configurations.code());
        assertEquals(List.of("0", "1", "2", "3"), codes(configurations));
        assertEquals(List.of("continuar→3"), targets(configurations, "2"));
        assertEquals("Jefe", configurations.step("3").orElseThrow().responsible().role());
        assertEquals(List.of("tomar_nota→END"), targets(configurations, "3"));

        for (ProcedureDefinition def : List.of(backups, configurations)) {
            assertFalse(def.openedBy(org.sigti.backup.BackupSchedules.OPENER), "no schedule runs a cronograma");
            assertTrue(def.declares("anio"));
            assertTrue(def.step("0").orElseThrow().hint().es().startsWith("Paso de SIGTI"));
        }
    }

    @Test
    void a_cronograma_is_of_a_year_near_today() {
        assertEquals(Optional.empty(), AnnualCronograma.yearProblem("2027", 2026));
        assertEquals(Optional.empty(), AnnualCronograma.yearProblem("2025", 2026));
        assertEquals(Optional.of("cronograma.year.range"), AnnualCronograma.yearProblem("2028", 2026));
        assertEquals(Optional.of("cronograma.year.invalid"), AnnualCronograma.yearProblem("27", 2026));
        assertEquals(Optional.of("cronograma.year.invalid"), AnnualCronograma.yearProblem(null, 2026));
    }

    @Test
    void configuration_backups_run_steps_4_to_9_per_date() {
        ProcedureDefinition def = S04030301.FLOW;
        assertEquals("4.S", def.start().code());
        assertEquals("SIGTI", def.start().responsible().role());
        assertEquals(List.of("continuar→4"), targets(def, "4.S"));
        assertEquals(List.of("4.S", "4", "5", "6", "7", "8", "9"), codes(def));
        assertEquals(List.of("cerrar→END"), targets(def, "9"));
        assertEquals(List.of("archivo", "fecha_copia", "tamano_bytes", "sha256", "ubicaciones"),
                def.step("8").orElseThrow().fields().stream().map(f -> f.name()).toList());
        assertEquals(true, def.step("9").orElseThrow().outcomes().stream().allMatch(Outcome::ends));
    }

    private static List<String> codes(ProcedureDefinition def) {
        return def.steps().stream().map(StepDefinition::code).toList();
    }

    @Test
    void every_backup_procedure_draws_its_diagram() {
        for (ProcedureDefinition def : List.of(SepremDi0082.FLOW, SepremDi0083.FLOW, S04030201.FLOW, S04030301.FLOW,
                S04030201Cronograma.FLOW, S04030301Cronograma.FLOW)) {
            String svg = new org.sigti.workflow.catalog.FlowDiagram(java.util.Locale.forLanguageTag("es"),
                    new org.sigti.workflow.catalog.FlowDiagram.Labels(who -> who.role() + " · " + who.queue(), "FIN",
                            code -> "/sigti/procedure.xhtml?procedure=" + code)).svg(def);
            org.junit.jupiter.api.Assertions.assertTrue(svg.contains("<svg") && svg.contains("</svg>"), def.code());
        }
    }
}
