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
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.03.01.03 (procedures.md E9), the branch of a contractor maintaining OGTIE equipment (7 → 16), walked in real
 * browsers, each role from its own inbox: the infrastructure coordinator (responsable.uit) takes the branch,
 * schedules, gets the SCTR; the help desk (operador) writes the ticket with the company, name and DNI of each
 * visitor (a DNI of 7 digits is refused and changes nothing); the coordinator records DIPEC's observation (↺ 10),
 * its approval, the agreed visit, the visit platform and DIPEC's visto bueno; the Responsable de infraestructura
 * (tecnico) signs the contractors in, records the supervision and signs them out, closing the ticket. The bitácora
 * (Formato N°1) shows both people with company, DNI, escort, supervisor, entry and exit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataCenterWalkIT extends Walk {

    private static final String CODE = "S04.03.01.03";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.ear();
    }

    @Test
    void an_ogtie_contractor_from_scheduling_to_exit_through_one_dipec_observation() {
        long k = System.currentTimeMillis() % 10_000_000;
        String ana = String.format("1%07d", k);
        String luis = String.format("2%07d", k);
        String company = "Energía " + k + " SAC";
        String observation = "SCTR vencido el " + k;

        Desk coordinator = desk("responsable.uit");
        Filed c = coordinator.file(Draft.of(CODE, null, "Mantenimiento del UPS del centro de datos " + k,
                "El proveedor cambia las baterías del UPS."));
        String number = c.number();
        coordinator.openFromInbox(number, "I")
                .act("I", "equipos_ogtie")
                .act("7", "continuar", "fecha_hora", "2026-12-01 09:30", "personal_designado", "Teo Técnico")
                .act("8", "continuar", "contacto_contratista", "Pedro Proveedor, 999 888 777", "sctr",
                        "Póliza SCTR " + k);

        Desk desk = desk("operador").openFromInbox(number, "9");
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

        Desk infra = desk("tecnico").openFromInbox(number, "14")
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

        List<List<String>> lines = bitacora(desk("auditor"), number);
        assertEquals(List.of(List.of(company, "Ana Pérez", ana, "Teo Técnico", "Infraestructura: Teo Técnico"),
                List.of(company, "Luis Soto", luis, "Teo Técnico", "Infraestructura: Teo Técnico")),
                lines.stream().map(l -> l.subList(0, 5)).sorted((a, b) -> a.get(1).compareTo(b.get(1))).toList());
        for (List<String> line : lines) {
            assertFalse(line.get(5).isEmpty() || line.get(6).isEmpty(), "entry and exit: " + line);
        }
    }

    /** The case's lines on the bitácora: company, visitor, DNI, escort, supervisor, entry, exit. */
    private static List<List<String>> bitacora(Desk desk, String number) {
        desk.openPage("/datacenter/log.xhtml");
        desk.browser().text(By.id("visits:list"));
        desk.screenshot("bitacora-" + number);
        return desk.browser().all(By.cssSelector("[id='visits:list_data'] tr[data-ri]")).stream()
                .filter(row -> number.equals(cell(row, "case")))
                .map(row -> List.of(cell(row, "company"), cell(row, "visitor"), cell(row, "document"),
                        cell(row, "escort"), cell(row, "supervisor"), cell(row, "entry"), cell(row, "exit")))
                .toList();
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector(".sigti-visit-" + name)).getText().strip();
    }
}
