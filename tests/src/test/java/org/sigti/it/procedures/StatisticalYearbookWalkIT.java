package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.05.00.01, Producción y difusión de la información estadística del Sector Defensa (procedures.md E22), walked in
 * real browsers by MINDEF's demo users, each from their own inbox: the statistics coordinator (responsable.estad),
 * the Especialista estadístico (tecnico.estad), the Jefe(a) de la OGTIE (jefe.ogtie) and the Secretaria General
 * (autoridad.mindef); the Fuerza Aérea's representative (representante.fap) sends the table the approved schedule
 * asks for while the case waits at 13. The Jefe(a) observes the submission schedule (10 ↺ 9) and the yearbook (29 ↺
 * 28), the coordinator returns it to the specialist by mail (28 ↺ 27), the cover branch runs beside the content (19
 * ∥ 20, 21–26, joined at 27), and the approved Anuario Estadístico carries the table's figures and its chart as an
 * image; the representatives are told by mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticalYearbookWalkIT extends Walk {

    private static final String E22 = "S04.05.00.01";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final String DATA = "categoria;observacion;hombres;mujeres;total\nOFI;;1234;321;1555\n"
            + "TCO;;2000;500;2500\nTRO;;3000;700;3700\nTOTAL;;6234;1521;7755\n";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void the_yearbook_is_planned_fed_by_the_entities_assembled_with_its_chart_approved_and_distributed()
            throws Exception {
        long k = System.currentTimeMillis() % 10_000_000;
        String period = "A" + k;
        String due = LocalDate.now(LIMA).plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Desk coordinator = desk("responsable.estad");
        Desk jefe = desk("jefe.ogtie");
        Desk specialist = desk("tecnico.estad");
        Desk sg = desk("autoridad.mindef");

        // 0, 1, 2: the year's activity schedule, mailed to the Jefe(a), who approves it
        Filed c = coordinator.file(Draft.of(E22, null, "Anuario Estadístico del Sector Defensa " + period,
                "Ciclo anual de la estadística del Sector Defensa."));
        String n = c.number();
        coordinator.openFromInbox(n, "1");
        String refused = coordinator.tryAct("1", "continuar", "periodo_anuario", "año 1", "cronograma_actividades",
                "Oficio de representantes | Enero", "sustento_actividades", "Directiva 020-2014.");
        assertTrue(refused.contains("el año del anuario"), refused);
        coordinator.act("1", "continuar", "periodo_anuario", period, "cronograma_actividades",
                "Oficio de representantes | Enero\nCronograma de envío | Febrero\nAnuario | Noviembre",
                "sustento_actividades", "Directiva General N° 020-2014-MINDEF/SG/B/02.");
        mailbox.await(n, "jefe.ogtie@sigti.example", "Cronograma de actividades del equipo de estadística",
                "Cronograma de envío | Febrero");
        jefe.openFromInbox(n, "2").act("2", "aprobar");

        // 3, 4, 5: the oficio múltiple for the representatives: drafted, visto bueno, signed by the SG
        coordinator.openFromInbox(n, "3").act("3", "continuar", "solicitud_designacion",
                "Se solicita designar al titular y al alterno en un plazo de diez días.");
        jefe.openFromInbox(n, "4").act("4", "remitir");
        sg.openFromInbox(n, "5").act("5", "firmar");

        // 6, 7, 8: the lists routed back; the directory from the representatives SIGTI knows
        sg.openFromInbox(n, "6").act("6", "continuar", "listas_representantes",
                "Oficio de la Fuerza Aérea del Perú con su titular y su alterno.");
        jefe.openFromInbox(n, "7").act("7", "continuar");
        coordinator.openFromInbox(n, "8").act("8", "continuar", "comites_especiales",
                "Comité especial de estadística de personal.");

        // 9, 10 ↺ 9, 10, 11, 12: the submission schedule, observed once, approved by the SG
        coordinator.openFromInbox(n, "9");
        String bad = coordinator.tryAct("9", "continuar", "cronograma_envio", "XYZ | PER-01 | " + due,
                "sustento_envio", "Cuadros de personal.");
        assertTrue(bad.contains("no es el código de una entidad del Sector"), bad);
        coordinator.act("9", "continuar", "cronograma_envio", "FAP | PER-01 | 31/12/2099", "sustento_envio",
                "Cuadros de personal.");
        jefe.openFromInbox(n, "10").act("10", "observar", "comment", "Adelante la fecha de envío de la FAP.");
        coordinator.openFromInbox(n, "9").act("9", "continuar", "cronograma_envio", "FAP | PER-01 | " + due,
                "sustento_envio", "Cuadros de personal militar, fecha adelantada.");
        jefe.openFromInbox(n, "10").act("10", "conforme");
        jefe.openFromInbox(n, "11").act("11", "remitir");
        sg.openFromInbox(n, "12").act("12", "aprobar");

        // 13: the case waits for the entities; nothing accepted yet, so it cannot go on
        coordinator.openFromInbox(n, "13");
        String early = coordinator.tryAct("13", "continuar");
        assertTrue(early.contains("Ningún cuadro del cronograma del periodo " + period + " fue aceptado"), early);

        // the Fuerza Aérea's representative sends PER-01 for the period through the intake (the line the case shows)
        String dueId = coordinator.browser().until(d -> d.findElement(By.cssSelector(
                "#yearbook-panel tr.sigti-yearbook-line"))).getAttribute("data-due");
        try (Browser fap = Browser.loggedIn("representante.fap", "/statistics/upload.xhtml")) {
            Boolean listed = fap.until(d -> d.findElements(By.cssSelector(".sigti-stat-period")).stream()
                    .anyMatch(e -> e.getText().strip().equals(period)));
            assertTrue(listed, "the table is on the entity's list");
            fap.open(Sigti.BASE_URL + "/statistics/due.xhtml?due=" + dueId);
            Path file = Files.createTempFile("fap-", ".csv");
            Files.writeString(file, DATA, StandardCharsets.UTF_8);
            fap.all(By.cssSelector("input[type=file]")).get(0).sendKeys(file.toAbsolutePath().toString());
            fap.submit(By.id("upload:send"));
            assertEquals("ACCEPTED", fap.until(d -> d.findElement(By.id("stat-result"))).getAttribute("data-outcome"));
            Files.delete(file);
        }

        // the case shows who sent what: the schedule's line, official, accepted
        coordinator.openFromInbox(n, "13");
        String line = coordinator.browser().text(By.cssSelector("#yearbook-panel tr.sigti-yearbook-line"));
        assertTrue(line.contains("Fuerza Aérea del Perú") && line.contains("PER-01") && line.contains(due)
                && line.contains("Aprobado por la Secretaría General") && line.contains("Aceptado (versión 1)"), line);
        coordinator.act("13", "continuar");

        // 14 … 17: follow-up assigned by mail, evaluated, reported, noted
        coordinator.openFromInbox(n, "14").act("14", "continuar");
        mailbox.await(n, "tecnico.estad@sigti.example", "Seguimiento de la información estadística asignado",
                period);
        specialist.openFromInbox(n, "15").act("15", "continuar", "evaluacion_informacion",
                "PER-01 de la FAP evaluado: totales conformes.");
        coordinator.openFromInbox(n, "16").act("16", "continuar", "informe_situacion",
                "La información del periodo está completa.");
        jefe.openFromInbox(n, "17").act("17", "continuar");

        // 18, 19 ∥ 20 and 21 … 26, joined at 27
        specialist.openFromInbox(n, "18").act("18", "continuar", "cuadros_graficos",
                "Cuadro 1 y gráfico 1: personal militar por categoría y sexo.");
        mailbox.await(n, "responsable.estad@sigti.example", "Cuadros y gráficos del anuario para revisión",
                "personal militar por categoría");
        coordinator.openFromInbox(n, "19").act("19", "paralelo");
        specialist.openFromInbox(n, "20").act("20", "continuar", "notas_anuario",
                "Nota: cifras al 31 de diciembre; personal en actividad.");
        coordinator.openFromInbox(n, "21").act("21", "continuar", "solicitud_caratulas",
                "Carátula principal con el escudo nacional; dos carátulas internas.");
        jefe.openFromInbox(n, "22").act("22", "firmar");
        coordinator.openFromInbox(n, "23");
        String noCover = coordinator.tryAct("23", "continuar", "revision_caratulas", "Diseños conformes.");
        assertTrue(noCover.contains("al caso el diseño de la carátula"), noCover);
        Path cover = cover();
        coordinator.attach(cover);
        coordinator.act("23", "continuar", "revision_caratulas", "Diseños de la OGPPRP conformes.");
        jefe.openFromInbox(n, "24").act("24", "aprobar");
        coordinator.openFromInbox(n, "25").act("25", "continuar", "solicitud_impresion",
                "Cien fundas y cien etiquetas para CD.");
        jefe.openFromInbox(n, "26").act("26", "firmar");
        specialist.openFromInbox(n, "27").act("27", "continuar");

        // 28 ↺ 27 by mail, 28, 29 ↺ 28, 28, 29, 30, 31
        coordinator.openFromInbox(n, "28").act("28", "observar", "informe_tecnico", "Pendiente.", "comment",
                "Agregue la nota de la fuente al anuario.");
        mailbox.await(n, "tecnico.estad@sigti.example", "Observaciones al documento estadístico",
                "Agregue la nota de la fuente");
        specialist.openFromInbox(n, "27").act("27", "continuar");
        coordinator.openFromInbox(n, "28").act("28", "remitir", "informe_tecnico",
                "El anuario cumple las especificaciones ETTDE SD.");
        jefe.openFromInbox(n, "29").act("29", "observar", "comment", "Precise en el informe el periodo.");
        coordinator.openFromInbox(n, "28").act("28", "remitir", "informe_tecnico",
                "El anuario del periodo " + period + " cumple las especificaciones ETTDE SD.");
        jefe.openFromInbox(n, "29").act("29", "conforme");
        jefe.openFromInbox(n, "30").act("30", "remitir");
        sg.openFromInbox(n, "31").act("31", "aprobar");

        sg.assertClosed("");
        List<String> moves = jefe.open(c.id()).completions();
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9",
                "9 → 10", "10 → 9", "9 → 10", "10 → 11", "11 → 12", "12 → 13", "13 → 14", "14 → 15", "15 → 16",
                "16 → 17", "17 → 18", "18 → 19", "19 → 20,21", "20 → ", "21 → 22", "22 → 23", "23 → 24",
                "24 → 25", "25 → 26", "26 → 27", "27 → 28", "28 → 27", "27 → 28", "28 → 29", "29 → 28", "28 → 29",
                "29 → 30", "30 → 31", "31 → END"), moves);

        // the representatives are told by mail
        mailbox.await(n, "representante.fap@sigti.example", "Anuario Estadístico del Sector Defensa " + period
                + " aprobado y remitido a Fuerza Aérea del Perú", "OFICIO MÚLTIPLE", 45_000);
        mailbox.await(n, "alterno.fap@sigti.example", "Anuario Estadístico del Sector Defensa " + period,
                "Fuerza Aérea del Perú", 45_000);

        // the documents: the SG's two oficios múltiples name the entity and the approved schedule
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 10);
        List<String> multiples = documents.keySet().stream().filter(d -> d.startsWith("OFICIO MÚLTIPLE")
                && d.endsWith("/SG")).toList();
        assertEquals(3, multiples.size(), documents::toString);
        String schedule = documents.keySet().stream().filter(d -> d.startsWith("OFICIO MÚLTIPLE"))
                .map(d -> Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(d)))
                .filter(t -> t.contains("aprobado por esta Secretaría General")
                        && t.contains("Cronograma de envío")).findFirst().orElseThrow(() -> new AssertionError(
                                "no approved schedule among " + documents));
        assertTrue(schedule.contains("Fuerza Aérea del Perú") && schedule.contains("PER-01")
                && schedule.contains(due), schedule);

        // the yearbook: its sections, the table's figures, and the chart drawn as an image (900 × 420)
        byte[] pdf = attachment(jefe.open(c.id()), "Anuario-Estadistico-" + period + "-aprobado.pdf");
        try (PDDocument book = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(book).replaceAll("\\s+", " ");
            int last = -1;
            for (String heading : List.of("CARÁTULA", "PRESENTACIÓN", "CUADROS ESTADÍSTICOS",
                    "GRÁFICOS ESTADÍSTICOS", "NOTAS", "FUENTE Y SITUACIÓN DE LOS ENVÍOS")) {
                int at = text.indexOf(heading);
                assertTrue(at > last, () -> heading + " missing or out of order: " + text);
                last = at;
            }
            for (String piece : List.of("ANUARIO ESTADÍSTICO DEL SECTOR DEFENSA " + period,
                    "PER-01 Personal militar en actividad por categoría y sexo", "Fuerza Aérea del Perú",
                    "1234", "6234", "7755", "Nota: cifras al 31 de diciembre", "aceptado (versión 1)")) {
                assertTrue(text.contains(piece), () -> piece + " missing from the yearbook: " + text);
            }
            List<String> images = images(book);
            assertTrue(images.contains("900x420"), () -> "no chart among the images " + images);
            assertTrue(images.contains("300x400"), () -> "no cover among the images " + images);
        }
    }

    /** The cover design the OGPPRP sends: a 300 × 400 PNG. */
    private static Path cover() throws Exception {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x4e, 0x79));
        g.fillRect(0, 0, 300, 400);
        g.setColor(Color.WHITE);
        g.drawString("ANUARIO ESTADÍSTICO", 60, 200);
        g.dispose();
        Path file = Files.createTempDirectory("cover-").resolve("caratula-principal.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The bytes of the case's attachment {@code name}, from the case page. */
    private static byte[] attachment(Desk desk, String name) {
        WebElement link = desk.browser().until(d -> d.findElements(By.cssSelector("a.sigti-attachment")).stream()
                .filter(a -> a.getText().strip().equals(name)).findFirst().orElse(null));
        String href = link.getAttribute("href");
        return desk.browser().download(href.substring(href.indexOf("/files/")));
    }

    /** Width × height of every image XObject of the document's pages. */
    private static List<String> images(PDDocument pdf) throws Exception {
        List<String> found = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    found.add(image.getWidth() + "x" + image.getHeight());
                }
            }
        }
        return found;
    }
}
