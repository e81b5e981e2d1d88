package org.sigti.it.inventory;

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
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Walk;

/**
 * SEPREM-DI-006.1 (procedures.md C7), corrective, walked in real browsers through every role: the Responsable de
 * Infraestructura registers a computer and hands it to the Solicitante; the Solicitante files the request naming
 * its patrimonial code; the Jefe de Infraestructura assigns it; the Técnico de Soporte inspects it (the inventory
 * shows it «En mantenimiento»), repairs and tests it; the supervision returns the work once (↺ 3), then authorizes
 * the delivery; the Técnico reinstalls it (back «Asignado» to the Solicitante) and closes the case, which tells the
 * Dirección de Informática by mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaintenanceDeskIT extends Walk {

    private static final String C7 = "SEPREM-DI-006.1";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void corrective_maintenance_through_every_role() {
        String code = "MNTW-" + (System.currentTimeMillis() % 1_000_000);
        knownInServer(JEFE_DI); // the Dirección de Informática, told at step 7
        Desk infra = desk("responsable.di-infra");
        Browser b = infra.browser();
        b.open(Sigti.BASE_URL + "/inventory/equipment-edit.xhtml");
        b.select(By.id("describe:kind"), "COMPUTER");
        b.type(By.id("describe:code"), code);
        b.type(By.id("describe:serial"), "SN-" + code);
        b.type(By.id("describe:brand"), "Dell");
        b.type(By.id("describe:model"), "OptiPlex 7090");
        b.submit(By.id("describe:save"));
        b.type(By.id("change:custodian"), "solicitante.seprem");
        b.type(By.id("change:custodianName"), "Raúl Gutiérrez León");
        b.type(By.id("change:custodianUnit"), "DAF");
        b.submit(By.id("change:assign"));
        assertEquals("Asignado", b.text(By.id("equipment-state")));
        String equipmentUrl = b.url();

        Filed request = desk("solicitante.seprem").file(Draft.of(C7, null, "La computadora " + code + " no enciende",
                "Desde esta mañana no arranca; necesito el equipo para las planillas."));
        infra.openFromInbox(request.number(), "1").act("1", "continuar");
        Desk tecnico = desk("tecnico.di-soporte").openFromInbox(request.number(), "2").act("2", "continuar");
        assertEquals("En mantenimiento", state(infra, equipmentUrl));
        tecnico.act("3", "continuar").act("4", "continuar");
        infra.openFromInbox(request.number(), "5").act("5", "no_satisfactorio");
        tecnico.openFromInbox(request.number(), "3").act("3", "continuar").act("4", "continuar");
        infra.openFromInbox(request.number(), "5").act("5", "satisfactorio");
        assertEquals("En mantenimiento", state(infra, equipmentUrl), "until reinstalled");
        tecnico.openFromInbox(request.number(), "6").act("6", "continuar").act("7", "registrar");
        tecnico.assertClosed("");
        mailbox.await(request.number(), JEFE_DI.email(), "[" + request.number() + "] Mantenimiento atendido: La"
                + " computadora " + code, "que lo recibió a satisfacción");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 3", "3 → 4", "4 → 5", "5 → 6",
                "6 → 7", "7 → END"), tecnico.completions());
        assertEquals("Asignado", state(infra, equipmentUrl));
        assertTrue(infra.browser().text(By.id("equipment-custodian")).contains("solicitante.seprem"));
    }

    private String state(Desk desk, String equipmentUrl) {
        desk.browser().open(equipmentUrl);
        return desk.browser().text(By.id("equipment-state"));
    }
}
