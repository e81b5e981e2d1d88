package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
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
import org.sigti.it.procedures.Storeroom.Piece;

/**
 * SEPREM-DI-004.1 Emisión de Dictamen Técnico (procedures.md C5) walked in real browsers, each role from its own
 * inbox: the Jefe registers a computer in the inventory; the DAF's requester files the request; the Asistente de
 * Dirección passes it to Infraestructura; the analyst picks the computer from the inventory, documents it (an upload
 * that is not an image is refused, a photo is attached) and issues the Dictamen Técnico recommending its baja; the
 * Jefe de Infraestructura returns it once (↺ 4), then approves it: signed, numbered, and the computer is «Para baja»;
 * the Asistente prepares the documento de traslado, the Director returns it once (↺ 6), then signs it; the Asistente
 * archives. Both documents are read back as PDF text (number, letterhead, equipment, recommendation, signer).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DictamenWalkIT extends Walk {

    private static final String C5 = "SEPREM-DI-004.1";
    /** A 1×1 PNG, as a phone's photo would be for the check: an image by its content. */
    private static final byte[] PHOTO = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAD"
            + "UlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void a_dictamen_of_baja_is_returned_once_approved_transferred_returned_once_signed_and_archived() {
        // given: everyone at their desk (who signs is who SIGTI knows in the role), and a computer in the store
        String code = "DIC-" + (System.currentTimeMillis() % 1_000_000);
        Desk jefe = desk("jefe.di");
        Desk user = desk("solicitante.seprem");
        Desk assistant = desk("operador.di-asist");
        Desk analyst = desk("tecnico.di-infra");
        Desk jefeInfra = desk("responsable.di-infra");
        Piece computer = Storeroom.register(jefe, "COMPUTER", code, "Dell", "Optiplex 7010");

        // the DAF asks for the dictamen; the Asistente de Dirección passes it to Infraestructura
        Filed c = user.file(Draft.of(C5, null, "Dictamen técnico de la computadora " + code,
                "Para el expediente de baja de bienes de la Dirección Administrativa Financiera."));
        String n = c.number();
        assistant.openFromInbox(n, "1").act("1", "continuar");

        // the analyst picks the computer from the inventory and documents it with a photo (not with a fake one)
        analyst.openFromInbox(n, "2").act("2", "continuar", "objeto_dictamen", "EQUIPO", "equipo_dictamen", code);
        String noPhoto = analyst.tryAct("3", "continuar", "caracteristicas_observadas", "Intel Core i3 de 2012, 4 GB",
                "estado_observado", "Placa madre dañada: no enciende");
        assertTrue(noPhoto.contains("al menos una fotografía"), noPhoto);
        String fake = tryAttach(analyst, file("foto-falsa.png", "no soy una imagen".getBytes()));
        assertTrue(fake.contains("foto-falsa.png"), fake);
        analyst.attach(file("foto-" + code + ".png", PHOTO));
        analyst.act("3", "continuar", "caracteristicas_observadas", "Intel Core i3 de 2012, 4 GB de RAM",
                "estado_observado", "Placa madre dañada: no enciende")
                .act("4", "continuar", "evaluacion_tecnica", "Reparar la placa cuesta más que el equipo.",
                        "recomendacion", "BAJA");

        // the Jefe de Infraestructura returns it once, with the reason; the analyst issues it again
        jefeInfra.openFromInbox(n, "5").act("5", "devolver", "comment", "Indique el costo estimado de la reparación.");
        analyst.openFromInbox(n, "4").act("4", "continuar", "evaluacion_tecnica", "Reparar la placa (Q 2,800) cuesta"
                + " más que el valor del equipo.", "recomendacion", "BAJA");
        assertEquals("En almacén", Storeroom.state(jefe, computer), "nothing changes before the approval");
        jefeInfra.openFromInbox(n, "5").act("5", "aprobar");
        assertEquals("Para baja", Storeroom.state(jefe, computer));

        // the traslado: prepared, returned once by the Director, prepared again, signed
        assistant.openFromInbox(n, "6").act("6", "continuar", "destinatario_traslado",
                "Lic. Raúl Gutiérrez León, Dirección Administrativa Financiera");
        jefe.openFromInbox(n, "6.F").act("6.F", "devolver", "comment", "Dirija el traslado al Director Administrativo.");
        assistant.openFromInbox(n, "6").act("6", "continuar", "destinatario_traslado",
                "Director Administrativo Financiero");
        jefe.openFromInbox(n, "6.F").act("6.F", "firmar");
        assistant.openFromInbox(n, "7").act("7", "archivar", "ubicacion_archivo", "Archivo de la DI, 2026");
        assistant.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 4", "4 → 5", "5 → 6", "6 → 6.F",
                "6.F → 6", "6 → 6.F", "6.F → 7", "7 → END"), assistant.completions());
        mailbox.await(n, "solicitante.seprem@sigti.example", "[" + n + "] Solicitud cerrada", n);

        // then: both documents are the case's, numbered, signed and sealed PDFs
        int year = LocalDate.now(ZoneId.of("America/Guatemala")).getYear();
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id());
        String dictamen = documents.keySet().stream().filter(k -> k.startsWith("DICTAMEN")).findFirst().orElseThrow(
                () -> new AssertionError(documents));
        String traslado = documents.keySet().stream().filter(k -> k.startsWith("OFICIO")).findFirst().orElseThrow(
                () -> new AssertionError(documents));
        assertTrue(dictamen.matches("DICTAMEN TÉCNICO No\\. DI-INFRA-\\d{3}-" + year), dictamen);
        assertTrue(traslado.matches("OFICIO No\\. DI-\\d{3}-" + year), traslado);

        String opinion = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(dictamen));
        for (String piece : List.of(dictamen, "Secretaría Presidencial de la Mujer", code, "Dell Optiplex 7010",
                "Placa madre dañada", "Q 2,800", "Baja del bien", "foto-" + code + ".png", "Miguel Rivera Soto",
                "Jefe de Infraestructura", n)) {
            assertTrue(opinion.contains(piece), () -> piece + " missing from the dictamen: " + opinion);
        }
        String transfer = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(traslado));
        for (String piece : List.of(traslado, dictamen, "Director Administrativo Financiero", "Baja del bien",
                "Elena Chávez Paredes", "Director(a) de Informática")) {
            assertTrue(transfer.contains(piece), () -> piece + " missing from the traslado: " + transfer);
        }
        assertEquals(List.of("DRAFTED", "REVIEW_ASKED", "OBSERVED", "EDITED", "REVIEW_ASKED", "APPROVED", "SIGNED",
                "NUMBERED", "SENT"), trail(jefe.browser(), documents.get(dictamen)));
        assertEquals(List.of("DRAFTED", "REVIEW_ASKED", "OBSERVED", "EDITED", "REVIEW_ASKED", "APPROVED", "SIGNED",
                "NUMBERED", "SENT"), trail(jefe.browser(), documents.get(traslado)));
    }

    @Test
    void a_dictamen_on_a_service_recommends_its_renewal_and_never_a_baja() {
        // given: SEPREM's Dirección de Comunicación asks for a dictamen on its mail service, to renew its contract
        long k = System.currentTimeMillis() % 1_000_000;
        String service = "Servicio de correo institucional " + k;
        Desk assistant = desk("operador.di-asist");
        Desk analyst = desk("tecnico.di-infra");
        Filed c = desk("solicitante.seprem").file(Draft.of(C5, null, "Dictamen técnico del servicio de correo " + k,
                "Para el expediente de renovación del contrato del servicio de correo."));
        String n = c.number();
        assistant.openFromInbox(n, "1").act("1", "continuar");

        // the analyst reviews the service's documentation (no equipment), documents it with a capture
        analyst.openFromInbox(n, "2").act("2", "continuar", "objeto_dictamen", "SERVICIO", "servicio_dictamen",
                service + ": contrato, acuerdo de nivel de servicio e informes de disponibilidad");
        analyst.attach(file("captura-" + k + ".png", PHOTO));
        analyst.act("3", "continuar", "caracteristicas_observadas", "300 buzones de 50 GB, antispam incluido",
                "estado_observado", "Disponibilidad de 99,9 % en el último año; el contrato vence en 60 días");

        // a baja is only for equipment of the inventory: refused, nothing changes
        String baja = analyst.tryAct("4", "continuar", "evaluacion_tecnica", "El servicio cumple.", "recomendacion",
                "BAJA");
        assertTrue(baja.contains("solo se recomienda la baja de un equipo del inventario"), baja);
        analyst.act("4", "continuar", "evaluacion_tecnica", "El servicio cumple su acuerdo de nivel de servicio " + k
                + ".", "recomendacion", "RENOVACION");
        desk("responsable.di-infra").openFromInbox(n, "5").act("5", "aprobar");
        assistant.openFromInbox(n, "6").act("6", "continuar", "destinatario_traslado",
                "Director de Comunicación Social");
        desk("jefe.di").openFromInbox(n, "6.F").act("6.F", "firmar");
        assistant.openFromInbox(n, "7").act("7", "archivar", "ubicacion_archivo", "Archivo de la DI");
        assistant.assertClosed("");

        // then: the dictamen names the service and its renewal, numbered and signed
        Map<String, Long> documents = Storeroom.documentsOf(assistant.browser(), c.id());
        String dictamen = documents.keySet().stream().filter(d -> d.startsWith("DICTAMEN")).findFirst().orElseThrow(
                () -> new AssertionError(documents));
        String opinion = Storeroom.pdfText(assistant.browser(), "/files/official-document?id="
                + documents.get(dictamen));
        for (String piece : List.of(dictamen, "Secretaría Presidencial de la Mujer", service,
                "Renovación del servicio", "99,9 %", "acuerdo de nivel de servicio " + k, "Jefe de Infraestructura",
                n)) {
            assertTrue(opinion.contains(piece), () -> piece + " missing from the dictamen: " + opinion);
        }
    }

    private static List<String> trail(Browser b, long id) {
        b.open(Sigti.BASE_URL + "/document/view.xhtml?id=" + id);
        b.text(By.id("document-state"));
        return b.all(By.cssSelector("#document-trail .sigti-trail-row")).stream().map(r -> r.getAttribute(
                "data-action")).toList();
    }

    /** Attaches a file that may be refused; returns what the page said. */
    private static String tryAttach(Desk desk, Path file) {
        By input = By.cssSelector("form[id='attach'] input[type='file']");
        desk.browser().until(d -> d.findElement(input)).sendKeys(file.toAbsolutePath().toString());
        desk.browser().submit(By.id("attach:upload"));
        return desk.messages();
    }

    private static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("dictamen");
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
