package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Storeroom.Piece;

/**
 * S04.03.04.03 (procedures.md E18) over a year, walked in real browsers: the infrastructure coordinator generates the
 * year's Plan de mantenimiento (step 1; once more opens nothing), the Jefe takes note (2), the Responsable de soporte
 * técnico reviews the cronograma (3); the plan's preventive case of a printer goes through the help desk (5) and the
 * maintenance (6 → 7; the printer «En mantenimiento», then back «En almacén»); the annual Informe técnico de
 * mantenimiento (14) freezes the year's real figures, which its PDF prints, and the coordinator receives it (15).
 * The year is one no other test uses, so the figures are this walk's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaintenancePlanWalkIT extends Walk {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void plan_then_a_preventive_case_then_the_annual_report_with_the_years_figures() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        String code = "IMP-" + (System.currentTimeMillis() % 1_000_000);
        Desk coordinator = desk("responsable.infra");
        Piece printer = Storeroom.register(coordinator, "PRINTER", code, "HP", "LaserJet M404");

        // the navigation offers MINDEF's people the plan, whose manual is MINDEF's
        Browser b = coordinator.browser();
        b.open(Sigti.BASE_URL + "/");
        assertFalse(b.all(By.id("nav-maintenance-plan")).isEmpty(), "the link to the annual plan");

        // a year that is not one: said, nothing shown for it
        b.open(Sigti.BASE_URL + "/maintenance/plan.xhtml?year=abc");
        assertTrue(coordinator.messages().contains("Año del plan de mantenimiento no válido: abc."),
                coordinator::messages);

        // step 1: the plan opens one preventive case per computer and printer; once more, none
        plan(coordinator, year);
        assertEquals("false", attribute(b, "annual-plan", "data-drawn"));
        b.submit(By.id("plan:draw"));
        String said = coordinator.messages();
        Matcher opened = Pattern.compile("se abrieron (\\d+) mantenimientos preventivos").matcher(said);
        assertTrue(opened.find(), said);
        int planned = Integer.parseInt(opened.group(1));
        while (planned % 200 == 0) { // the cap of one run: the rest at the next
            b.submit(By.id("plan:draw"));
            Matcher more = Pattern.compile("se abrieron (\\d+)").matcher(coordinator.messages());
            if (!more.find()) {
                break;
            }
            planned += Integer.parseInt(more.group(1));
        }
        b.submit(By.id("plan:draw"));
        assertTrue(coordinator.messages().contains("ya está completo: no se abrió ningún caso"), coordinator::messages);
        assertEquals("true", attribute(b, "step-1", "data-done"));
        assertEquals("Isabel Romero Ríos", b.text(By.cssSelector("#step-1 .sigti-by")));
        assertEquals(Map.of("planned", planned, "closed", 0, "corrective", 0, "served", 0, "pending", planned),
                figures(b));
        assertTrue(b.all(By.id("plan:acknowledge")).isEmpty(), "the coordinator does not take note for the Jefe");
        String planPdf = pdf(b, "/files/maintenance-plan?year=" + year + "&doc=plan");
        assertTrue(planPdf.contains("PLAN DE MANTENIMIENTO DE EQUIPOS DE") && planPdf.contains(code), planPdf);
        Matcher line = Pattern.compile(Pattern.quote(code) + ".*?(SOL-\\d{4}-\\d{6})", Pattern.DOTALL)
                .matcher(planPdf);
        assertTrue(line.find(), () -> "the cronograma lists " + code + ": " + planPdf);
        String n = line.group(1);

        // steps 2 and 3
        Desk jefe = desk("jefe.ogtie");
        plan(jefe, year);
        jefe.browser().submit(By.id("plan:acknowledge"));
        assertTrue(jefe.messages().contains("paso 2 registrado"), jefe::messages);
        Desk soporte = desk("tecnico.soporte");
        plan(soporte, year);
        assertTrue(soporte.browser().all(By.id("plan:report")).isEmpty(), "no report before the review");
        soporte.browser().submit(By.id("plan:review"));
        assertTrue(soporte.messages().contains("paso 3 registrado"), soporte::messages);

        // the printer's preventive case: the help desk's ticket, then the maintenance
        desk("operador.mesa").openFromInbox(n, "5").act("5", "continuar");
        assertEquals("En mantenimiento", Storeroom.state(coordinator, printer));
        soporte.openFromInbox(n, "6").act("6", "resuelto").act("7", "cerrar");
        soporte.assertClosed("resuelto");
        assertEquals(List.of("4 → 5", "5 → 6", "6 → 7", "7 → END"), soporte.completions());
        assertEquals("En almacén", Storeroom.state(coordinator, printer));

        // step 14: the report with the year's figures, frozen; step 15
        plan(soporte, year);
        soporte.browser().submit(By.id("plan:report"));
        assertTrue(soporte.messages().contains("paso 14 registrado"), soporte::messages);
        Map<String, Integer> expected = Map.of("planned", planned, "closed", 1, "corrective", 0, "served", 1,
                "pending", planned - 1);
        assertEquals(expected, figures(soporte.browser()));
        assertEquals("true", attribute(soporte.browser(), "figures", "data-reported"));
        String report = pdf(soporte.browser(), "/files/maintenance-plan?year=" + year + "&doc=report");
        assertTrue(report.contains("INFORME TÉCNICO DE MANTENIMIENTO DE"), report);
        assertFigure(report, "Mantenimientos preventivos programados", planned);
        assertFigure(report, "Mantenimientos preventivos cerrados", 1);
        assertFigure(report, "Mantenimientos correctivos atendidos", 0);
        assertFigure(report, "Equipos atendidos", 1);
        assertFigure(report, "Mantenimientos pendientes", planned - 1);
        plan(coordinator, year);
        b.submit(By.id("plan:receive"));
        assertTrue(coordinator.messages().contains("paso 15 registrado"), coordinator::messages);
        assertEquals("true", attribute(b, "step-15", "data-done"));

        // the Auditor reads the year and does nothing
        Desk auditor = desk("auditor.mindef");
        plan(auditor, year);
        assertEquals(expected, figures(auditor.browser()));
        assertTrue(auditor.browser().all(By.cssSelector("[id^='plan:']")).stream()
                .noneMatch(e -> "submit".equals(e.getAttribute("type"))), "no button for the Auditor");
    }

    private static void plan(Desk desk, int year) {
        desk.browser().open(Sigti.BASE_URL + "/maintenance/plan.xhtml?year=" + year);
        desk.browser().text(By.id("steps"));
        desk.screenshot("plan-" + year);
    }

    private static String attribute(Browser b, String id, String name) {
        return b.until(d -> d.findElement(By.id(id))).getAttribute(name);
    }

    private static Map<String, Integer> figures(Browser b) {
        return Map.of("planned", figure(b, "fig-preventive-planned"), "closed", figure(b, "fig-preventive-closed"),
                "corrective", figure(b, "fig-corrective-opened"), "served", figure(b, "fig-equipment-served"),
                "pending", figure(b, "fig-pending"));
    }

    private static int figure(Browser b, String id) {
        return Integer.parseInt(b.text(By.id(id)));
    }

    private static String pdf(Browser b, String path) {
        return Storeroom.pdfText(b, path);
    }

    private static void assertFigure(String report, String label, int value) {
        assertTrue(Pattern.compile(Pattern.quote(label) + "\\s+" + value + "\\b").matcher(report).find(),
                () -> label + " " + value + " in " + report);
    }
}
