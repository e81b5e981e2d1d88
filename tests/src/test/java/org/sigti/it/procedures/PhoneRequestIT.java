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
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Storeroom.Piece;

/**
 * S04.03.03.02 Atención de requerimientos de equipos telefónicos (procedures.md E15) walked in real browsers, each
 * role from its own inbox: the U.O. head files the oficio; the Jefe routes it; the infrastructure coordinator assigns
 * it; the network professional asks for the ticket and the help desk assigns it; with stock, the affirmative oficio
 * goes out and the professional configures the IP phone (the Acta de entrega de equipos telefónicos – OGTIE is a PDF
 * of the case from then on), delivers it (the inventory shows it assigned to the user, with the case on its custody
 * history) and records the signed actas. Without stock (6 → 7 → 8) the "no stock" oficio closes the case and no
 * equipment moves.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneRequestIT extends Walk {

    private static final String E15 = "S04.03.03.02";
    private static final String MARIA_MAIL = "solicitante.mindef@sigti.example";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void with_stock_the_ip_phone_is_configured_delivered_and_recorded() {
        String suffix = String.valueOf(System.currentTimeMillis() % 1_000_000);
        String holder = "fono" + suffix;
        Desk infra = desk("responsable.infra");
        Piece phone = Storeroom.register(infra, "PHONE", "TEL-" + suffix, "Cisco", "IP Phone 8841");

        Filed c = desk("solicitante.mindef").file(Draft.of(E15, null, "Teléfono IP para personal designado",
                "Cantidad: 1. Tipo: teléfono IP. Usuario: Fabio Fono (" + holder + "), de RR. HH."));
        String n = c.number();
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud registrada", n);

        desk("jefe.ogtie").openFromInbox(n, "2").act("2", "continuar");
        infra.openFromInbox(n, "3").act("3", "continuar");
        desk("tecnico.infra").openFromInbox(n, "4").act("4", "continuar");
        desk("operador.mesa").openFromInbox(n, "5").act("5", "continuar");
        desk("tecnico.infra").openFromInbox(n, "6").act("6", "disponible", "usuario_telefono", holder, "usuario_nombre",
                "Fabio Fono", "usuario_unidad", "DGA", "tipo_equipo", "IP");
        infra.openFromInbox(n, "9").act("9", "continuar");
        desk("jefe.ogtie").openFromInbox(n, "10").act("10", "continuar");
        Desk tecnico = desk("tecnico.infra").openFromInbox(n, "11").act("11", "continuar").act("12", "continuar");
        // an unknown phone is refused on its field: nothing moves
        String said = tecnico.tryAct("13", "continuar", "equipo_telefonico", "NO-EXISTE-" + suffix);
        assertTrue(tecnico.openSteps().contains("13=true"), () -> "13 still waits: " + said);
        assertEquals("En almacén", Storeroom.state(infra, phone));
        tecnico.open(c.id()).act("13", "continuar", "equipo_telefonico", phone.code());
        assertEquals("En almacén", Storeroom.state(infra, phone), "configured, not yet delivered");
        tecnico.open(c.id()).act("14", "continuar");
        assertEquals("Asignado", Storeroom.state(infra, phone));
        assertTrue(Storeroom.custodian(infra, phone).contains(holder), () -> Storeroom.custodian(infra, phone));
        tecnico.open(c.id()).act("15", "registrar");
        tecnico.assertClosed("resuelto");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 9", "9 → 10", "10 → 11",
                "11 → 12", "12 → 13", "13 → 14", "14 → 15", "15 → END"), tecnico.completions());
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", n);

        // the custody history: one change, to the user, by this case
        List<String> history = Storeroom.history(infra, phone);
        assertEquals(1, history.stream().filter(h -> h.endsWith(" " + c.id())).count(), history::toString);
        assertTrue(history.stream().anyMatch(h -> h.startsWith("Asignado") && h.contains(holder)
                && h.endsWith(" " + c.id())), history::toString);
        // the acta names the phone and the user
        String acta = Storeroom.documentText(desk("solicitante.mindef"), c.id(), "PHONE_ACTA");
        assertTrue(acta.contains("ACTA DE ENTREGA DE EQUIPOS TELEFÓNICOS"), acta);
        assertTrue(acta.contains(phone.code()), acta);
        assertTrue(acta.contains("Fabio Fono"), acta);
        assertTrue(acta.contains(n), acta);
    }

    @Test
    void without_stock_the_no_stock_oficio_closes_the_case_and_nothing_moves() {
        String suffix = String.valueOf(System.currentTimeMillis() % 1_000_000);
        Desk infra = desk("responsable.infra");
        Piece phone = Storeroom.register(infra, "PHONE", "TEM-" + suffix, "Samsung", "Galaxy A15");
        // set-up: steps 1 to 5 are walked in the browser by the test above; here they run in the server
        Filed c = fileInServer(SOLICITANTE_MINDEF, E15, null, "Teléfonos móviles para el equipo de campo",
                "Cantidad: 3. Tipo: móvil.");
        String n = c.number();
        actInServer(c, "2", JEFE_OGTIE, "continuar");
        actInServer(c, "3", RESPONSABLE_INFRA, "continuar");
        actInServer(c, "4", TECNICO_INFRA, "continuar");
        assertEquals("6;", actInServer(c, "5", OPERADOR_MESA, "continuar"), "the set-up left the case at step 6");
        desk("tecnico.infra").openFromInbox(n, "6").act("6", "sin_stock", "usuario_telefono", "campo" + suffix,
                "usuario_nombre", "Equipo de Campo", "tipo_equipo", "MOVIL");
        infra.openFromInbox(n, "7").act("7", "continuar");
        Desk jefe = desk("jefe.ogtie").openFromInbox(n, "8").act("8", "remitir", "comment",
                "No hay equipos móviles en el almacén de la DIRAB.");
        jefe.assertClosed("resuelto");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → END"),
                jefe.completions());
        assertTrue(!jefe.shows("PHONE_ACTA"), "no acta without a phone");
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", "No hay equipos móviles");
        assertEquals("En almacén", Storeroom.state(infra, phone));
        assertEquals(List.of(), Storeroom.history(infra, phone).stream().filter(h -> h.endsWith(" " + c.id()))
                .toList());
    }
}
