package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.03.02.02 (procedures.md E13) walked in real browsers through every role: the requester files the ticket (15),
 * the help-desk operator checks it and records what is restored (16) and routes it (18), the Responsable de
 * infraestructura approves the restore that overwrites a system's data (SIGTI's 18.A), the Profesional picks the copy
 * among those of the target and restores (19), and the requester is mailed. The copy restored is then shown on the
 * case and the case on the copy. The rejection branch (16 → 17) mails the reason and does nothing else. The backup
 * copy comes from a fixture WAR added to the tested EAR ({@link RestoreFixture}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestoreRequestIT extends Walk {

    private static final String RESTORE = "S04.03.02.02";
    private static final String MARIA_MAIL = "solicitante.mindef@sigti.example";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() throws Exception {
        EnterpriseArchive ear = Sigti.ear();
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, "restore-fixture.war")
                .addClasses(RestoreFixture.class, Sql.class));
        String application = new String(ear.get("META-INF/application.xml").getAsset().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(application.replace("<library-directory>",
                "<module><web><web-uri>restore-fixture.war</web-uri><context-root>/restore-fixture</context-root>"
                        + "</web></module>\n  <library-directory>")));
        return ear;
    }

    /** Registers a verified copy of the target and returns its number. */
    private static String copyOf(String target) throws Exception {
        var response = Sigti.get(Sigti.serverUrl() + "/restore-fixture/copy?target=" + target);
        assertEquals(200, response.statusCode(), response::body);
        return response.body().strip();
    }

    @Test
    void a_restore_that_overwrites_a_system_is_approved_then_restored_from_a_verified_copy() throws Exception {
        // the requester files the ticket (15)
        String target = "SISCO" + System.nanoTime() % 100_000;
        Desk maria = desk("solicitante.mindef");
        Filed c = maria.file(Draft.of(RESTORE, null, "Restaurar la base de datos de correspondencia",
                "Qué: base de datos del sistema " + target + ". Hasta el día de ayer: se borraron registros."));
        String n = c.number();
        // and there is a verified copy of the target, MINDEF's
        String copy = copyOf(target);
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud registrada", "registrada con el número " + n);

        // the operator checks it makes sense and records what is restored (16), then routes it (18)
        Desk operador = desk("operador.mesa").openFromInbox(n, "16")
                .act("16", "atender", "que", "BASE_DATOS", "cual", target, "hasta", "2099-12-31", "sobrescribe", "SI");
        String refused = operador.tryAct("18", "asignar");
        assertTrue(refused.contains("debe pasar por la aprobación 18.A"), refused);
        operador.act("18", "aprobacion");

        // the infrastructure Responsable approves (SIGTI's 18.A)
        desk("responsable.infra").openFromInbox(n, "18.A").act("18.A", "aprobar", "comment", "Aprobado: fuera de horario.");

        // the Profesional sees the copies of the target, refuses an unknown number, restores the verified copy (19)
        Desk tecnico = desk("tecnico.infra").openFromInbox(n, "19");
        assertTrue(tecnico.shows("data-copy=\"" + copy + "\" data-verification=\"VERIFIED\""),
                "the case page lists the verified copy of the target");
        String unknown = tecnico.tryAct("19", "restaurado", "origen_copia", "SIGTI", "copia", "999",
                "resultado", "Restaurada.");
        assertTrue(unknown.contains("No existe una copia de respaldo con ese número"), unknown);
        tecnico.openFromInbox(n, "19").act("19", "restaurado", "origen_copia", "SIGTI", "copia", copy, "resultado",
                "Base de datos restaurada hasta el corte de ayer; entrega coordinada con la usuaria.");
        tecnico.assertClosed("información restaurada");
        assertEquals(List.of("15 → 16", "16 → 18", "18 → 18.A", "18.A → 19", "19 → END"), tecnico.completions());
        assertTrue(tecnico.shows("id=\"restore-copy\" data-copy=\"" + copy + "\""), "the case shows the copy");
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", "fue cerrada");

        // the copy shows the restore
        tecnico.openPage("/backup/copy.xhtml?id=" + copy);
        assertTrue(tecnico.shows(">" + n + "</a>"), "the copy lists the case that restored it");
        // another institution's IT staff (AGETIC's Jefe) asking for MINDEF's copy by its id get the 403 page, which
        // names nothing of it, and the refusal is recorded
        Desk agetic = desk("jefe").openPage("/backup/copy.xhtml?id=" + copy);
        assertEquals("Acceso no permitido", agetic.browser().all(By.id("error-title")).isEmpty() ? null
                : agetic.browser().text(By.id("error-title")));
        assertFalse(agetic.browser().source().contains(target.toLowerCase() + "-respaldo.dump"), "the 403 page");
        var denied = Sigti.get(Sigti.serverUrl() + "/restore-fixture/denied?object=" + copy);
        assertEquals("Restores.copy,backup_copy;", denied.body());
        maria.open(c.id()).assertClosed("información restaurada");
        assertFalse(maria.shows("restore-panel"), "the requester does not see the copies");
    }

    @Test
    void a_request_that_makes_no_sense_is_returned_with_its_reason_and_nothing_else() {
        Desk maria = desk("solicitante.mindef");
        Filed c = maria.file(Draft.of(RESTORE, null, "Recuperar mis fotos de vacaciones",
                "Quiero recuperar las fotos de mi teléfono personal."));
        String n = c.number();
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud registrada", n);

        Desk operador = desk("operador.mesa").openFromInbox(n, "16").act("16", "rechazar");
        String noReason = operador.tryAct("17", "devolver");
        assertTrue(noReason.contains("Indique el motivo"), noReason);
        String reason = "La OGTIE no respalda equipos personales: solo sistemas e información institucional.";
        operador.act("17", "devolver", "comment", reason);

        operador.assertClosed("rechazado");
        assertEquals(List.of("15 → 16", "16 → 17", "17 → END"), operador.completions());
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", reason);
        assertEquals(2, mailbox.of(n).size(), () -> "only the filing and the closing mails: " + mailbox.of(n));
    }
}
