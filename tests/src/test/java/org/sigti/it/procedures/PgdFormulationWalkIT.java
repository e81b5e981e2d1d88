package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * S04.01.00.01, Formulación del Plan de Gobierno Digital del MINDEF (procedures.md E1, manual 6.1.1), walked in real
 * browsers by MINDEF's demo users, each from their own inbox: the Jefe(a) de la OGTIE (jefe.ogtie) opens the plan,
 * refused first for a period of two years (1); the Responsable de asistencia y mejora continua de gobierno digital
 * (responsable.gobti) drafts the schedule (2), the Jefe calls the CGD by oficio (3) and the committee member
 * (comite.mindef) approves it in session (4); risks (5, 6), strategic approach (7); the three coordinators
 * (responsable.innov, responsable.infra, responsable.gobti) report the current portfolio in parallel (8, 9) and it is
 * consolidated (10); the Jefe decides per project, refused first with one left out (11), and sets the objectives (12);
 * the coordinators fill in their project sheets in parallel (13, 14), consolidated (15), prioritized with an oficio to
 * the CGD (16) that approves the portfolio (17); the final PGD generated from the data (18), sent (19) and approved
 * (20); the Especialista de gobierno digital (especialista.gd) drafts the informe de sustento and the RM (21), the
 * Jefe sends them to the SG (22), the Minister (ministro.mindef) signs the RM and orders its publication (23), and the
 * Secretaria General (autoridad.mindef) tells the PCM (24). Then the PGD's PDF and screen, and a second portfolio
 * version that leaves the first readable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PgdFormulationWalkIT extends Walk {

    private static final String E1 = "S04.01.00.01";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void the_plan_is_formulated_approved_by_the_cgd_and_the_minister_and_its_document_is_written_from_its_data() {
        long k = System.currentTimeMillis() % 10_000_000;
        Desk jefe = desk("jefe.ogtie");
        Desk assistance = desk("responsable.gobti");
        Desk innovation = desk("responsable.innov");
        Desk infrastructure = desk("responsable.infra");
        Desk committee = desk("comite.mindef");
        Desk specialist = desk("especialista.gd");
        Desk minister = desk("ministro.mindef");
        Desk secretary = desk("autoridad.mindef");

        // 1: the Jefe(a) files the formulation; a plan of two years is refused
        Filed c = jefe.file(Draft.of(E1, null, "Formulación del PGD 2027-2029 " + k,
                "Inicio de la formulación del Plan de Gobierno Digital del MINDEF."));
        String n = c.number();
        jefe.openFromInbox(n, "1");
        String shortPeriod = jefe.tryAct("1", "continuar", "periodo_inicio", "2027", "periodo_fin", "2028");
        assertTrue(shortPeriod.contains("el periodo debe abarcar al menos tres años"), shortPeriod);
        jefe.act("1", "continuar", "periodo_inicio", "2027", "periodo_fin", "2029");
        mailbox.await(n, "especialista.gd@sigti.example", "Inicio de la formulación", "2027-2029");

        // 2-4: the schedule, the Jefe's oficio to the CGD, the committee's approval in session
        assistance.openFromInbox(n, "2").act("2", "continuar", "cronograma",
                "Preparación | Conformar el equipo de trabajo | 2027-01-04 | 10\n"
                + "Diagnóstico | Situación actual del portafolio | 2027-01-18 | 30\n"
                + "Formulación | Fichas de proyecto | 2027-02-22 | 20");
        jefe.openFromInbox(n, "3").act("3", "remitir");
        committee.openFromInbox(n, "4").act("4", "aprobar", "sesion_cgd", "1-2027", "acuerdo_cgd",
                "Aprobar el cronograma de trabajo para formular el PGD.");

        // 5-7: risks mailed to the Jefe, approved and communicated; the strategic approach
        assistance.openFromInbox(n, "5").act("5", "continuar", "matriz_riesgos",
                "Diagnóstico | Información incompleta de los equipos | Plazo adicional y seguimiento semanal");
        mailbox.await(n, "jefe.ogtie@sigti.example", "Matriz de riesgos", "Información incompleta");
        jefe.openFromInbox(n, "6").act("6", "aprobar");
        jefe.openFromInbox(n, "7").act("7", "continuar", "pesem", "OES 1 del PESEM del Sector Defensa",
                "objetivos_pei", "OEI.03 Modernizar la gestión institucional", "politicas",
                "Política Nacional de Transformación Digital");

        // 8-10: each coordinator reports the current portfolio from their own inbox, in parallel
        assistance.openFromInbox(n, "8").act("8", "solicitar");
        mailbox.await(n, "responsable.infra@sigti.example", "Situación actual de los proyectos", n);
        innovation.openFromInbox(n, "9.INNOV").act("9.INNOV", "continuar", "situacion_proyectos",
                "Ventanilla única digital | En ejecución, 60 % de avance");
        infrastructure.openFromInbox(n, "9.INFRA").act("9.INFRA", "continuar", "situacion_proyectos",
                "Centro de datos alterno | Paralizado por falta de presupuesto");
        assistance.openFromInbox(n, "9.GOBTI").act("9.GOBTI", "continuar", "situacion_proyectos",
                "Intranet institucional | Concluido");
        assistance.openFromInbox(n, "10").act("10", "continuar", "situacion_consolidada",
                "Tres proyectos: uno en ejecución, uno paralizado y uno concluido.");

        // 11, 12: a decision on every project reported, then the objectives
        jefe.openFromInbox(n, "11");
        String missing = jefe.tryAct("11", "continuar", "decisiones", "Ventanilla única digital | Continúa");
        assertTrue(missing.contains("decida sobre cada proyecto reportado"), missing);
        jefe.act("11", "continuar", "decisiones", "Ventanilla única digital | Continúa\n"
                + "Centro de datos alterno | Desestimado\nIntranet institucional | Reemplazado");
        jefe.openFromInbox(n, "12").act("12", "continuar", "objetivos_pgd",
                "Digitalizar los trámites del MINDEF\nFortalecer la seguridad digital");

        // 13-15: the coordinators' project sheets, in parallel
        assistance.openFromInbox(n, "13").act("13", "solicitar");
        innovation.openFromInbox(n, "14.INNOV").act("14.INNOV", "continuar", "fichas_proyecto",
                "INN-01 | Mesa de partes digital | Digitalizar la recepción de documentos | OEI.03 | 1250000 | 18"
                + " | Trámites recibidos en línea (%)");
        infrastructure.openFromInbox(n, "14.INFRA").act("14.INFRA", "continuar", "fichas_proyecto",
                "INF-01 | Nube híbrida | Migrar servicios críticos | OEI.03 | 800000 | 24 | Servicios migrados");
        assistance.openFromInbox(n, "14.GOBTI").act("14.GOBTI", "continuar", "fichas_proyecto",
                "GOB-01 | Intranet 2.0 | Reemplazar la intranet | OEI.03 | 150000 | 12 | Usuarios activos");
        assistance.openFromInbox(n, "15").act("15", "continuar");

        // 16, 17: prioritized and validated, the CGD called by oficio and approving the portfolio in session
        jefe.openFromInbox(n, "16").act("16", "convocar", "prioridades",
                "INN-01 | 1\nINF-01 | 2\nGOB-01 | 3\nC-1 | 4");
        committee.openFromInbox(n, "17").act("17", "aprobar", "sesion_cgd", "2-2027", "acuerdo_cgd",
                "Aprobar el portafolio de proyectos del PGD 2027-2029.");

        // 18-20: the final document from the data, sent to the CGD and approved
        assistance.openFromInbox(n, "18").act("18", "continuar", "introduccion",
                "El PGD 2027-2029 orienta la transformación digital del Ministerio de Defensa.");
        jefe.openFromInbox(n, "19").act("19", "remitir");
        committee.openFromInbox(n, "20").act("20", "aprobar", "sesion_cgd", "3-2027", "acuerdo_cgd",
                "Aprobar y firmar el Plan de Gobierno Digital 2027-2029.");

        // 21-24: informe de sustento and RM, the oficio to the SG, the Minister's RM, the SG's oficio to the PCM
        specialist.openFromInbox(n, "21").act("21", "continuar", "informe_sustento",
                "El PGD cumple los lineamientos de la SEGDI.", "proyecto_rm",
                "Artículo 1.- Aprobar el Plan de Gobierno Digital del Ministerio de Defensa 2027-2029.");
        jefe.openFromInbox(n, "22").act("22", "remitir");
        minister.openFromInbox(n, "23").act("23", "firmar", "publicacion_portal",
                "https://www.gob.pe/mindef/pgd-2027-2029");
        secretary.openFromInbox(n, "24").act("24", "remitir");
        secretary.assertClosed("");
        List<String> moves = jefe.open(c.id()).completions(); // the Jefe's page as it is now, after 23 and 24
        assertTrue(moves.containsAll(List.of("8 → 9.INNOV,9.INFRA,9.GOBTI", "13 → 14.INNOV,14.INFRA,14.GOBTI",
                "23 → 24", "24 → END")), moves::toString);

        // the final PGD, generated from the data in the manual's structure
        String pdf = Storeroom.pdfText(jefe.browser(), "/files/pgd?case=" + c.id());
        int last = -1;
        for (String heading : List.of("1. TÍTULO", "2. INTRODUCCIÓN", "3. BASE LEGAL",
                "4. ENFOQUE ESTRATÉGICO DE LA ENTIDAD", "5. SITUACIÓN ACTUAL DEL GOBIERNO DIGITAL EN LA ENTIDAD",
                "6. OBJETIVOS DE GOBIERNO DIGITAL", "7. PROYECTOS DE GOBIERNO DIGITAL", "8. CRONOGRAMA DE ACTIVIDADES",
                "9. ANEXOS")) {
            int at = pdf.indexOf(heading);
            assertTrue(at > last, () -> heading + " missing or out of order: " + pdf);
            last = at;
        }
        for (String piece : List.of("Plan de Gobierno Digital del Ministerio de Defensa 2027-2029",
                "1 INN-01 Mesa de partes digital INNOV OEI.03 1,250,000.00 18", "Portafolio versión 1",
                "Centro de datos alterno", "Desestimado", "OGD2 Fortalecer la seguridad"
                        + " digital", "Fichas de proyecto", "Información incompleta de los equipos", "2-2027")) {
            assertTrue(pdf.contains(piece), () -> piece + " missing from the PGD: " + pdf);
        }

        // the RM the Minister signed, numbered in the DM's series
        Map<String, Long> documents = Storeroom.documentsOf(minister.browser(), c.id(), 1);
        String rm = documents.keySet().stream().filter(d -> d.contains("RESOLUCIÓN")).findFirst()
                .orElseThrow(() -> new AssertionError(documents.toString()));
        String rmText = Storeroom.pdfText(minister.browser(), "/files/official-document?id=" + documents.get(rm));
        assertTrue(rmText.contains("Aprobar el Plan de Gobierno Digital del Ministerio de Defensa 2027-2029")
                && rmText.contains("Alberto Guzmán Torres"), rmText);
        assertTrue(pdf.contains(rm), () -> rm + " missing from the approved PGD: " + pdf);

        // the screen: the plan with its timeline and portfolio version 1, approved in session 2-2027
        Browser b = jefe.browser();
        b.open(Sigti.BASE_URL + "/case.xhtml?id=" + c.id());
        b.click(By.id("pgd-open"));
        assertEquals("1", b.until(d -> d.findElement(By.id("pgd-plan"))).getAttribute("data-version"));
        assertEquals(3, b.all(By.cssSelector("li.pgd-activity-row")).size());
        assertEquals(4, b.all(By.cssSelector("tr.pgd-project-row")).size());
        assertTrue(b.text(By.id("pgd-versions")).contains("aprobada en la sesión 2-2027"),
                () -> b.text(By.id("pgd-versions")));

        // a second version (the yearly update's) copies the portfolio; the first stays readable
        assertEquals("2", fixture("/pgd-new-version", "case", String.valueOf(c.id())));
        b.open(Sigti.BASE_URL + "/pgd/plan.xhtml?case=" + c.id());
        assertEquals("2", b.until(d -> d.findElement(By.id("pgd-plan"))).getAttribute("data-version"));
        assertEquals(4, b.all(By.cssSelector("tr.pgd-project-row")).size());
        b.open(Sigti.BASE_URL + "/pgd/plan.xhtml?case=" + c.id() + "&version=1");
        assertEquals("1", b.until(d -> d.findElement(By.id("pgd-plan"))).getAttribute("data-version"));
        assertTrue(Storeroom.pdfText(b, "/files/pgd?case=" + c.id() + "&version=2").contains("Portafolio versión 2"));

        // a unit's Director does not read the plan: neither its page nor its document
        Browser director = desk("director.mindef").browser();
        assertEquals(403L, ((Number) director.fetch(Sigti.BASE_URL + "/pgd/plan.xhtml?case=" + c.id())
                .get("status")).longValue());
        assertEquals(403L, ((Number) director.fetch(Sigti.BASE_URL + "/files/pgd?case=" + c.id()).get("status"))
                .longValue());
    }
}
