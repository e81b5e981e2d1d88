package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.changes.ChangeFixture;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * DPG/ESIN-PRO-5 Mantenimiento de Sistemas, its own flow c1–c8 (procedures.md A1; seed 000, section 7.A), walked in
 * real browsers by the Defensoría's demo users, each from their own inbox: the DAF's requester (solicitante.dp)
 * files the R-1; the Responsable de ESIN names the system and, the request being complex, sends it to the
 * Director(a) DGP (c2.DGP), who passes it on for the analysis; the Técnico III finds it viable (evolutive; the
 * feasibility mail reaches the requester), maintains it in the test environment (the mail asking for the functional
 * review reaches the requester) and drafts the Acta de conformidad; the requester does not conform once (↺ c4),
 * then signs the acta and approves the changes; the go-live is refused without the copy of the source taken before
 * the maintenance and goes through once the backup module holds one: the system's change history, the register
 * DGP/ESIN-R-6 (its screen, filtered, and its CSV export), the evolutive indicator and the acta's PDF are checked.
 * A second walk is not viable: the justification by mail, the register's row with "No", and the register refused
 * to the requester (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemsMaintenanceWalkIT extends Walk {

    private static final String A1 = "DPG/ESIN-PRO-5";
    private static final String REQUESTER_MAIL = "solicitante.dp@sigti.example";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void an_evolutive_maintenance_via_the_director_not_conforming_once_goes_live_after_its_copy_and_is_registered() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "SMDP" + k;
        String systemId = fixture("/change-system", "of", "DP", "code", system);
        Desk director = desk("jefe.dgp");
        int[] before = evolutive(director.browser());

        // c1: the DAF's requester files the R-1 asking for the maintenance
        Filed c = desk("solicitante.dp").file(Draft.of(A1, "MODIFICAR_SISTEMA", "Reporte por departamento " + k,
                "El sistema debe emitir el reporte de casos por departamento."));
        String n = c.number();

        // c2: the Responsable de ESIN names the system (an unknown code is refused) and, complex, sends it to the DGP
        Desk responsable = desk("responsable.esin").openFromInbox(n, "c2");
        String unknown = responsable.tryAct("c2", "dgp", "sistema_mantenimiento", "NOEXISTE" + k);
        assertTrue(unknown.contains("no está en el catálogo de su institución"), unknown);
        responsable.act("c2", "dgp", "sistema_mantenimiento", system);
        director.openFromInbox(n, "c2.DGP").act("c2.DGP", "continuar");

        // c3: viable, evolutive; the feasibility informe goes to the requester by institutional mail
        Desk tecnico = desk("tecnico.esin").openFromInbox(n, "c3");
        tecnico.act("c3", "viable", "tipo_mantenimiento", "evolutivo", "informe_factibilidad",
                "Viable: dos semanas de desarrollo sin cambios de base de datos " + k + ".");
        mailbox.await(n, REQUESTER_MAIL, "[" + n + "] Mantenimiento viable", "dos semanas de desarrollo sin cambios"
                + " de base de datos " + k);

        // c4: the maintenance in the test environment; the requester is asked for the functional review
        tecnico.act("c4", "continuar", "ambiente_prueba", "https://pruebas.defensoria.example/" + k,
                "cambios_mantenimiento", "Reporte nuevo de casos por departamento.", "version_mantenimiento",
                "v2.4.0");
        mailbox.await(n, REQUESTER_MAIL, "[" + n + "] Revisión funcional del mantenimiento",
                "https://pruebas.defensoria.example/" + k);

        // c5: not conforming once (back to c4), then conforming: the requester signs the acta; c6 approves
        Desk requester = desk("solicitante.dp").openFromInbox(n, "c5");
        requester.act("c5", "no_conforme", "comment", "Falta el filtro por gestión " + k + ".");
        tecnico.openFromInbox(n, "c4").act("c4", "continuar", "ambiente_prueba", "https://pruebas.defensoria.example/"
                + k, "cambios_mantenimiento", "Reporte de casos por departamento, con filtro por gestión.",
                "version_mantenimiento", "v2.4.1");
        requester.openFromInbox(n, "c5").act("c5", "conforme").act("c6", "continuar");

        // c7: refused without the copy taken before the maintenance; goes live once the backup module holds one
        tecnico.openFromInbox(n, "c7");
        String refused = tecnico.tryAct("c7", "produccion", "plan_reversion_mantenimiento",
                "Desplegar de nuevo la etiqueta v2.3.9.");
        tecnico.screenshot("go-live-refused");
        assertTrue(refused.contains("no hay una copia de respaldo del sistema " + system), refused);
        assertEquals("none", fixture("/change-row", "case", String.valueOf(c.id())));
        String copy = fixture("/change-copy", "system", systemId, "case", String.valueOf(c.id()));
        tecnico.act("c7", "produccion", "plan_reversion_mantenimiento", "Desplegar de nuevo la etiqueta v2.3.9.",
                "observaciones_registro", "Pase a producción sin incidencias " + k);
        assertEquals("CLOSED", tecnico.status());
        assertEquals(List.of("c1 → c2", "c2 → c2.DGP", "c2.DGP → c3", "c3 → c4", "c4 → c5", "c5 → c4", "c4 → c5",
                "c5 → c6", "c6 → c7", "c7 → END"), tecnico.completions());
        assertEquals(system + "|v2.4.1|" + copy + "||tecnico.esin", fixture("/change-row", "case",
                String.valueOf(c.id())));

        // the register DGP/ESIN-R-6: the row, on its screen filtered by the system, with the manual's columns
        int year = LocalDate.now(ZoneId.of("America/La_Paz")).getYear();
        Browser screens = responsable.browser();
        screens.open(Sigti.BASE_URL + "/maintenance/register.xhtml?system=" + systemId + "&year=" + year);
        List<WebElement> rows = screens.all(By.cssSelector("[id='register:list_data'] tr[data-ri]"));
        assertEquals(1, rows.size(), () -> screens.text(By.id("register:list")));
        String row = rows.get(0).getText();
        for (String piece : List.of("R6-" + year + "-", system, "Dirección Administrativa Financiera", "Sitio web",
                "Sí", "Pase a producción sin incidencias " + k, "Evolutivo", n)) {
            assertTrue(row.contains(piece), () -> piece + " missing from the register's row: " + row);
        }
        assertTrue(row.matches("(?s).*\\d{2}/\\d{2}/" + year + ".*\\d{2}:\\d{2}.*"), row);
        screens.open(Sigti.BASE_URL + "/maintenance/register.xhtml?system=" + systemId + "&type=CORRECTIVE");
        assertEquals(0, screens.all(By.cssSelector("[id='register:list_data'] tr[data-ri]")).size());

        // its export: the same row, as CSV, with the manual's headers
        screens.open(Sigti.BASE_URL + "/maintenance/register.xhtml?system=" + systemId);
        String csv = export(screens);
        assertTrue(csv.contains("\"Nro.\";\"Fecha de solicitud\";\"Sistema\";\"Área/Unidad solicitante\";\"Tipo de"
                + " sistema\";\"Análisis de factibilidad\";\"Conclusión: fecha\";\"Conclusión: hora\";"
                + "\"Observaciones\""), csv);
        assertTrue(csv.contains(system) && csv.contains("\"Sí\"") && csv.contains("\"Evolutivo\"")
                && csv.contains(n), csv);
        assertEquals(2, csv.strip().split("\\R").length, csv);

        // the evolutive indicator counts it: one more approved and executed this semester
        int[] after = evolutive(director.browser());
        assertEquals(before[0] + 1, after[0], "approved");
        assertEquals(before[1] + 1, after[1], "executed");

        // the Acta de conformidad: returned once, then signed by the requester, numbered, a PDF of the Defensoría
        String acta = actaOf(screens, c.id());
        long actaId = Long.parseLong(acta.replaceFirst(".*[?&]id=(\\d+).*", "$1"));
        screens.open(Sigti.BASE_URL + "/document/view.xhtml?id=" + actaId);
        String number = screens.text(By.id("document-number"));
        assertTrue(number.matches("DP/ESIN/ACTA N° \\d{4}/" + year), number);
        assertEquals(List.of("DRAFTED", "REVIEW_ASKED", "OBSERVED", "EDITED", "REVIEW_ASKED", "APPROVED", "SIGNED",
                "NUMBERED", "SENT"), screens.all(By.cssSelector("#document-trail .sigti-trail-row")).stream()
                .map(r -> r.getAttribute("data-action")).toList());
        String pdf = Storeroom.pdfText(screens, "/files/official-document?id=" + actaId);
        for (String piece : List.of(number, "Defensoría del Pueblo", "Acta de conformidad del mantenimiento del"
                + " sistema " + system, "con filtro por gestión", "v2.4.1", "Ana Flores Castillo",
                "Unidad solicitante (DAF)", n)) {
            assertTrue(pdf.contains(piece), () -> piece + " missing from the acta: " + pdf);
        }
    }

    @Test
    void a_maintenance_that_is_not_viable_sends_the_justification_and_concludes_its_register_row() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "NVDP" + k;
        String systemId = fixture("/change-system", "of", "DP", "code", system);
        Filed c = desk("solicitante.dp").file(Draft.of(A1, "MODIFICAR_SISTEMA", "Corregir cálculo " + k,
                "El cálculo de plazos no considera feriados."));
        String n = c.number();
        desk("responsable.esin").openFromInbox(n, "c2").act("c2", "analisis", "sistema_mantenimiento", system);
        Desk tecnico = desk("tecnico.esin").openFromInbox(n, "c3");
        tecnico.act("c3", "no_viable", "tipo_mantenimiento", "correctivo", "informe_factibilidad",
                "Requiere rediseñar el calendario.")
                .act("c8", "remitir", "justificacion_no_viable", "Prioridad de la gestión del SSP " + k + ".");
        assertEquals("CLOSED", tecnico.status());
        mailbox.await(n, REQUESTER_MAIL, "[" + n + "] Mantenimiento no viable", "Prioridad de la gestión del SSP "
                + k);
        assertTrue(mailbox.of(n).stream().noneMatch(m -> m.subject().contains("Mantenimiento viable")),
                () -> "no feasibility mail for a request that is not viable: " + mailbox.of(n));

        Browser screens = tecnico.browser();
        screens.open(Sigti.BASE_URL + "/maintenance/register.xhtml?system=" + systemId);
        String row = screens.text(By.cssSelector("[id='register:list_data'] tr[data-ri]"));
        for (String piece : List.of(system, "No", "Correctivo", "Prioridad de la gestión del SSP " + k, n)) {
            assertTrue(row.contains(piece), () -> piece + " missing from the register's row: " + row);
        }
        assertEquals("none", fixture("/change-row", "case", String.valueOf(c.id())));

        // the requester sees neither the menu entry nor the register (403)
        Browser requester = desk("solicitante.dp").browser();
        assertEquals(403L, ((Number) requester.fetch(Sigti.BASE_URL + "/maintenance/register.xhtml").get("status"))
                .longValue());
        requester.open(Sigti.BASE_URL + "/");
        assertTrue(requester.all(By.id("nav-maintenance-register")).isEmpty());
    }

    @Test
    void a_maintenance_that_is_not_viable_can_be_justified_by_a_signed_informe_of_esin() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "NVIN" + k;
        String systemId = fixture("/change-system", "of", "DP", "code", system);
        Filed c = desk("solicitante.dp").file(Draft.of(A1, "MODIFICAR_SISTEMA", "Nuevo reporte " + k,
                "Necesitamos un reporte de expedientes por región."));
        String n = c.number();
        desk("responsable.esin").openFromInbox(n, "c2").act("c2", "analisis", "sistema_mantenimiento", system);
        Desk tecnico = desk("tecnico.esin").openFromInbox(n, "c3");
        tecnico.act("c3", "no_viable", "tipo_mantenimiento", "evolutivo", "informe_factibilidad",
                "Depende de la nueva base de datos de expedientes.");
        // the justification is required whatever the medium: refused, nothing moves
        String refused = tecnico.tryAct("c8", "informe");
        assertTrue(refused.contains("obligatorio"), refused);
        assertEquals("OPEN", tecnico.status());
        tecnico.act("c8", "informe", "justificacion_no_viable", "Prioridad del sistema de quejas " + k + ".");
        assertEquals("CLOSED", tecnico.status());
        assertEquals(List.of("c1 → c2", "c2 → c3", "c3 → c8", "c8 → END"), tecnico.completions());
        // the values recorded read as the procedure names them, never by their internal names or keys
        String values = tecnico.browser().text(By.id("case-values"));
        for (String piece : List.of("Tipo de mantenimiento (Paso c3)", "Evolutivo", "Sistema del catálogo (código)",
                "Justificación (tiempo o prioridad de otras actividades sustantivas)")) {
            assertTrue(values.contains(piece), () -> piece + " missing from the values: " + values);
        }
        for (String internal : List.of("???", "tipo_mantenimiento", "justificacion_no_viable", "\nevolutivo")) {
            assertFalse(values.contains(internal), () -> internal + " shown: " + values);
        }
        String notice = mailbox.await(n, REQUESTER_MAIL, "[" + n + "] Mantenimiento no viable",
                "documento oficial firmado").body();
        assertTrue(notice.contains("Prioridad del sistema de quejas " + k), notice);

        // the Informe of ESIN: written, given the visto bueno and signed by the Técnico III, numbered, sent
        Browser screens = tecnico.browser();
        screens.open(Sigti.BASE_URL + "/document/list.xhtml?case=" + c.id());
        String link = screens.until(d -> d.findElements(By.cssSelector("a.sigti-document-link")).stream()
                .filter(a -> a.getText().contains("/INFORME ")).findFirst().orElse(null)).getAttribute("href");
        long id = Long.parseLong(link.replaceFirst(".*[?&]id=(\\d+).*", "$1"));
        screens.open(Sigti.BASE_URL + "/document/view.xhtml?id=" + id);
        int year = LocalDate.now(ZoneId.of("America/La_Paz")).getYear();
        String number = screens.text(By.id("document-number"));
        assertTrue(number.matches("DP/ESIN/INFORME N° \\d{4}/" + year), number);
        assertEquals(List.of("DRAFTED", "REVIEW_ASKED", "APPROVED", "SIGNED", "NUMBERED", "SENT"),
                screens.all(By.cssSelector("#document-trail .sigti-trail-row")).stream()
                        .map(r -> r.getAttribute("data-action")).toList());
        String pdf = Storeroom.pdfText(screens, "/files/official-document?id=" + id);
        for (String piece : List.of(number, "Defensoría del Pueblo", "Informe de no viabilidad del mantenimiento del"
                + " sistema " + system, "Prioridad del sistema de quejas " + k, "Técnico III – Soporte de Sistemas",
                "Ana Flores Castillo", n)) {
            assertTrue(pdf.contains(piece), () -> piece + " missing from the informe: " + pdf);
        }

        // the register's row is concluded as not viable, with the justification
        screens.open(Sigti.BASE_URL + "/maintenance/register.xhtml?system=" + systemId);
        String row = screens.text(By.cssSelector("[id='register:list_data'] tr[data-ri]"));
        for (String piece : List.of(system, "No", "Evolutivo", "Prioridad del sistema de quejas " + k, n)) {
            assertTrue(row.contains(piece), () -> piece + " missing from the register's row: " + row);
        }
    }

    /** The current semester's evolutive figures on the indicators page: approved, executed. */
    private static int[] evolutive(Browser b) {
        LocalDate today = LocalDate.now(ZoneId.of("America/La_Paz"));
        String semester = today.getYear() + "-S" + (today.getMonthValue() <= 6 ? 1 : 2);
        b.open(Sigti.BASE_URL + "/maintenance/indicators.xhtml");
        WebElement row = b.until(d -> d.findElement(By.cssSelector("#evolutive .sigti-evolutive-row[data-semester='"
                + semester + "']")));
        return new int[] {Integer.parseInt(row.findElement(By.cssSelector(".sigti-evolutive-approved")).getText()
                .strip()), Integer.parseInt(row.findElement(By.cssSelector(".sigti-evolutive-executed")).getText()
                .strip())};
    }

    /** The register page's export, posted as the button would, read as text. */
    private static String export(Browser b) {
        return (String) b.runAsync("const done = arguments[arguments.length - 1];"
                + " const form = document.getElementById('register');"
                + " const data = new URLSearchParams(new FormData(form)); data.append('register:export', 'x');"
                + " fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                + ".then(r => r.text()).then(done);");
    }

    /** The link of the case's Acta de conformidad in "Documentos" of the case. */
    private static String actaOf(Browser b, long caseId) {
        b.open(Sigti.BASE_URL + "/document/list.xhtml?case=" + caseId);
        return b.until(d -> d.findElements(By.cssSelector("a.sigti-document-link")).stream()
                .filter(a -> a.getText().contains("/ACTA ")).findFirst().orElse(null)).getAttribute("href");
    }
}
