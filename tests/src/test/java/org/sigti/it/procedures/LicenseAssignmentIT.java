package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * SEPREM-DI-002.1 (procedures.md C2) walked in real browsers through every role: the Jefe registers a license pool
 * of the OFIMATICA platform in the inventory; the user files the request; the Asistente de Dirección records the
 * platform (one without licenses is refused on its field); the Jefe de Infraestructura analyses and assigns; the
 * Técnico creates the Formulario de control y aceptación and delivers the license, which takes a seat of the pool;
 * the user refuses to sign once (back to delivery), then signs in SIGTI; the Técnico updates the register and closes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenseAssignmentIT {

    private static final String C2 = "SEPREM-DI-002.1";

    private final Map<String, Desk> desks = new LinkedHashMap<>();
    private String shotPrefix;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @BeforeEach
    void name(TestInfo test) {
        shotPrefix = test.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void leaveDesks() {
        desks.values().forEach(Desk::close);
        desks.clear();
    }

    private Desk desk(String user) {
        return desks.computeIfAbsent(user, u -> Desk.login(u, shotPrefix));
    }

    @Test
    void a_license_is_requested_delivered_signed_once_refused_and_registered_through_every_role() {
        // given: a pool of five seats of the OFIMATICA platform (SEPREM's office suite, db/demo), registered by the Jefe
        String code = "WALK-" + (System.currentTimeMillis() % 1_000_000);
        Browser jefe = desk("jefe.di").browser();
        jefe.open(Sigti.BASE_URL + "/inventory/pool-edit.xhtml");
        jefe.type(By.id("pool:code"), code);
        jefe.type(By.id("pool:product"), "Licencia de la suite ofimática");
        jefe.select(By.id("pool:type"), "PER_USER");
        jefe.type(By.id("pool:seatsTotal"), "5");
        jefe.select(By.id("pool:platform"), "OFIMATICA");
        jefe.submit(By.id("pool:save"));
        String poolPage = jefe.until(d -> d.getCurrentUrl().contains("id=") ? d.getCurrentUrl() : null);
        assertTrue(jefe.text(By.id("pool-seats")).contains("0 / 5"), () -> jefe.text(By.id("pool-seats")));

        // the user files the request
        Desk user = desk("solicitante.seprem");
        Filed c = user.file(Draft.of(C2, null, "Licencia de la suite ofimática",
                "Solicitud de la Dirección de Recursos Humanos para mi puesto."));
        String n = c.number();

        // step 1: a platform without licenses is refused on its field, then the right one is recorded
        Desk assistant = desk("operador.di-asist").openFromInbox(n, "1");
        String refused = assistant.tryAct("1", "continuar", "plataforma", "NOEXISTE", "tipo_personal", "PERMANENTE");
        assertTrue(refused.contains("no tiene licencias registradas"), refused);
        assistant.act("1", "continuar", "plataforma", "OFIMATICA", "tipo_personal", "PERMANENTE");

        desk("responsable.di-infra").openFromInbox(n, "2").act("2", "continuar").act("3", "continuar");

        Desk tecnico = desk("tecnico.di-infra").openFromInbox(n, "4").act("4", "continuar");
        assertFalse(tecnico.browser().all(By.cssSelector("input.sigti-document-issue[data-type='LICENSE_FORM']"))
                .isEmpty(), "the form is a document of the case, to issue, once step 4 created it");
        assertTrue(tecnico.browser().all(By.cssSelector("[data-type='SUPPORT_FORM']")).isEmpty(),
                "a SEPREM case offers no DGP/ESIN-R-1 of the Defensoría");
        tecnico.act("5", "continuar");
        jefe.open(poolPage);
        assertTrue(jefe.text(By.id("pool-seats")).contains("1 / 5"), "the seat taken at delivery");

        // the user refuses once: back to delivery, which keeps the one seat
        user.openFromInbox(n, "5.F").act("5.F", "no_conforme", "comment", "No puedo ingresar al sistema.");
        tecnico.openFromInbox(n, "5").act("5", "continuar");
        user.openFromInbox(n, "5.F").act("5.F", "conforme");
        tecnico.openFromInbox(n, "6").act("6", "registrar");
        tecnico.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 5.F", "5.F → 5", "5 → 5.F",
                "5.F → 6", "6 → END"), tecnico.completions());
        jefe.open(poolPage);
        assertTrue(jefe.text(By.id("pool-seats")).contains("1 / 5"), () -> jefe.text(By.id("pool-seats")));
    }
}
