package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.MailTemplates;
import org.sigti.workflow.flow.Notification;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/** The mails a step declares: checked when the procedure is built, rendered with the case's values. */
class CaseNotificationsTest {

    private static final Text T = Text.of("Paso", "Step");
    private static final String TEMPLATES = "org.sigti.workflow.testmail.mail";
    private static final FieldDefinition STATUS = FieldDefinition.longText("estado", T, true);
    private static final FieldDefinition USER = FieldDefinition.text("usuario", T, true);

    /** A two-step procedure whose step 2 records the status and mails as {@code mail} declares. */
    private static ProcedureDefinition procedure(String templates, String outcome, Recipient... to) {
        ProcedureDefinition.Builder b = ProcedureDefinition.builder("X-MAIL", "Inst", T);
        if (templates != null) {
            b.mailTemplates(templates);
        }
        ProcedureDefinition.StepBuilder two = b.step("1", T).byRequester().field(USER).next("2")
                .step("2", T).by(Roles.TECNICO, "INFRA").field(STATUS);
        if (outcome == null) {
            two.mails("status", to);
        } else {
            two.mailsOn(outcome, "status", to);
        }
        return two.decide("enviar", T, "3").loop("repetir", T, "1").then()
                .step("3", T).by(Roles.RESPONSABLE, "INFRA").end("fin", T, "SOLVED").then()
                .build();
    }

