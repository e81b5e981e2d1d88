package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class CaseMailerTest {

    @Test
    void every_template_has_a_subject_and_a_body() {
        // the mail is rendered inside the move now: a missing key would undo the move
        ResourceBundle bundle = ResourceBundle.getBundle("org.sigti.workflow.mail", Locale.forLanguageTag("es"));
        Set<String> templates = new TreeSet<>();
        bundle.keySet().forEach(key -> templates.add(key.substring(0, key.lastIndexOf('.'))));
        for (String template : templates) {
            assertTrue(bundle.containsKey(template + ".subject"), template);
            assertTrue(bundle.containsKey(template + ".body"), template);
        }
        assertTrue(templates.containsAll(Set.of(CaseNotice.FILED, CaseNotice.OBSERVED, CaseNotice.NOTIFIED,
                CaseNotice.CONFIRM, CaseNotice.CLOSED, "expiry", "accountsMass")), templates::toString);
    }

    @Test
    void the_filing_mail_names_the_case_and_links_to_it() {
        CaseNotice notice = new CaseNotice(CaseNotice.FILED, "sara@sigti.example", "Sara Solicitante", 42,
                "SOL-2026-000042", "Impresora sin tóner", "UGAT/AIT-PR01", "1", "Registrar", null,
                "Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación");

        assertEquals("[SOL-2026-000042] Solicitud registrada: Impresora sin tóner",
                CaseMailer.render("filed.subject", notice));
        String body = CaseMailer.render("filed.body", notice);
        assertTrue(body.startsWith("Estimado(a) Sara Solicitante:"), body);
        assertTrue(body.contains("/case/42"), body);
        assertTrue(body.contains("Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación - Oficina"),
                body);
    }

    @Test
    void the_closing_mail_asks_for_a_rating_with_its_own_link() {
        CaseNotice notice = new CaseNotice(CaseNotice.CLOSED, "sara@sigti.example", "Sara Solicitante", 42,
                "SOL-2026-000042", "Impresora sin tóner", "UGAT/AIT-PR01", "10", "Cerrar", "Atendido.", null);

        String body = CaseMailer.render("closed.body", notice);
        assertTrue(body.contains("Califíquela de 1 a 5 en http://localhost:8080/sigti/case/42/rating\n"), body);
    }
}
