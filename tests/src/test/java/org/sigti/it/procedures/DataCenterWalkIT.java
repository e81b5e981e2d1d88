package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.03.01.03 (procedures.md E9), the branch of a contractor maintaining OGTIE equipment (7 → 16), walked in real
 * browsers, each role from its own inbox: the infrastructure coordinator (responsable.infra) takes the branch,
 * schedules, gets the SCTR; the help desk (operador) writes the ticket with the company, name and DNI of each
 * visitor (a DNI of 7 digits is refused and changes nothing); the coordinator records DIPEC's observation (↺ 10),
 * its approval, the agreed visit, the visit platform and DIPEC's visto bueno; the Responsable de infraestructura
 * (tecnico) signs the contractors in, records the supervision and signs them out, closing the ticket. The bitácora
 * (Formato N°1) shows both people with company, DNI, escort, supervisor, entry and exit.
 * <p>
 * The two other entry branches, filed and routed in the server: a visit the SG announced (I → 1–5), the Secretario
 * General (autoridad) announcing it from their own inbox, the Jefe authorizing (never the host), the coordinator
 * signing the visitor in and out; and another unit's contractor (I → 6 → 14–16), the unit's Director (director, DAF)
 * recording from their own inbox what the unit arranged, which opens one line per person.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataCenterWalkIT extends Walk {

    private static final String CODE = "S04.03.01.03";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void an_ogtie_contractor_from_scheduling_to_exit_through_one_dipec_observation() {
        long k = System.currentTimeMillis() % 10_000_000;
        String ana = String.format("1%07d", k);
        String luis = String.format("2%07d", k);
        String company = "Energía " + k + " SAC";
        String observation = "SCTR vencido el " + k;

        Desk coordinator = desk("responsable.infra");
        Filed c = coordinator.file(Draft.of(CODE, null, "Mantenimiento del UPS del centro de datos " + k,
                "El proveedor cambia las baterías del UPS."));
        String number = c.number();
        coordinator.openFromInbox(number, "I")
                .act("I", "equipos_ogtie")
                .act("7", "continuar", "fecha_hora", "2026-12-01 09:30", "personal_designado", "Teo Técnico")
                .act("8", "continuar", "contacto_contratista", "Pedro Proveedor, 999 888 777", "sctr",
                        "Póliza SCTR " + k);

        Desk desk = desk("operador.mesa").openFromInbox(number, "9");
        String refused = desk.tryAct("9", "continuar", "empresa", company, "visitantes", "Ana Pérez, 1234567");
        desk.screenshot("bad-dni");
        assertTrue(refused.contains("El DNI «1234567» no es válido: debe tener 8 dígitos."), refused);
        assertTrue(desk.openSteps().contains("9=true"), "step 9 still waits: " + desk.openSteps());
        desk.act("9", "continuar", "empresa", company, "visitantes", "Ana Pérez, " + ana + "\nLuis Soto, " + luis);

        coordinator.openFromInbox(number, "10")
                .act("10", "observado", "observaciones_dipec", observation)
                .act("10", "aprobado")
                .act("11", "continuar", "fecha_hora_pactada", "2026-12-02 08:00", "equipos_herramientas",
                        "Baterías y multímetro; EPP completo")
                .act("12", "continuar", "registro_plataforma", "VIS-" + k)
                .act("13", "visto_bueno", "visto_bueno_dipec", "Correo de la DIPEC del 1 de diciembre");

        Desk infra = desk("tecnico.infra").openFromInbox(number, "14")
                .act("14", "continuar", "acompanante", "Teo Técnico");
        List<List<String>> inside = bitacora(infra, number);
        assertEquals(2, inside.size(), () -> "lines: " + inside);
        for (List<String> line : inside) {
            assertFalse(line.get(5).isEmpty(), "entered: " + line);
            assertTrue(line.get(6).isEmpty(), "not yet out: " + line);
        }
        infra.openFromInbox(number, "15")
                .act("15", "continuar", "tipo_equipo", "INFRAESTRUCTURA", "supervisor_infraestructura",
                        "Teo Técnico")
                .act("16", "cerrar");
        infra.assertClosed("");
        assertEquals(List.of("0 → I", "I → 7", "7 → 8", "8 → 9", "9 → 10", "10 → 10", "10 → 11", "11 → 12",
                "12 → 13", "13 → 14", "14 → 15", "15 → 16", "16 → END"), infra.completions());
        assertTrue(infra.shows(observation), "DIPEC's observation is on the case");

        List<List<String>> lines = bitacora(desk("auditor.mindef"), number);
        assertEquals(List.of(List.of(company, "Ana Pérez", ana, "Teo Técnico", "Infraestructura: Teo Técnico"),
                List.of(company, "Luis Soto", luis, "Teo Técnico", "Infraestructura: Teo Técnico")),
                sorted(lines).stream().map(l -> l.subList(0, 5)).toList());
        for (List<String> line : lines) {
            assertFalse(line.get(5).isEmpty() || line.get(6).isEmpty(), "entry and exit: " + line);
        }
    }

    @Test
    void an_sg_visit_announced_by_the_secretario_general_is_authorized_by_the_jefe_signed_in_guided_and_signed_out() {
        // given a visit filed by its host and routed to the SG branch
        long k = System.currentTimeMillis() % 10_000_000;
        String dni = String.format("3%07d", k);
        String purpose = "Visita del Secretario General " + k;
        Filed c = fileInServer(RESPONSABLE_INFRA, CODE, null, purpose, "Recorrido por el centro de datos.");
        assertEquals("1;", actInServer(c, "I", RESPONSABLE_INFRA, "visita_sg"));

        // the Secretario General announces the visit from their own inbox
        desk("autoridad.mindef").openFromInbox(c.number(), "1").act("1", "continuar", "comment", "Oficio de la SG del " + k);
        // the Jefe authorizes: the visit's line is open, nobody inside yet
        Desk jefe = desk("jefe.ogtie").openFromInbox(c.number(), "2").act("2", "autorizar");
        assertEquals(List.of("3=false"), jefe.openSteps());
        List<List<String>> authorized = bitacora(jefe, c.number());
        assertEquals(1, authorized.size(), () -> "lines: " + authorized);
        assertEquals(List.of("", "", "", "", "", "", "", "SG_VISIT"), authorized.get(0));

        // the coordinator signs the visitor in with the escort
        Desk coordinator = desk("responsable.infra").openFromInbox(c.number(), "3").act("3", "continuar", "visitante",
                "Carla Ríos", "documento_identidad", dni, "acompanante", "Fernando Castro Ruiz");
        List<List<String>> inside = bitacora(coordinator, c.number());
        assertEquals(List.of("", "Carla Ríos", dni, "Fernando Castro Ruiz", ""), inside.get(0).subList(0, 5));
        assertFalse(inside.get(0).get(5).isEmpty(), "entered: " + inside);
        assertTrue(inside.get(0).get(6).isEmpty(), "not yet out: " + inside);

        // the Jefe guides the visit; the coordinator signs the visitor out, which closes the case
        jefe.openFromInbox(c.number(), "4").act("4", "continuar");
        coordinator.openFromInbox(c.number(), "5").act("5", "registrar_salida");
        coordinator.assertClosed("resuelto");
        assertEquals(List.of("0 → I", "I → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → END"),
                coordinator.completions());
        assertEquals(List.of("1 autoridad.mindef", "2 jefe.ogtie"), completedBy(coordinator, List.of("1", "2")));
        List<List<String>> out = bitacora(desk("auditor.mindef"), c.number());
        assertEquals(1, out.size(), () -> "lines: " + out);
        assertFalse(out.get(0).get(6).isEmpty(), "signed out: " + out);
    }

    @Test
    void another_units_contractors_enter_on_the_date_the_unit_arranged_and_leave_supervised() {
        // given a need routed to the branch of another unit's equipment
        long k = System.currentTimeMillis() % 10_000_000;
        String eva = String.format("4%07d", k);
        String raul = String.format("5%07d", k);
        String company = "Climas " + k + " SRL";
        Filed c = fileInServer(TECNICO_INFRA, CODE, null, "Mantenimiento del aire de precisión de la DIGEPE " + k,
                "La DIGEPE trae a su proveedor de climatización.");
        assertEquals("6;", actInServer(c, "I", RESPONSABLE_INFRA, "equipos_uo", "unidad_organizacion", "DGA"));

        // the unit's Director records, from their own inbox, what the unit arranged: one line per person,
        // authorized, nobody inside
        desk("director.mindef").openFromInbox(c.number(), "6").act("6", "continuar", "fecha_hora", "2026-12-03 10:00",
                "empresa", company, "visitantes", "Eva Luna, " + eva + "\nRaúl Paz, " + raul);
        Desk coordinator = desk("responsable.infra");
        List<List<String>> authorized = bitacora(coordinator, c.number());
        assertEquals(List.of(List.of(company, "Eva Luna", eva, "", "", "", "", "UNIT_EQUIPMENT"),
                List.of(company, "Raúl Paz", raul, "", "", "", "", "UNIT_EQUIPMENT")), sorted(authorized));

        // the Responsable de infraestructura signs them in, records the supervision, signs them out
        Desk infra = desk("tecnico.infra").openFromInbox(c.number(), "14").act("14", "continuar", "acompanante",
                "Teo Técnico");
        assertTrue(bitacora(infra, c.number()).stream().allMatch(l -> !l.get(5).isEmpty() && l.get(6).isEmpty()),
                "both inside");
        infra.openFromInbox(c.number(), "15").act("15", "continuar", "tipo_equipo", "SERVICIOS_GENERALES",
                "supervisor_infraestructura", "Teo Técnico", "supervisor_administracion", "Ada Admin")
                .act("16", "cerrar");
        infra.assertClosed("resuelto");
        assertEquals(List.of("0 → I", "I → 6", "6 → 14", "14 → 15", "15 → 16", "16 → END"), infra.completions());
        assertEquals(List.of("6 director.mindef"), completedBy(infra, List.of("6")));
        List<List<String>> lines = sorted(bitacora(infra, c.number()));
        for (List<String> line : lines) {
            assertEquals(List.of("Teo Técnico", "Infraestructura: Teo Técnico; Administración: Ada Admin"),
                    line.subList(3, 5), () -> "escort and supervisors: " + line);
            assertFalse(line.get(5).isEmpty() || line.get(6).isEmpty(), "entry and exit: " + line);
        }
    }

    /** Who completed each of the steps, from the trail of the case the desk shows: "step user". */
    private static List<String> completedBy(Desk desk, List<String> steps) {
        return desk.browser().all(By.cssSelector("tr.sigti-history-row[data-action='COMPLETE']")).stream()
                .filter(tr -> steps.contains(tr.getAttribute("data-from")))
                .map(tr -> tr.getAttribute("data-from") + " " + tr.findElements(By.tagName("td")).get(2).getText()
                        .strip().split(" ")[0]).toList();
    }

    private static List<List<String>> sorted(List<List<String>> lines) {
        return lines.stream().sorted((a, b) -> a.get(1).compareTo(b.get(1))).toList();
    }

    /** The case's lines on the bitácora: company, visitor, DNI, escort, supervisor, entry, exit, branch. */
    private static List<List<String>> bitacora(Desk desk, String number) {
        desk.openPage("/datacenter/log.xhtml");
        desk.browser().text(By.id("visits:list"));
        desk.screenshot("bitacora-" + number);
        return desk.browser().all(By.cssSelector("[id='visits:list_data'] tr[data-ri]")).stream()
                .filter(row -> number.equals(cell(row, "case")))
                .map(row -> List.of(cell(row, "company"), cell(row, "visitor"), cell(row, "document"),
                        cell(row, "escort"), cell(row, "supervisor"), cell(row, "entry"), cell(row, "exit"),
                        row.findElement(By.cssSelector(".sigti-visit-branch")).getAttribute("data-branch")))
                .toList();
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector(".sigti-visit-" + name)).getText().strip();
    }
}