    @Test
    void a_mail_on_an_undeclared_way_out_fails_the_build_naming_procedure_and_step() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> procedure(TEMPLATES, "terminar", Recipient.requester()));
        assertTrue(e.getMessage().contains("X-MAIL step 2"), e::getMessage);
        assertTrue(e.getMessage().contains("'terminar'"), e::getMessage);
    }

    @Test
    void a_mail_on_a_declared_way_out_is_sent_only_on_it() {
        Notification mail = procedure(TEMPLATES, "enviar", Recipient.requester()).step("2").orElseThrow()
                .notifications().get(0);
        assertTrue(mail.sentOn("enviar"));
        assertTrue(!mail.sentOn("repetir"));
    }

    @Test
    void a_template_missing_its_body_in_english_fails_the_build_naming_the_key() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> procedure("org.sigti.workflow.testmail.noenbody", null, Recipient.requester()));
        assertTrue(e.getMessage().contains("X-MAIL step 2"), e::getMessage);
        assertTrue(e.getMessage().contains("status.body in org.sigti.workflow.testmail.noenbody_en"), e::getMessage);
    }

    @Test
    void a_template_missing_its_body_in_spanish_fails_the_build_naming_the_key() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> procedure("org.sigti.workflow.testmail.noesbody", null, Recipient.requester()));
        assertTrue(e.getMessage().contains("X-MAIL step 2"), e::getMessage);
        assertTrue(e.getMessage().contains("status.body in org.sigti.workflow.testmail.noesbody (es)"),
                e::getMessage);
    }

    @Test
    void templates_without_their_english_file_or_a_mailing_procedure_without_templates_fail_the_build() {
        assertThrows(IllegalStateException.class,
                () -> procedure("org.sigti.workflow.testmail.absent", null, Recipient.requester()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> procedure(null, null, Recipient.requester()));
        assertTrue(e.getMessage().contains("X-MAIL step 2 mail status"), e::getMessage);
    }

    @Test
    void a_recipient_reading_an_undeclared_field_fails_the_build() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> procedure(TEMPLATES, null, Recipient.personIn("persona")));
        assertTrue(e.getMessage().contains("undeclared field persona"), e::getMessage);
        procedure(TEMPLATES, null, Recipient.personIn(USER), Recipient.role(Roles.RESPONSABLE, "INFRA"),
                Recipient.list("copias"), Recipient.addressIn("estado"));
    }

    @Test
    void the_mail_says_the_recorded_value_of_each_field_it_names() {
        MailTemplates templates = procedure(TEMPLATES, null, Recipient.role(Roles.RESPONSABLE, "INFRA"))
                .mailTemplates().orElseThrow();
        CaseNotice notice = new CaseNotice("status", "responsable.uit@sigti.example", "Jorge Rojas", 7,
                "SOL-2026-000007", "Copias de marzo", "X-MAIL", "2", "Enviar el estado", "Sin novedad.",
                "Ministerio de Defensa");
        Map<String, String> values = Map.of("estado", "Todas las copias concluyeron; 0 errores.");

        assertEquals("[SOL-2026-000007] Estado de las copias: Todas las copias concluyeron; 0 errores.",
                CaseNotifications.render(templates, "status.subject", notice, values));
        String body = CaseNotifications.render(templates, "status.body", notice, values);
        assertTrue(body.startsWith("Estimado(a) Jorge Rojas:\n\nPaso 2 (Enviar el estado) del caso SOL-2026-000007"),
                body);
        assertTrue(body.contains("el estado registrado es Todas las copias concluyeron; 0 errores."), body);
        assertTrue(body.endsWith("Sin novedad."), body);
        assertEquals("[SOL-2026-000007] Estado de las copias: ",
                CaseNotifications.render(templates, "status.subject", notice, Map.of()));
    }

    @Test
    void recipients_say_who_they_are_in_the_trail() {
        assertEquals(List.of("el solicitante", "la persona de «usuario»", "quien tenga el rol Jefe en JEFATURA",
                "la lista de distribución «copias» (sigti.mail.list.copias)", "el campo «correo»"),
                List.of(Recipient.requester(), Recipient.personIn(USER), Recipient.role(Roles.JEFE, "JEFATURA"),
                        Recipient.list("copias"), Recipient.addressIn("correo")).stream().map(Recipient::describe)
                        .toList());
    }

    @Test
    void each_address_gets_one_mail_and_a_recipient_without_address_leaves_a_note_instead() {
        ProcedureDefinition def = procedure(TEMPLATES, "enviar", Recipient.requester(), Recipient.personIn(USER),
                Recipient.role(Roles.RESPONSABLE, "INFRA"), Recipient.list("copias"), Recipient.list("vacia"),
                Recipient.addressIn("estado"));
        CaseNotifications.Directory directory = new CaseNotifications.Directory() {
            @Override
            public List<CaseNotifications.Addressee> user(String username) {
                // the person the case is about is also the unit's Responsable: one mail
                return username.equals("jrojas") ? List.of(new CaseNotifications.Addressee(
                        "Responsable.UIT@sigti.example", "Jorge Rojas")) : List.of();
            }

            @Override
            public List<CaseNotifications.Addressee> withRole(String role, String unit) {
                return role.equals(Roles.RESPONSABLE) && unit.equals("UIT") ? List.of(
                        new CaseNotifications.Addressee("responsable.uit@sigti.example", "Jorge Rojas"),
                        new CaseNotifications.Addressee(null, "Sin Correo")) : List.of();
            }

            @Override
            public String list(String name) {
                return name.equals("copias") ? " copias@sigti.example, ,solicitante@sigti.example" : null;
            }
        };
        CaseNotifications.CaseFacts facts = new CaseNotifications.CaseFacts(7, "SOL-2026-000007",
                "Copias de marzo", null, "SIGTI", Map.of("usuario", "jrojas", "estado", "sin errores"),
                "Ministerio de Defensa");

        CaseNotifications.Composed sent = CaseNotifications.compose(facts, def, def.step("2").orElseThrow(),
                "enviar", null, directory, queue -> queue.equals("INFRA") ? "UIT" : queue);

        assertEquals(List.of("Responsable.UIT@sigti.example", "copias@sigti.example", "solicitante@sigti.example"),
                sent.mails().stream().map(m -> m.recipient()).toList());
        assertEquals("[SOL-2026-000007] Estado de las copias: sin errores", sent.mails().get(0).subject());
        assertTrue(sent.mails().get(0).body().startsWith("Estimado(a) Jorge Rojas:"), sent.mails().get(0)::body);
        assertEquals(List.of("Correo no enviado: no hay dirección del solicitante (status)",
                "Correo no enviado: no hay dirección de la lista de distribución «vacia» (sigti.mail.list.vacia)"
                        + " (status)",
                "Correo no enviado: no hay dirección del campo «estado» (status)"), sent.notes());
        assertEquals(new CaseNotifications.Composed(List.of(), List.of()), CaseNotifications.compose(facts, def,
                def.step("2").orElseThrow(), "repetir", null, directory, queue -> "UIT"), "only on its way out");
    }

    @Test
    void each_recipient_gets_one_mail_with_the_copies_in_its_cc_and_nobody_twice() {
        ProcedureDefinition def = ProcedureDefinition.builder("X-MAIL", "Inst", T).mailTemplates(TEMPLATES)
                .step("1", T).byRequester().next("2")
                .step("2", T).by(Roles.TECNICO, "INFRA").field(STATUS)
                .mailsOn("enviar", "status", List.of(Recipient.requester()), List.of(Recipient.role(Roles.JEFE,
                        "INFRA"), Recipient.role(Roles.RESPONSABLE, "INFRA"), Recipient.requester()))
                .decide("enviar", T, "3").then()
                .step("3", T).by(Roles.RESPONSABLE, "INFRA").end("fin", T, "SOLVED").then()
                .build();
        CaseNotifications.Directory directory = new CaseNotifications.Directory() {
            @Override
            public List<CaseNotifications.Addressee> user(String username) {
                return List.of();
            }

            @Override
            public List<CaseNotifications.Addressee> withRole(String role, String unit) {
                return role.equals(Roles.JEFE) ? List.of(new CaseNotifications.Addressee("jefe.uit@sigti.example",
                        "Marcelo Quispe")) : List.of(new CaseNotifications.Addressee("responsable.uit@sigti.example",
                                "Jorge Rojas"));
            }

            @Override
            public String list(String name) {
                return null;
            }
        };
        CaseNotifications.CaseFacts facts = new CaseNotifications.CaseFacts(7, "SOL-2026-000007", "Despliegue",
                "solicitante@sigti.example", "María Gutiérrez", Map.of("estado", "observado"), "AGETIC");

        CaseNotifications.Composed sent = CaseNotifications.compose(facts, def, def.step("2").orElseThrow(),
                "enviar", null, directory, queue -> "UIT");

        assertEquals(1, sent.mails().size(), sent::toString);
        assertEquals("solicitante@sigti.example", sent.mails().get(0).recipient());
        assertEquals("jefe.uit@sigti.example,responsable.uit@sigti.example", sent.mails().get(0).cc(),
                "the requester is not copied on their own mail");
    }
}
