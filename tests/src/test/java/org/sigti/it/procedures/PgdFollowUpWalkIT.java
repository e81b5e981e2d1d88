package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.01.00.02, Seguimiento de la implementación del PGD (procedures.md E2, manual 6.1.2), walked in real browsers by
 * MINDEF's demo users, each from their own inbox, over a plan in force set up as S04.01.00.01 leaves it
 * ({@link PgdFollowUpFixtures}; that procedure's own walk is {@link PgdFormulationWalkIT}).
 *
 * <p>The clock opens exactly one follow-up a year, for the plan in force and not for a plan without its Resolución
 * Ministerial; the Responsable de asistencia (responsable.gobti) asks the coordinators (1); responsable.innov,
 * responsable.infra and responsable.gobti report their projects' progress in parallel, one refused first for a
 * project not of the team (2); the informe de seguimiento is drafted from the reports (3), signed and numbered by the
 * Jefe(a) (jefe.ogtie) and sent to the CGD (4); the CGD's member (comite.mindef) takes note in session and the
 * portfolio is updated (5), so the coordinators update their sheets in a new version (6, 7), consolidated and
 * prioritized (8), sent by oficio (9) and noted (10). Version 1 stays readable with its old projects. The second
 * test is the other branch: filed by the Jefe(a) by hand (after which the clock opens nothing that year), the
 * informe returned once (↺ 3), and the CGD leaves the portfolio as it is (5 → end).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PgdFollowUpWalkIT extends Walk {

    private static final String E2 = "S04.01.00.02";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    private static String year() {
        return String.valueOf(LocalDate.now(ZoneId.of("America/Lima")).getYear());
    }

    @Test
    void the_clock_opens_the_years_follow_up_and_the_cgd_has_the_portfolio_updated_into_version_2() {
        String y = year();
        long plan = Long.parseLong(fixture("/pgdfollow-plan", "year", y, "approved", "true"));
        long draft = Long.parseLong(fixture("/pgdfollow-plan", "year", y, "approved", "false"));
        Desk jefe = desk("jefe.ogtie");
        Desk assistance = desk("responsable.gobti");
        Desk innovation = desk("responsable.innov");
        Desk infrastructure = desk("responsable.infra");
        Desk committee = desk("comite.mindef");

        // 0: the clock opens one case for the plan in force; a second tick the same year opens nothing
        String opened = fixture("/pgdfollow-tick", "year", y);
        assertNotEquals("none", opened);
        long id = Long.parseLong(opened);
        assertEquals("none", fixture("/pgdfollow-tick", "year", y));
        assertEquals("1 1", fixture("/pgdfollow-count", "case", String.valueOf(plan)));
        assertEquals("0 1", fixture("/pgdfollow-count", "case", String.valueOf(draft)), "no RM: not in force");
        String n = jefe.open(id).number();

        // 1, 2: the coordinators are asked by mail and report in parallel; a project of another team is refused
        assistance.openFromInbox(n, "1").act("1", "solicitar");
        mailbox.await(n, "responsable.innov@sigti.example", "Reporte de avance", n);
        innovation.openFromInbox(n, "2.INNOV");
        String notYours = innovation.tryAct("2.INNOV", "continuar", "avance_proyectos",
                "INF-01 | 50 | Avance | Ninguna");
        assertTrue(notYours.contains("indique solo proyectos de su equipo"), notYours);
        innovation.act("2.INNOV", "continuar", "avance_proyectos",
                "INN-01 | 45 | Piloto en dos direcciones | Retraso en la contratación del proveedor");
        infrastructure.openFromInbox(n, "2.INFRA").act("2.INFRA", "continuar", "avance_proyectos",
                "INF-01 | 30 % | Equipos adquiridos | Presupuesto recortado");
        assistance.openFromInbox(n, "2.GOBTI").act("2.GOBTI", "continuar", "avance_proyectos",
                "GOB-01 | 100 | Intranet en producción | Ninguna");

        // 3, 4: the informe from the reports, signed and numbered by the Jefe(a), sent to the CGD
        assistance.openFromInbox(n, "3").act("3", "continuar", "recomendaciones",
                "Ampliar el alcance de INN-01 y agregar la firma digital.", "dificultades",
                "Contrataciones lentas.", "logros", "Intranet 2.0 concluida.", "compromisos",
                "Seguimiento mensual de las contrataciones.");
        mailbox.await(n, "jefe.ogtie@sigti.example", "informe de seguimiento", n);
        jefe.openFromInbox(n, "4").act("4", "remitir");

        // 5-10: the CGD takes note in session and the portfolio is updated into version 2
        committee.openFromInbox(n, "5").act("5", "actualizar", "sesion_cgd", "4-" + y, "acuerdo_cgd",
                "Aprobar la actualización del portafolio: ampliar INN-01 y agregar INN-02.");
        assistance.openFromInbox(n, "6").act("6", "solicitar");
        mailbox.await(n, "responsable.infra@sigti.example", "Actualización del portafolio", n);
        innovation.openFromInbox(n, "7.INNOV").act("7.INNOV", "continuar", "fichas_actualizadas",
                "INN-01 | Mesa de partes digital | Digitalizar la recepción y el despacho | OEI.03 | 1400000 | 24"
                + " | Trámites en línea (%)\n"
                + "INN-02 | Firma digital | Firmar documentos en línea | OEI.03 | 300000 | 12 | Documentos firmados");
        infrastructure.openFromInbox(n, "7.INFRA").act("7.INFRA", "continuar");
        assistance.openFromInbox(n, "7.GOBTI").act("7.GOBTI", "continuar");
        assistance.openFromInbox(n, "8");
        String missing = assistance.tryAct("8", "continuar", "prioridades", "INN-01 | 1\nINF-01 | 2\nGOB-01 | 3");
        assertTrue(missing.contains("priorice cada proyecto del portafolio"), missing);
        assistance.act("8", "continuar", "prioridades", "INN-01 | 1\nINN-02 | 2\nINF-01 | 3\nGOB-01 | 4");
        jefe.openFromInbox(n, "9").act("9", "remitir");
        committee.openFromInbox(n, "10").act("10", "tomar_conocimiento");
        committee.assertClosed("");
        assertEquals("1 2", fixture("/pgdfollow-count", "case", String.valueOf(plan)));
        List<String> moves = jefe.open(id).completions();
        assertTrue(moves.containsAll(List.of("1 → 2.INNOV,2.INFRA,2.GOBTI", "5 → 6", "6 → 7.INNOV,7.INFRA,7.GOBTI",
                "10 → END")), moves::toString);

        // the Informe de seguimiento, numbered and signed, from the coordinators' reports
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), id, 3);
        String informe = documents.keySet().stream().filter(d -> d.startsWith("INFORME")).findFirst()
                .orElseThrow(() -> new AssertionError(documents.toString()));
        assertTrue(documents.keySet().stream().anyMatch(d -> d.startsWith("ACTA")), documents::toString);
        assertTrue(documents.keySet().stream().anyMatch(d -> d.startsWith("OFICIO")), documents::toString);
        String text = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(informe));
        for (String piece : List.of("Informe de seguimiento de la implementación del Plan de Gobierno Digital",
                "INN-01 Mesa de partes digital (INNOV): 45 % de avance", "Retraso en la contratación del proveedor",
                "INF-01 Nube híbrida (INFRA): 30 %", "Presupuesto recortado", "Contrataciones lentas",
                "Seguimiento mensual de las contrataciones", informe)) {
            assertTrue(text.contains(piece), () -> piece + " missing from the informe: " + text);
        }

        // the plan's page: version 2 with the change, version 1 as it was, and the follow-up
        Browser b = jefe.browser();
        b.open(Sigti.BASE_URL + "/pgd/plan.xhtml?case=" + plan);
        assertEquals("2", b.until(d -> d.findElement(By.id("pgd-plan"))).getAttribute("data-version"));
        assertEquals(List.of("INN-01", "INN-02", "INF-01", "GOB-01"), b.all(By.cssSelector("tr.pgd-project-row"))
                .stream().map(r -> r.getAttribute("data-code")).toList());
        assertTrue(b.text(By.id("pgd-projects")).contains("Firma digital"), () -> b.text(By.id("pgd-projects")));
        assertTrue(b.text(By.id("pgd-projects")).contains("Digitalizar la recepción y el despacho"),
                () -> b.text(By.id("pgd-projects")));
        assertTrue(b.text(By.id("pgd-versions")).contains("aprobada en la sesión 4-" + y),
                () -> b.text(By.id("pgd-versions")));
        String followUps = b.text(By.id("pgd-followups"));
        for (String piece : List.of("Seguimiento " + y, n, informe, "4-" + y, "Portafolio actualizado: versión 2",
                "45 %", "Retraso en la contratación del proveedor")) {
            assertTrue(followUps.contains(piece), () -> piece + " missing from Seguimientos: " + followUps);
        }
        b.open(Sigti.BASE_URL + "/pgd/plan.xhtml?case=" + plan + "&version=1");
        assertEquals("1", b.until(d -> d.findElement(By.id("pgd-plan"))).getAttribute("data-version"));
        assertEquals(List.of("INN-01", "INF-01", "GOB-01"), b.all(By.cssSelector("tr.pgd-project-row")).stream()
                .map(r -> r.getAttribute("data-code")).toList());
        assertFalse(b.text(By.id("pgd-projects")).contains("Firma digital"));
        assertTrue(b.text(By.id("pgd-projects")).contains("Digitalizar la recepción de documentos"),
                () -> b.text(By.id("pgd-projects")));

        // the follow-up's case page leads to the plan it follows
        b.open(Sigti.BASE_URL + "/case.xhtml?id=" + id);
        b.click(By.id("pgd-open"));
        assertEquals(String.valueOf(plan), b.until(d -> d.findElement(By.id("pgd-case"))).getAttribute("href")
                .replaceFirst(".*[?&]id=(\\d+).*", "$1"));
    }

    @Test
    void filed_by_the_jefe_the_informe_is_returned_once_and_the_cgd_leaves_the_portfolio_as_it_is() {
        String y = year();
        long plan = Long.parseLong(fixture("/pgdfollow-plan", "year", y, "approved", "true"));
        Desk jefe = desk("jefe.ogtie");
        Desk assistance = desk("responsable.gobti");
        Desk innovation = desk("responsable.innov");
        Desk infrastructure = desk("responsable.infra");
        Desk committee = desk("comite.mindef");

        Filed c = jefe.file(Draft.of(E2, null, "Seguimiento " + y + " del PGD",
                "Seguimiento anual de la implementación del PGD vigente."));
        String n = c.number();
        assertEquals("none", fixture("/pgdfollow-tick", "year", y), "the year's follow-up is filed already");
        assertEquals("1 1", fixture("/pgdfollow-count", "case", String.valueOf(plan)));

        assistance.openFromInbox(n, "1").act("1", "solicitar");
        innovation.openFromInbox(n, "2.INNOV").act("2.INNOV", "continuar", "avance_proyectos",
                "INN-01 | 70 | Recepción digital en todas las sedes | Ninguna");
        infrastructure.openFromInbox(n, "2.INFRA").act("2.INFRA", "continuar", "avance_proyectos",
                "INF-01 | 65 | Migración de correo | Ninguna");
        assistance.openFromInbox(n, "2.GOBTI").act("2.GOBTI", "continuar", "avance_proyectos",
                "GOB-01 | 80 | Portal interno | Ninguna");
        String[] informe = {"recomendaciones", "Mantener el portafolio.", "dificultades", "Ninguna relevante.",
            "logros", "Avance sostenido.", "compromisos", "Revisión trimestral."};
        assistance.openFromInbox(n, "3").act("3", "continuar", informe);
        jefe.openFromInbox(n, "4").act("4", "observar", "comment", "Precisar los compromisos por proyecto.");
        informe[7] = "Revisión trimestral por proyecto.";
        assistance.openFromInbox(n, "3").act("3", "continuar", informe);
        jefe.openFromInbox(n, "4").act("4", "remitir");
        committee.openFromInbox(n, "5").act("5", "sin_cambios", "sesion_cgd", "5-" + y, "acuerdo_cgd",
                "Tomar conocimiento del informe de seguimiento; el portafolio se mantiene.");
        committee.assertClosed("");
        assertEquals("1 1", fixture("/pgdfollow-count", "case", String.valueOf(plan)), "no new version");

        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 2);
        String number = documents.keySet().stream().filter(d -> d.startsWith("INFORME")).findFirst()
                .orElseThrow(() -> new AssertionError(documents.toString()));
        String text = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(number));
        assertTrue(text.contains("Revisión trimestral por proyecto") && text.contains("70 % de avance"), text);

        Browser b = jefe.browser();
        b.open(Sigti.BASE_URL + "/pgd/plan.xhtml?case=" + plan);
        assertEquals("1", b.until(d -> d.findElement(By.id("pgd-plan"))).getAttribute("data-version"));
        String followUps = b.text(By.id("pgd-followups"));
        assertTrue(followUps.contains(n) && followUps.contains("El portafolio no se modificó")
                && followUps.contains(number), followUps);
    }
}
