package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.05.00.02, Atención a las necesidades de información estadística de las unidades de organización del MINDEF
 * (procedures.md E23), walked in real browsers by MINDEF's own demo users, each from their own inbox: the DGA's
 * Director(a) (director.mindef), the Jefe(a) de la OGTIE (jefe.ogtie), the Responsable de la coordinación del equipo
 * de estadística (responsable.estad) and the Especialista Estadístico (tecnico.estad). One walk per entry branch: the
 * DGA's own need, whose information is available (1, 3, 4, 5 → 8 … 13); and the OGTIE's proposal to the DGA, whose
 * data is missing and asked of the DIPEC by an oficio the Jefe(a) first returns, the case waiting for it with the
 * units and the due date on show, the coordinator's observations mailed to the specialist, and the Jefe(a)'s
 * observation of the informe (2, 3, 4, 5 → 6 … 13).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticalNeedsWalkIT extends Walk {

    private static final String E23 = "S04.05.00.02";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_units_own_need_with_the_information_available_is_answered_with_the_document_by_oficio() {
        long k = System.currentTimeMillis() % 10_000_000;
        // everyone at their desk first: a mail to a role finds only people SIGTI already knows
        Desk director = desk("director.mindef");
        Desk jefe = desk("jefe.ogtie");
        Desk coordinator = desk("responsable.estad");
        Desk specialist = desk("tecnico.estad");

        // 0, 0.I: the Director files the need and says it is the DGA's; a team of the OGTIE is no U.O.
        Filed c = director.file(Draft.of(E23, null, "Estadísticas de personal civil " + k,
                "La DGA necesita información estadística del personal civil para su plan anual."));
        String n = c.number();
        director.openFromInbox(n, "0.I");
        String refused = director.tryAct("0.I", "unidad", "uo_solicitante", "ESTAD");
        assertTrue(refused.contains("no es una unidad de organización del MINDEF"), refused);
        director.act("0.I", "unidad", "uo_solicitante", "DGA");

        // 1: the Director coordinates with the statistics team, who is told by mail; 3: the oficio
        director.openFromInbox(n, "1").act("1", "continuar", "coordinacion_estadistica",
                "Reunión con el equipo de estadística: existe la serie de personal civil 2020-2025.");
        mailbox.await(n, "responsable.estad@sigti.example", "Solicitud de apoyo en información estadística",
                "serie de personal civil 2020-2025");
        director.openFromInbox(n, "3").act("3", "continuar", "necesidad_estadistica",
                "Cuadros del personal civil por régimen laboral, 2020-2025.");

        // 4, 5: the Jefe routes it; the coordinator defines the data, which is available (→ 8)
        jefe.openFromInbox(n, "4").act("4", "continuar");
        coordinator.openFromInbox(n, "5").act("5", "disponible", "recursos_necesarios",
                "Un especialista durante cinco días.", "formatos_variables_codigos",
                "Cuadro por año y régimen (códigos R01 a R05).");

        // 8, 9: tables and charts mailed to the coordinator, who has no remarks
        specialist.openFromInbox(n, "8").act("8", "continuar", "cuadros_graficos",
                "Cuadro 1: personal civil por régimen laboral. Gráfico 1: evolución 2020-2025.");
        mailbox.await(n, "responsable.estad@sigti.example", "Cuadros y gráficos estadísticos para revisión",
                "Cuadro 1: personal civil por régimen laboral");
        coordinator.openFromInbox(n, "9").act("9", "conforme");

        // 10, 11, 12, 13: the document, the informe, the Jefe's review and the delivery by oficio
        specialist.openFromInbox(n, "10").act("10", "continuar", "titulo_documento",
                "Compendio de personal civil 2020-2025", "contenido_documento",
                "Nota: cifras al 31 de diciembre de cada año.");
        coordinator.openFromInbox(n, "11").act("11", "continuar", "informe_estadistico",
                "El compendio atiende lo solicitado por la DGA.");
        jefe.openFromInbox(n, "12").act("12", "conforme");
        jefe.openFromInbox(n, "13").act("13", "remitir");

        jefe.assertClosed("");
        assertEquals(List.of("0 → 0.I", "0.I → 1", "1 → 3", "3 → 4", "4 → 5", "5 → 8", "8 → 9", "9 → 10",
                "10 → 11", "11 → 12", "12 → 13", "13 → END"), jefe.completions());
        director.open(c.id()).assertClosed("");

        // four documents, numbered and signed: the DGA's oficio, the documento, the informe, the delivery
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 4);
        assertEquals(4, documents.size(), documents::toString);
        String need = only(documents, "OFICIO", "/DGA");
        String document = only(documents, "INFORME", "/OGTIE");
        only(documents, "INFORME", "/ESTAD");
        String delivery = only(documents, "OFICIO", "/OGTIE");
        assertTrue(need.contains(String.valueOf(LocalDate.now(LIMA).getYear())), need);
        String compendium = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(document));
        for (String piece : List.of(document, "Compendio de personal civil 2020-2025", "Cuadro 1: personal civil",
                "Fernando Castro Ruiz")) {
            assertTrue(compendium.contains(piece), () -> piece + " missing from the documento: " + compendium);
        }
        String sent = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(delivery));
        for (String piece : List.of(delivery, need, document, "Remisión del documento estadístico",
                "Dirección General de Administración", "Fernando Castro Ruiz")) {
            assertTrue(sent.contains(piece), () -> piece + " missing from the delivery oficio: " + sent);
        }
    }

    @Test
    void an_ogtie_proposal_waits_for_another_units_data_asked_by_oficio_and_passes_the_jefes_observation() {
        long k = System.currentTimeMillis() % 10_000_000;
        Desk coordinator = desk("responsable.estad");
        Desk director = desk("director.mindef");
        Desk jefe = desk("jefe.ogtie");
        Desk specialist = desk("tecnico.estad");
        String due = LocalDate.now(LIMA).plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        // 0, 0.I, 2: the coordinator files the OGTIE's proposal for the DGA, after reviewing its ROF
        Filed c = coordinator.file(Draft.of(E23, null, "Indicadores logísticos de la DGA " + k,
                "La OGTIE propone a la DGA indicadores de su gestión logística."));
        String n = c.number();
        coordinator.openFromInbox(n, "0.I").act("0.I", "ogtie", "uo_solicitante", "DGA");
        coordinator.openFromInbox(n, "2").act("2", "continuar", "propuesta_estadistica",
                "Revisado el ROF de la DGA: indicadores de almacenes y de personal asignado.");

        // 3, 4, 5: the DGA formalizes it by oficio, the Jefe routes it, the data is missing (→ 6)
        director.openFromInbox(n, "3").act("3", "continuar", "necesidad_estadistica",
                "Indicadores de almacenes con el personal civil asignado.");
        jefe.openFromInbox(n, "4").act("4", "continuar");
        coordinator.openFromInbox(n, "5").act("5", "faltan", "recursos_necesarios", "Datos de la DIPEC.",
                "formatos_variables_codigos", "Formato F-01: personal civil por almacén (código de almacén A01-A12).");

        // 6: the specialist asks the DIPEC by oficio; a date that does not exist is refused
        specialist.openFromInbox(n, "6");
        String[] request = {"unidades_informantes", "DIPEC", "informacion_solicitada",
                "Personal civil asignado a cada almacén.", "modalidad_entrega", "Hoja de cálculo por correo",
                "fecha_entrega", "31/02/2026"};
        String badDate = specialist.tryAct("6", "oficio", request);
        assertTrue(badDate.contains("escriba la fecha como dd/mm/aaaa, de hoy en adelante"), badDate);
        request[7] = due;
        specialist.act("6", "oficio", request);

        // 6.F: the Jefe returns the draft once, then signs and sends it
        jefe.openFromInbox(n, "6.F").act("6.F", "observar", "comment", "Indique la modalidad con más detalle.");
        request[5] = "Hoja de cálculo en el formato F-01, por correo institucional";
        specialist.openFromInbox(n, "6").act("6", "oficio", request);
        jefe.openFromInbox(n, "6.F").act("6.F", "remitir");

        // 6.E: the case waits on the specialist, showing who owes what and by when
        specialist.openFromInbox(n, "6.E");
        assertTrue(specialist.shows(due) && specialist.shows("DIPEC")
                && specialist.shows("Personal civil asignado"), "the wait shows the units, the data and the date");
        specialist.act("6.E", "continuar", "informacion_recibida", "La DIPEC remitió el formato F-01.");
        specialist.openFromInbox(n, "7").act("7", "conforme", "revision_consolidacion",
                "Formato F-01 revisado y consolidado: 12 almacenes.");

        // 8, 9: the coordinator's observations go to the specialist by mail (↺ 8)
        specialist.openFromInbox(n, "8").act("8", "continuar", "cuadros_graficos",
                "Cuadro 1: personal civil por almacén. Gráfico 1: distribución por almacén.");
        coordinator.openFromInbox(n, "9").act("9", "observar", "comment", "El gráfico 1 no indica la fuente.");
        mailbox.await(n, "tecnico.estad@sigti.example", "Observaciones a los cuadros y gráficos estadísticos",
                "El gráfico 1 no indica la fuente.");
        specialist.openFromInbox(n, "8").act("8", "continuar", "cuadros_graficos",
                "Cuadro 1: personal civil por almacén. Gráfico 1: distribución por almacén (fuente: DIPEC).");
        coordinator.openFromInbox(n, "9").act("9", "conforme");

        // 10, 11, 12 ↺ 11, 12, 13
        specialist.openFromInbox(n, "10").act("10", "continuar", "titulo_documento",
                "Tríptico de indicadores logísticos", "contenido_documento", "Nota: datos de la DIPEC.");
        coordinator.openFromInbox(n, "11").act("11", "continuar", "informe_estadistico", "Se adjunta el tríptico.");
        assertEquals(List.of("12=false"), coordinator.open(c.id()).openSteps(), "the review is the Jefe's alone");
        jefe.openFromInbox(n, "12").act("12", "observar", "comment", "Incluya la nota metodológica en el informe.");
        coordinator.openFromInbox(n, "11").act("11", "continuar", "informe_estadistico",
                "Se adjunta el tríptico. Nota metodológica: conteo al cierre de cada mes.");
        jefe.openFromInbox(n, "12").act("12", "conforme");
        jefe.openFromInbox(n, "13").act("13", "remitir");

        jefe.assertClosed("");
        assertEquals(List.of("0 → 0.I", "0.I → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 6.F", "6.F → 6",
                "6 → 6.F", "6.F → 6.E", "6.E → 7", "7 → 8", "8 → 9", "9 → 8", "8 → 9", "9 → 10", "10 → 11",
                "11 → 12", "12 → 11", "11 → 12", "12 → 13", "13 → END"), jefe.completions());

        // six documents: the DGA's oficio, the oficio to the DIPEC, the documento, two informes, the delivery
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 6);
        assertEquals(6, documents.size(), documents::toString);
        assertEquals(2, documents.keySet().stream().filter(d -> d.startsWith("INFORME") && d.endsWith("/ESTAD"))
                .count(), documents::toString);
        String asked = documents.entrySet().stream().filter(e -> e.getKey().startsWith("OFICIO")
                && e.getKey().endsWith("/OGTIE")).min(Comparator.comparing(Map.Entry::getValue))
                .orElseThrow().getKey();
        String oficio = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(asked));
        for (String piece : List.of(asked, only(documents, "OFICIO", "/DGA"), "Dirección de Personal Civil",
                "Personal civil asignado a cada almacén.", "Formato F-01", "Fecha de entrega: " + due,
                "formato F-01, por correo institucional", "Fernando Castro Ruiz")) {
            assertTrue(oficio.contains(piece), () -> piece + " missing from the oficio to the DIPEC: " + oficio);
        }
    }

    /** The one document whose number begins with the kind and ends with the unit. */
    private static String only(Map<String, Long> documents, String kind, String unit) {
        List<String> found = documents.keySet().stream().filter(d -> d.startsWith(kind + " ") && d.endsWith(unit))
                .toList();
        assertEquals(1, found.size(), () -> kind + unit + " among " + documents);
        return found.get(0);
    }
}
