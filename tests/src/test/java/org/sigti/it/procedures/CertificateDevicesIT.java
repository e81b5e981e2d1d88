package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Storeroom.Piece;

/**
 * S04.03.04.01 Entrega y recepción de dispositivos para el uso del certificado digital (procedures.md E16) walked in
 * real browsers, each role from its own inbox: the employee files the ticket with the declaración jurada; the help
 * desk validates and assigns it; the Responsable de soporte tecnológico registers it at RENIEC; the employee forwards
 * the credentials; the certificate is installed and the card and reader handed over (the Acta de entrega de
 * dispositivos is a PDF of the case); the employee first refuses the acta (↺ 8), then signs it; at separation the
 * devices come back to the store and the Jefe signs the return. And the short way: no declaración jurada, the help
 * desk returns the ticket and nothing moves.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateDevicesIT extends Walk {

    private static final String E16 = "S04.03.04.01";
    private static final String MARIA_MAIL = "solicitante.mindef@sigti.example";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void the_card_and_reader_are_handed_over_signed_for_and_returned_at_separation() {
        String suffix = String.valueOf(System.currentTimeMillis() % 1_000_000);
        Desk infra = desk("responsable.infra");
        Piece card = Storeroom.register(infra, "CERT_TOKEN", "TCR-" + suffix, "Gemalto", "IDPrime 940");
        Piece reader = Storeroom.register(infra, "CERT_TOKEN", "LEC-" + suffix, "ACS", "ACR39U");

        Desk maria = desk("solicitante.mindef");
        Filed c = maria.file(Draft.of(E16, null, "Certificado digital para firma de resoluciones",
                "Adjunto la declaración jurada de identificación firmada."));
        String n = c.number();
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud registrada", n);

        desk("operador.mesa").openFromInbox(n, "2").act("2", "cumple").act("4", "continuar");
        Desk soporte = desk("tecnico.soporte").openFromInbox(n, "5").act("5", "continuar");
        // step 6 is hers: the mail names it, not a service slip she has nothing to sign in
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Su solicitud espera una acción suya: Reenviar el mensaje de"
                + " aprobación de RENIEC", "espera una acción suya en el paso 6 del procedimiento");
        maria.openFromInbox(n, "6").act("6", "continuar", "comment", "Reenvío el mensaje de RENIEC con las"
                + " credenciales.");
        soporte.openFromInbox(n, "7").act("7", "continuar")
                .act("8", "continuar", "tarjeta_criptografica", card.code(), "lector_tarjetas", reader.code());
        assertEquals("Asignado", Storeroom.state(infra, card));
        assertEquals("Asignado", Storeroom.state(infra, reader));
        assertTrue(Storeroom.custodian(infra, card).contains("solicitante.mindef"), () -> Storeroom.custodian(infra, card));

        // the employee does not accept the acta once: back to 8, the devices stay with her, handed over once
        maria.openFromInbox(n, "9").act("9", "no_conforme", "comment", "El lector no es el que pedí.");
        soporte.openFromInbox(n, "8").act("8", "continuar", "tarjeta_criptografica", card.code(), "lector_tarjetas",
                reader.code());
        maria.openFromInbox(n, "9").act("9", "conforme");
        String signed = Storeroom.documentText(maria, c.id(), "CERT_DEVICE_ACTA");
        assertTrue(signed.contains("ACTA DE ENTREGA DE DISPOSITIVOS"), signed);
        assertTrue(signed.contains(card.code()) && signed.contains(reader.code()), signed);
        assertTrue(signed.contains("FIRMADO POR"), () -> "signed in SIGTI at step 9: " + signed);

        // separation: the devices come back to the store, the Jefe signs the return
        soporte.openFromInbox(n, "10").act("10", "cese");
        maria.openFromInbox(n, "11").act("11", "continuar");
        soporte.openFromInbox(n, "12").act("12", "continuar");
        assertEquals("En almacén", Storeroom.state(infra, card));
        assertEquals("En almacén", Storeroom.state(infra, reader));
        Desk jefe = desk("jefe.ogtie").openFromInbox(n, "13").act("13", "firmar");
        jefe.assertClosed("resuelto");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → 8", "8 → 9",
                "9 → 10", "10 → 11", "11 → 12", "12 → 13", "13 → END"), jefe.completions());
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", n);

        // custody: out to her once (the second pass at 8 changed nothing), back once
        for (Piece piece : List.of(card, reader)) {
            List<String> history = Storeroom.history(infra, piece);
            List<String> byCase = history.stream().filter(h -> h.endsWith(" " + c.id())).toList();
            assertEquals(2, byCase.size(), history::toString);
            assertTrue(byCase.stream().anyMatch(h -> h.startsWith("Asignado") && h.contains("solicitante.mindef")),
                    history::toString);
            assertTrue(byCase.stream().anyMatch(h -> h.startsWith("En almacén")), history::toString);
        }
    }

    @Test
    void without_the_declaracion_jurada_the_help_desk_returns_the_ticket() {
        String suffix = String.valueOf(System.currentTimeMillis() % 1_000_000);
        Desk infra = desk("responsable.infra");
        Piece card = Storeroom.register(infra, "CERT_TOKEN", "TCS-" + suffix, "Gemalto", "IDPrime 940");
        Filed c = desk("solicitante.mindef").file(Draft.of(E16, null, "Necesito certificado digital",
                "Lo necesito para firmar."));
        String n = c.number();
        Desk operador = desk("operador.mesa").openFromInbox(n, "2").act("2", "no_cumple")
                .act("3", "devolver", "comment", "Adjunte la declaración jurada de identificación.");
        operador.assertClosed("devuelto");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → END"), operador.completions());
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", "Adjunte la declaración jurada");
        assertTrue(!operador.shows("CERT_DEVICE_ACTA"), "no acta without devices");
        assertEquals("En almacén", Storeroom.state(infra, card));
    }
}
