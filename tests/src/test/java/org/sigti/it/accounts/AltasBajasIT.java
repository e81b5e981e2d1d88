package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Walk;

/**
 * SEPREM-DI-001.1 (procedures.md C1) walked in real browsers through every role: Recursos Humanos ({@code rrhh}; only
 * HR and the authorities file it) files the alta, the Asistente de Dirección records the person, platforms and
 * privileges, the Jefe de Infraestructura approves and executes it, the Técnico delivers the credentials and closes it; the accounts appear on the accounts screen. Then
 * the baja the same way, with the copy of the user's data recorded at step 7, which closes the accounts. And the
 * four-eyes refusal: the Jefe de Infraestructura may not approve his own alta. The person told of the baja
 * at step 6 and the Dirección de Informática told of each case at step 8 get their mails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AltasBajasIT extends Walk {

    private static final String C1 = "SEPREM-DI-001.1";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void an_alta_and_a_baja_through_every_role() {
        String person = "nuevo" + (System.currentTimeMillis() % 1_000_000);
        String personMail = person + "@sigti.example";
        knownInServer(JEFE_DI); // the Dirección de Informática, told of each case at step 8

        Filed alta = desk("rrhh.seprem").file(Draft.of(C1, null, "Alta de personal nuevo en RR. HH.",
                "Ingresa a la Dirección de Recursos Humanos el lunes; necesita red y correo."));
        desk("operador.di-asist").openFromInbox(alta.number(), "1")
                .act("1", "continuar", "tipo", "ALTA", "persona_usuario", person, "persona_nombre", "Nuevo Ingreso",
                        "persona_unidad", "RRHH", "plataformas", "DOMINIO, CORREO-SEPREM", "privilegios",
                        "DOMINIO:USUARIO");
        desk("responsable.di-infra").openFromInbox(alta.number(), "2")
                .act("2", "continuar")
                .act("3", "alta");
        Desk tecnico = desk("tecnico.di-infra").openFromInbox(alta.number(), "4")
                .act("4", "continuar")
                .act("5", "continuar")
                .act("8", "registrar");
        tecnico.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 8", "8 → END"), tecnico.completions());
        mailbox.await(alta.number(), JEFE_DI.email(), "[" + alta.number() + "] Informe de atención", "Tipo: ALTA");

        Desk auditor = desk("auditor.seprem");
        assertEquals(List.of("CORREO-SEPREM Activa", "DOMINIO Activa"), accounts(auditor, person));
        // each privilege with who granted it and the case that ordered it, linked
        WebElement grant = auditor.browser().all(By.cssSelector("li.sigti-grant[data-privilege='USUARIO']")).get(0);
        assertTrue(grant.getText().contains("responsable.di-infra"), grant::getText);
        WebElement link = grant.findElement(By.className("sigti-grant-case"));
        assertEquals(alta.number(), link.getText().strip());
        assertTrue(link.getAttribute("href").contains("/case.xhtml?id="), () -> link.getAttribute("href"));

        Filed baja = desk("rrhh.seprem").file(Draft.of(C1, null, "Baja por fin de contrato",
                "Termina su contrato el viernes: dar de baja todas sus cuentas."));
        desk("operador.di-asist").openFromInbox(baja.number(), "1")
                .act("1", "continuar", "tipo", "BAJA", "persona_usuario", person, "persona_nombre", "Nuevo Ingreso");
        // the person is known to SIGTI (they logged in while employed): step 6 tells them of the baja
        knownInServer(new Person(person, "Nuevo Ingreso", personMail, "RRHH", List.of("Solicitante"), "SEPREM"));
        desk("responsable.di-infra").openFromInbox(baja.number(), "2")
                .act("2", "continuar")
                .act("3", "baja");
        tecnico.openFromInbox(baja.number(), "6")
                .act("6", "continuar")
                .act("7", "continuar", "copia_ubicacion", "NAS01/bajas/" + person, "copia_entregada_a",
                        "Jefa de RR. HH.")
                .act("8", "registrar");
        tecnico.assertClosed("");
        assertTrue(tecnico.shows("NAS01/bajas/" + person), "the copy's location is on the case");
        mailbox.await(baja.number(), personMail, "[" + baja.number() + "] Baja de sus accesos en curso",
                "(usuario " + person + ", caso " + baja.number() + ")");
        mailbox.await(baja.number(), JEFE_DI.email(), "[" + baja.number() + "] Informe de atención",
                "Copia de respaldo (bajas): NAS01/bajas/" + person + " Jefa de RR. HH.");
        assertEquals(List.of("CORREO-SEPREM Cerrada", "DOMINIO Cerrada"), accounts(auditor, person));
    }

    @Test
    void the_jefe_de_infraestructura_may_not_approve_his_own_alta() {
        Desk jefeInfra = desk("responsable.di-infra");
        Filed own = desk("rrhh.seprem").file(Draft.of(C1, null, "Alta del propio Jefe de Infraestructura",
                "Alta de una plataforma para el Jefe de Infraestructura."));
        desk("operador.di-asist").openFromInbox(own.number(), "1")
                .act("1", "continuar", "tipo", "ALTA", "persona_usuario", "responsable.di-infra", "persona_nombre",
                        "Miguel Rivera Soto", "plataformas", "DOMINIO");
        String said = jefeInfra.openFromInbox(own.number(), "2").tryAct("2", "continuar");
        jefeInfra.screenshot("four-eyes");
        assertTrue(said.contains("No puede aprobar ni ejecutar el caso " + own.number() + ": las cuentas son suyas"),
                said);
        assertTrue(said.contains("cuatro ojos"), said);
        assertTrue(jefeInfra.openSteps().stream().anyMatch(s -> s.startsWith("2=")), "step 2 still waits");
    }

    /** The person's accounts on the accounts screen, as "platform status". */
    private List<String> accounts(Desk desk, String person) {
        desk.browser().open(Sigti.BASE_URL + "/accounts/list.xhtml?person=" + person);
        desk.browser().text(By.id("accounts:list"));
        desk.screenshot("accounts-" + person);
        return desk.browser().all(By.cssSelector("[id='accounts:list_data'] tr[data-ri]")).stream()
                .map(this::platformAndStatus).sorted().toList();
    }

    private String platformAndStatus(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return cells.get(1).getText().strip() + " " + cells.get(4).getText().strip();
    }
}
