package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sigti.it.changes.ChangeFixture;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.02.00.01, Desarrollo, implementación y puesta en producción de sistemas de información del MINDEF (procedures.md
 * E4), walked in real browsers by MINDEF's demo users, each at their own desk: the DGA's Director (director.mindef),
 * owner of the process, files the oficio and attaches the Ficha de requerimiento (1); the Jefe(a) de la OGTIE assigns
 * it (2); the innovation lead (responsable.innov) finds it viable (3), writes the charter, mailed to the analyst (6);
 * the analyst (analista.innov) writes the product backlog, refused first without priorities (7); the lead rates the
 * complexity Alta, refused first for a rating that contradicts the branch, and names the programmer (8); the analyst
 * writes the perfil, the análisis and the acta de requerimientos (9–11), signed by the programmer (tecnico.innov) and
 * the owner; manuals and Acta de desarrollo (12–13.F); development ∥ monitoring, joined at the QA request (14–17); QA
 * (tecnico.calidad) finds a defect once, refused first to return the system until the defect is on the QA matrix
 * (22 ↺ 17), then none, refused first while that defect is not verified, and the governance coordinator
 * (responsable.gobti) co-signs the Acta de QA (23.F); UAT, results and the owner's invitation (24–25); the Acta de conformidad signed by
 * the programmer, the lead and the owner (26–26.F2); the go-live request mailed to the help desk (operador.mesa),
 * the go-live by infrastructure (tecnico.infra) on the system's change history (27–29); an Internet publication whose
 * data are incomplete once (30–34 ↺ 32), configured by ciberseguridad (tecnico.ciber) and validated (35–39); the
 * ticket closed and the go-live reported (40–41), training, inventory, informe de cierre and the Jefe(a)'s notice
 * (42–45).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevelopmentLifecycleWalkIT extends Walk {

    private static final String E4 = "S04.02.00.01";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_new_system_goes_from_the_owners_oficio_through_qa_and_publication_to_closure() throws Exception {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "SISVIA" + k;
        fixture("/change-system", "of", "MINDEF", "code", system);
        // everyone at their desk first: mails go to the people SIGTI knows in a role and team, and signers are looked
        // up among them
        Desk director = desk("director.mindef");
        Desk jefe = desk("jefe.ogtie");
        Desk lead = desk("responsable.innov");
        Desk analyst = desk("analista.innov");
        Desk programmer = desk("tecnico.innov");
        Desk quality = desk("tecnico.calidad");
        Desk governance = desk("responsable.gobti");
        Desk operator = desk("operador.mesa");
        Desk infrastructure = desk("tecnico.infra");
        Desk infraLead = desk("responsable.infra");
        Desk cyber = desk("tecnico.ciber");

        // 1: the owner's oficio, with the Ficha de requerimiento (formato N° 01) attached
        Filed c = director.file(Draft.of(E4, null, "Sistema de gestión de viáticos " + k,
                "Proceso: gestión de viáticos de la DGA. Problemática: solicitudes en papel. Justificación: demoras de"
                        + " diez días. Flujo: solicitud, aprobación, rendición."));
        String n = c.number();
        director.attach(pdf("ficha-requerimiento-" + k + ".pdf"));

        // 2, 3: the Jefe assigns it; the innovation lead finds it viable
        jefe.openFromInbox(n, "2").act("2", "continuar");
        lead.openFromInbox(n, "3").act("3", "viable", "ticket_requerimiento", "MA-" + k,
                "evaluacion_requerimiento", "Alcance: DGA; incluido en el PGD; recursos de infraestructura disponibles.");

        // 6: the charter, mailed to the innovation team's analyst
        lead.openFromInbox(n, "6").act("6", "continuar", "project_charter", "Objetivo: digitalizar los viáticos.");
        mailbox.await(n, "analista.innov@sigti.example", "Project charter", "digitalizar los viáticos");

        // 7: the backlog needs one prioritized story a line
        analyst.openFromInbox(n, "7");
        String unprioritized = analyst.tryAct("7", "continuar", "product_backlog", "Como usuario quiero solicitar");
        assertTrue(unprioritized.contains("una historia de usuario por línea"), unprioritized);
        analyst.act("7", "continuar", "product_backlog", "1 | Como comisionado quiero solicitar viáticos\n"
                + "2 | Como jefe quiero aprobar la solicitud");

        // 8: the complexity is a choice that must match the branch; the lead names the programmer
        lead.openFromInbox(n, "8");
        String contradicts = lead.tryAct("8", "alta_media", "complejidad", "BAJA", "analista_programador",
                "tecnico.innov", "planificacion", "Dos sprints.");
        assertTrue(contradicts.contains("no corresponde a la decisión"), contradicts);
        lead.act("8", "alta_media", "complejidad", "ALTA", "analista_programador", "tecnico.innov",
                "planificacion", "Dos sprints de dos semanas.");

        // 9–11: perfil, análisis, acta de requerimientos signed by the programmer and the owner
        analyst.openFromInbox(n, "9").act("9", "continuar", "perfil_requerimientos", "RF1 solicitar; RNF1 web.");
        // 10: the análisis is a file of the case, corrected once: attached again under its name, its version 2
        analyst.openFromInbox(n, "10").attach(pdf("documento-analisis-" + k + ".pdf"))
                .attach(pdf("documento-analisis-" + k + ".pdf"));
        assertTrue(analyst.shows("versión 2") && analyst.shows("versión 1, reemplazada por una posterior"),
                "the case lists both versions of the análisis");
        analyst.act("10", "continuar", "documento_analisis", "Casos de uso y modelo ER.");
        // (SIGTI keeps a Técnico's consecutive steps with them: each hands the next to the other with «Asignar el
        // siguiente paso a», and the coordinator reassigns an open step)
        analyst.openFromInbox(n, "11").act("11", "continuar", "acta_requerimientos", "RF1 y RF2 acordados.",
                "nextAssignee", "tecnico.innov");
        programmer.openFromInbox(n, "11.F1").act("11.F1", "continuar");
        director.openFromInbox(n, "11.F2").act("11.F2", "continuar");
        reassign(lead, c, "12", "analista.innov");

        // 12–13.F: manuals; the Acta de desarrollo, signed by the programmer and the analyst
        analyst.openFromInbox(n, "12").act("12", "continuar", "manuales", "Manuales en la carpeta del proyecto.",
                "nextAssignee", "tecnico.innov");
        programmer.openFromInbox(n, "13").act("13", "continuar", "acta_desarrollo", "RF1, RF2; OWASP Top 10.",
                "nextAssignee", "analista.innov");
        analyst.openFromInbox(n, "13.F").act("13.F", "continuar");

        // 14–17: development ∥ monitoring, joined at the QA request
        lead.openFromInbox(n, "14").act("14", "continuar", "ambiente_desarrollo", "Carpeta, esquema y Git listos.");
        reassign(lead, c, "15", "tecnico.innov");
        analyst.openFromInbox(n, "16").act("16", "continuar", "monitoreo", "Cronograma cumplido.");
        // 15: the code review needs both reports on the case, and ZAP's figures those its JSON report counts
        programmer.openFromInbox(n, "15");
        String noReports = programmer.tryAct("15", "continuar", "desarrollo", "v0.9 en Git.",
                "sonarqube_incidencias", "0/0/3/12", "owasp_zap_alertas", "0/1/2/1");
        assertTrue(noReports.contains("Adjunte al caso los reportes de SonarQube y de OWASP ZAP"), noReports);
        programmer.attach(pdf("sonarqube-" + system + ".pdf")).attach(zapReport("zap-" + system + ".json"));
        String wrongFigures = programmer.tryAct("15", "continuar", "desarrollo", "v0.9 en Git.",
                "sonarqube_incidencias", "0/0/3/12", "owasp_zap_alertas", "0/0/0/0");
        assertTrue(wrongFigures.contains("tiene 0/1/2/1 alertas altas/medias/bajas/informativas, y usted escribió"
                + " 0/0/0/0"), wrongFigures);
        programmer.act("15", "continuar", "desarrollo", "v0.9 en Git; presentado al equipo.",
                "sonarqube_incidencias", "0/0/3/12", "owasp_zap_alertas", "0/1/2/1");
        // 17: SIGTI files the quality-control ticket at the help desk, linked to the case
        programmer.openFromInbox(n, "17").act("17", "continuar");
        String qaTicket = fixture("/linked-case", "case", String.valueOf(c.id()), "key", "QA");
        assertTrue(qaTicket.startsWith("SOL-") && !qaTicket.equals(n), qaTicket);

        // 18–22: QA finds a defect once, reported to the programmer (↺ 17)
        qualityUntilTests(quality, n);
        // "con defectos" is refused while the Informe de defectos has none open; the analyst records it on the matrix
        assertTrue(quality.tryAct("22", "con_defectos", "informe_defectos", "Defecto 1: el monto no admite decimales.")
                .contains("No hay defectos abiertos"), quality::messages);
        defects(quality, c, "report");
        quality.openFromInbox(n, "22");
        quality.act("22", "con_defectos", "informe_defectos", "Defecto 1: el monto no admite decimales.");
        mailbox.await(n, "tecnico.innov@sigti.example", "Informe de defectos", "no admite decimales");
        programmer.openFromInbox(n, "17").act("17", "continuar");
        assertTrue(!fixture("/linked-case", "case", String.valueOf(c.id()), "key", "QA").equals(qaTicket),
                "the second request of quality control files a second ticket");
        qualityUntilTests(quality, n);
        // "sin defectos" is refused while the defect is not verified; cycle 2 verifies it
        assertTrue(quality.tryAct("22", "sin_defectos", "informe_defectos", "Ciclo 2: 12 casos aprobados.")
                .contains("Quedan 1 defecto(s) sin verificar"), quality::messages);
        defects(quality, c, "VERIFIED");
        quality.openFromInbox(n, "22");
        quality.act("22", "sin_defectos", "informe_defectos", "Ciclo 2: 12 casos aprobados.");

        // 23, 23.F: the informe de pruebas and the Acta de QA, co-signed by the governance coordinator
        quality.openFromInbox(n, "23").act("23", "continuar", "informe_pruebas", "12 casos, 0 defectos abiertos.");
        governance.openFromInbox(n, "23.F").act("23.F", "continuar");

        // 24, 25: UAT; the results to the innovation team, the owner invited to the presentation
        quality.openFromInbox(n, "24").act("24", "continuar", "pruebas_aceptacion", "UAT conforme con la DGA.");
        // 24.F1, 24.F2: the informe final de pruebas, signed by the system's user (its owner) and the coordinator
        director.openFromInbox(n, "24.F1").act("24.F1", "continuar");
        governance.openFromInbox(n, "24.F2").act("24.F2", "continuar");
        quality.openFromInbox(n, "25").act("25", "continuar");
        mailbox.await(n, "responsable.innov@sigti.example", "Resultados de las pruebas de calidad", "UAT conforme");
        // the fourth mail of the move: the outbox sends three at once and the rest at its next sweep (≤ 30 s)
        mailbox.await(n, "director.mindef@sigti.example", "Invitación a la presentación del sistema",
                "aprobó el control de calidad", 45_000);

        // 26–26.F2: the owner is satisfied; the Acta de conformidad signed by programmer, lead and owner
        programmer.openFromInbox(n, "26").act("26", "conforme", "presentacion_usuario", "Presentado el 7/12.");
        lead.openFromInbox(n, "26.F1").act("26.F1", "continuar");
        director.openFromInbox(n, "26.F2").act("26.F2", "continuar");

        // 27–29: the go-live request mailed to the help desk, whose ticket SIGTI files linked to the case; 28 waits
        // until the Operador assigns it in the ticket; the go-live on the system's change history
        programmer.openFromInbox(n, "27").act("27", "continuar", "sistema_nuevo", system, "version_pase", "v1.0.0",
                "solicitud_pase", "WAR y script en la ruta compartida de pases " + system, "plan_rollback",
                "Retirar el WAR y restaurar el esquema vacío.");
        mailbox.await(n, "operador.mesa@sigti.example", "Solicitud de pase a producción", system);
        String ticket = fixture("/linked-case", "case", String.valueOf(c.id()), "key", "PASE");
        operator.openFromInbox(ticket, "1").act("1", "asignado", "ticket_asignado_a",
                "Equipo de infraestructura tecnológica");
        infrastructure.openFromInbox(n, "29").act("29", "continuar");
        assertTrue(fixture("/change-row", "case", String.valueOf(c.id())).startsWith(system + "|v1.0.0|"),
                "the first release is on the system's history");

        // 30–34: an Internet publication whose data are incomplete once (↺ 32)
        infrastructure.openFromInbox(n, "30").act("30", "publicacion");
        operator.openFromInbox(n, "31").act("31", "continuar", "ip_privada_destino", "10.10.20.15");
        String publicationTicket = fixture("/linked-case", "case", String.valueOf(c.id()), "key", "PUB");
        cyber.openFromInbox(n, "32");
        String incomplete = cyber.tryAct("32", "completos");
        assertTrue(incomplete.contains("Números de puertos de red: es obligatorio"), incomplete);
        cyber.act("32", "incompletos");
        cyber.openFromInbox(n, "33").act("33", "continuar");
        operator.openFromInbox(n, "34").act("34", "continuar", "puertos_red", "443");
        cyber.openFromInbox(n, "32").act("32", "completos");

        // 35–41: configured, validated, registered; the ticket closed; the go-live reported
        cyber.openFromInbox(n, "35").act("35", "continuar", "configuracion_publicacion", "NAT 443 en el firewall.");
        infrastructure.openFromInbox(n, "36").act("36", "satisfactorio", "resultados_validacion", "HTTPS responde.");
        cyber.openFromInbox(n, "39").act("39", "continuar", "registro_publicacion", system + " 10.10.20.15:443");
        // 40 waits for the go-live ticket to close, which the Operador does in the ticket
        operator.openFromInbox(ticket, "2").act("2", "cerrado", "ticket_accion", "Pase y publicación atendidos.");
        infraLead.openFromInbox(n, "41").act("41", "continuar");
        mailbox.await(n, "responsable.innov@sigti.example", "Pase a producción culminado", system);

        // 42–45: training, inventory, informe de cierre, the Jefe takes note
        programmer.openFromInbox(n, "42").act("42", "continuar", "fecha_sesion", java.time.LocalDate.now(java.time.ZoneId.of("America/Lima")).toString(),
                "lugar_sesion", "Sala de la OGTIE", "tema_sesion", "Uso del sistema de viáticos",
                "capacitador_sesion", "Óscar Cárdenas Luna", "asistentes_sesion",
                "Ana Torres Ríos | Dirección General de Administración | 41234567 | sí\n"
                        + "Luis Vega Soto | Dirección General de Administración | 42345678 | sí");
        lead.openFromInbox(n, "43").act("43", "continuar", "nombre_en_inventario", "Sistema de gestión de viáticos");
        assertEquals("10.10.20.15:443 " + publicationTicket + "|2|v1.0.0 PRODUCTION", fixture("/lifecycle-records",
                "case", String.valueOf(c.id())), "the publication register with its ticket, the Acta de capacitación,"
                        + " the inventory");
        assertTrue(fixture("/linked-case", "case", String.valueOf(c.id()), "key", "CAP").startsWith("SOL-"),
                "42 filed the training ticket");
        lead.openFromInbox(n, "44").act("44", "continuar", "bondades_sistema", "Solicitudes en línea en un día.");
        jefe.openFromInbox(n, "45").act("45", "tomar_conocimiento");
        jefe.assertClosed("");

        List<String> moves = jefe.completions();
        assertEquals("1 → 2", moves.get(0));
        assertTrue(moves.containsAll(List.of("3 → 6", "8 → 9", "11 → 11.F1", "11.F2 → 12", "14 → 15,16", "22 → 17",
                "22 → 23", "23 → 23.F", "24 → 24.F1", "24.F2 → 25", "27 → 28", "28 → 29", "40 → 41", "26 → 26.F1", "26.F2 → 27", "30 → 31", "32 → 33", "34 → 32", "32 → 35",
                "36 → 39", "44 → 45")), moves::toString);
        assertEquals("45 → END", moves.get(moves.size() - 1));

        // the documents: the owner's oficio, the five actas, the UAT report, the informe de cierre, each numbered
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 8);
        assertEquals(8, documents.size(), documents::toString);
        String conformity = pdfWith(jefe, documents, "Acta de conformidad (formato N° 15)");
        for (String signer : List.of("Óscar Cárdenas Luna", "Julia Ponce Villa", "César Olivares Paz")) {
            assertTrue(conformity.contains(signer), () -> signer + " missing from the Acta de conformidad: "
                    + conformity);
        }
        assertTrue(conformity.contains("brinda su conformidad") && conformity.contains("Sistema de gestión de"
                + " viáticos " + k), conformity);
        String qa = pdfWith(jefe, documents, "Acta de QA (formato N° 14)");
        for (String piece : List.of("Lucía Paredes Zegarra", "Martín Villanueva Rojas", "12 casos, 0 defectos")) {
            assertTrue(qa.contains(piece), () -> piece + " missing from the Acta de QA: " + qa);
        }
        String closing = pdfWith(jefe, documents, "Informe de cierre del proyecto");
        assertTrue(closing.contains("Solicitudes en línea en un día") && closing.contains("Julia Ponce Villa"),
                closing);
        String review = pdfWith(jefe, documents, "Acta de revisión de código").replaceAll("\\s+", " ");
        for (String piece : List.of("3 mayores y 12 menores", "0 alertas de riesgo alto, 1 medio, 2 bajo y 1",
                "verificadas por el SIGTI",
                "zap-" + system + ".json")) {
            assertTrue(review.contains(piece), () -> piece + " missing from the acta de revisión de código: " + review);
        }
        String uat = pdfWith(jefe, documents, "Informe final de pruebas (UAT)").replaceAll("\\s+", " ");
        for (String piece : List.of("UAT conforme con la DGA", "Lucía Paredes Zegarra", "César Olivares Paz",
                "Martín Villanueva Rojas")) {
            assertTrue(uat.contains(piece), () -> piece + " missing from the UAT report: " + uat);
        }
        assertEquals(5, documents.keySet().stream().filter(d -> d.contains("ACTA")).count(), documents::toString);
    }

    /** The innovation coordinator gives an open step of the team to one of its Técnicos, on the case page. */
    private static void reassign(Desk coordinator, Filed c, String step, String user) {
        coordinator.open(c.id());
        String said = coordinator.tryAct(step, "asignar", "assignee", user);
        assertTrue(said.contains("paso " + step + " asignado"), () -> "reassigning " + step + " to " + user + ": "
                + said);
    }

    /** 18–21 by the quality analyst, who is left at step 22. */
    private static void qualityUntilTests(Desk quality, String n) {
        quality.openFromInbox(n, "18").act("18", "continuar");
        quality.openFromInbox(n, "19").act("19", "continuar", "interfaces_prueba", "2", "plan_pruebas",
                "Funcionales y de seguridad; riesgos: datos de prueba.");
        quality.openFromInbox(n, "20").act("20", "continuar", "matriz_casos_prueba", "12 casos priorizados.");
        quality.openFromInbox(n, "21").act("21", "continuar");
        quality.openFromInbox(n, "22");
    }

    /**
     * On the case's QA matrix page, the analyst reports the defect ({@code "report"}: cycle 1) or moves it to the
     * given status; the page then shows how many defects keep the system in QA.
     */
    private static void defects(Desk quality, Filed c, String action) {
        Browser page = quality.browser();
        page.open(Sigti.BASE_URL + "/quality/matrix.xhtml?case=" + c.id());
        if (action.equals("report")) {
            page.select(By.id("defect:severity"), "HIGH");
            page.type(By.id("defect:description"), "El monto no admite decimales.");
            page.type(By.id("defect:reproduce"), "Registrar un viático de 120.50 soles.");
            page.submit(By.id("defect:report"));
            assertEquals("1", page.text(By.id("qa-pending")));
        } else {
            String defect = page.all(By.cssSelector("select[id='status:defect'] option")).get(1).getAttribute("value");
            page.select(By.id("status:defect"), defect);
            page.select(By.id("status:newStatus"), action);
            page.submit(By.id("status:change"));
            assertEquals("0", page.text(By.id("qa-pending")));
        }
    }

    /** The text of the case's document whose PDF says {@code words}. */
    private static String pdfWith(Desk reader, Map<String, Long> documents, String words) {
        for (Long id : documents.values()) {
            String text = Storeroom.pdfText(reader.browser(), "/files/official-document?id=" + id);
            if (text.contains(words)) {
                return text;
            }
        }
        throw new AssertionError("no document says " + words + " among " + documents);
    }

    /** OWASP ZAP's JSON report with one medium, two low and one informational alert. */
    private static Path zapReport(String name) throws Exception {
        Path file = Files.createTempDirectory("sigti-zap").resolve(name);
        Files.writeString(file, """
                {"@version": "2.14.0", "site": [{"@name": "https://viaticos.mindef.test", "alerts": [
                  {"pluginid": "10020", "alert": "Missing Anti-clickjacking Header", "riskcode": "2"},
                  {"pluginid": "10021", "alert": "X-Content-Type-Options Header Missing", "riskcode": "1"},
                  {"pluginid": "10035", "alert": "Strict-Transport-Security Header Not Set", "riskcode": "1"},
                  {"pluginid": "10096", "alert": "Timestamp Disclosure", "riskcode": "0"}]}]}
                """, StandardCharsets.UTF_8);
        return file;
    }

    private static Path pdf(String name) throws Exception {
        Path file = Files.createTempDirectory("sigti-ficha").resolve(name);
        Files.write(file, ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        return file;
    }
}
