package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The life cycle of an official document: review, signatures in order, number at the last one, sending. */
class OfficialDocumentTest {

    private static final Instant T = Instant.parse("2026-03-10T15:00:00Z");

    private static OfficialDocument draft() {
        OfficialDocument d = new OfficialDocument("MINDEF", "OGTIE", OfficialDocumentKind.OFICIO, null, "tecnico.infra",
                "Tito Infra", T, 2026);
        d.write("Señor Director", "Asunto", null, "Texto", "responsable.infra",
                List.of(new OfficialSignature("responsable.infra", "Rosa", "Responsable de INFRA"),
                        new OfficialSignature("jefe.ogtie", "Julio", "Jefe de la OGTIE")),
                List.of(OfficialRecipient.unit("INFRA", "Infraestructura"), OfficialRecipient.external("SUNAT")));
        return d;
    }

    @Test
    void signers_sign_in_order_and_the_last_signature_lets_it_be_numbered() {
        OfficialDocument d = draft();
        d.askReview();
        d.approve();
        assertEquals("responsable.infra", d.nextSigner().orElseThrow().getUsername());
        assertThrows(IllegalStateException.class, () -> d.sign("jefe.ogtie", T));
        assertFalse(d.sign("responsable.infra", T));
        assertThrows(IllegalStateException.class, () -> d.number("X", 2026, 1));
        assertTrue(d.sign("jefe.ogtie", T.plusSeconds(60)));
        d.number("OFICIO N° 000001-2026-MINDEF/OGTIE", 2026, 1);
        assertEquals(OfficialDocumentState.SIGNED, d.getState());
        assertEquals(T.plusSeconds(60), d.getSignedAt());
    }

    @Test
    void an_observed_document_goes_back_to_its_author_and_can_be_rewritten() {
        OfficialDocument d = draft();
        d.askReview();
        assertFalse(d.isEditable());
        d.observe();
        assertTrue(d.isEditable());
        assertEquals(OfficialDocumentState.OBSERVED, d.getState());
        assertThrows(IllegalStateException.class, d::approve);
    }

    @Test
    void only_a_sent_document_keeps_an_external_registry_number_and_only_for_external_recipients() {
        OfficialDocument d = draft();
        assertThrows(IllegalStateException.class, () -> d.externalNumber(1, "EXP-1"));
        d.askReview();
        d.approve();
        d.sign("responsable.infra", T);
        d.sign("jefe.ogtie", T);
        d.number("N", 2026, 1);
        d.send(T);
        assertThrows(IllegalStateException.class, () -> d.externalNumber(0, "EXP-1"));
        d.externalNumber(1, " EXP-2026-000123 ");
        assertEquals("EXP-2026-000123", d.getRecipients().get(1).getExternalNumber());
        assertEquals(T, d.getRecipients().get(0).getSentAt());
    }
}
