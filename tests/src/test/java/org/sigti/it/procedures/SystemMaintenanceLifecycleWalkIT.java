package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.changes.ChangeFixture;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.02.00.02, Mantenimiento de sistemas informáticos (procedures.md E5; the MINDEF manual's section 6.2.2), walked in
 * real browsers by MINDEF's demo users, each step from its performer's own inbox: the DGA's Director
 * (director.mindef) files the oficio (1); the Jefe(a) de la OGTIE assigns it (2); the Responsable del análisis
 * (analista.innov) writes the Acta de requerimientos, which the programmer (tecnico.innov) and the owner sign (3, 3.P,
 * 3.O); manuals, Acta de desarrollo, environments, development ∥ monitoring (4–9); QA by tecnico.calidad with the Acta
 * de QA co-signed by responsable.gobti (10–17); the owner's conformity (18, 18.C, 18.O); the request to go to
 * production (19) and its help-desk ticket, which the Operador de mesa de ayuda (operador.mesa) assigns in the ticket
 * while the case's step 20 waits on it; the security backup, refused first without a copy (21); the go-live in the system's history
 * (22); a failed monitoring and its rollback linked to the copy restored (23 → 23.R), the development again (7, 9–22),
 * the go-live again without publication (23 → 34); training with its attendance, the inventory's new version, the
 * closing report and the Jefe's closing (35–38).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemMaintenanceLifecycleWalkIT extends Walk {

    private static final String E5 = "S04.02.00.02";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_maintenance_goes_live_after_its_copy_rolls_back_once_and_closes_with_the_jefe() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "SIGEP" + k;
        String systemId = fixture("/change-system", "of", "MINDEF", "code", system);
        // everyone at their desk first: SIGTI names the signers of the actas among the people it knows
        Desk owner = desk("director.mindef");
        Desk jefe = desk("jefe.ogtie");
        Desk analyst = desk("analista.innov");
        Desk programmer = desk("tecnico.innov");
        Desk innovation = desk("responsable.innov");
        Desk quality = desk("tecnico.calidad");
        Desk governance = desk("responsable.gobti");
        Desk helpDesk = desk("operador.mesa");
        Desk infrastructure = desk("tecnico.infra");
        Desk infraCoordinator = desk("responsable.infra");

        // 1, 2: the owner's oficio, the Jefe's assignment
        Filed c = owner.file(Draft.of(E5, null, "Mantenimiento del sistema " + system + " " + k,
                "Oficio: se solicita agregar el reporte mensual de planillas al sistema " + system + "."));
        String n = c.number();
        jefe.openFromInbox(n, "2").act("2", "continuar");

        // 3: the acta de requerimientos, only for a system of the catalog; signed by the programmer and the owner
        analyst.openFromInbox(n, "3");
        String unknown = analyst.tryAct("3", "continuar", "sistema_mantenimiento", "NOEXISTE" + k,
                "requerimientos", "Reporte mensual de planillas.", "analista_programador", "tecnico.innov");
        assertTrue(unknown.contains("no es un sistema activo del catálogo"), unknown);
        // the innovation team's Técnicos keep the case through their consecutive steps unless the step names who
        // does the next one («Asignar el siguiente paso a»)
        analyst.act("3", "continuar", "sistema_mantenimiento", system, "requerimientos",
                "Reporte mensual de planillas en PDF; acuerdo: entrega en dos semanas.", "analista_programador",
                "tecnico.innov", "nextAssignee", "tecnico.innov");
        programmer.openFromInbox(n, "3.P").act("3.P", "continuar");
        owner.openFromInbox(n, "3.O").act("3.O", "continuar", "nextAssignee", "analista.innov");

        // 4–6: manuals, acta de desarrollo, environments; 7 ∥ 8 meet at 9
        analyst.openFromInbox(n, "4").act("4", "continuar", "manuales", "\\\\fs\\sigep\\manuales v2.4",
                "nextAssignee", "tecnico.innov");
        programmer.openFromInbox(n, "5").act("5", "continuar", "acta_desarrollo",
                "Reporte mensual; validación de entradas y consultas parametrizadas.");
        innovation.openFromInbox(n, "6").act("6", "paralelo", "ambiente_desarrollo",
                "Carpeta /proyectos/sigep; esquema sigep_dev; acceso a Git habilitado.");
        // both branches come back to the programmer who had the case: the coordinator gives 8 to the analyst
        String assigned = innovation.open(c.id()).tryAct("8", "asignar", "assignee", "analista.innov");
        assertTrue(assigned.contains("Caso " + n + ": paso 8 asignado."), assigned);
        develop(n, programmer, analyst, true);

        // 10–17: QA without defects, the Acta de QA co-signed by the Gobierno de TI coordinator
        quality(n, quality, governance);
        mailbox.await(n, "responsable.innov@sigti.example", "Resultados de las pruebas de calidad", "Acta de QA");

        // 18: the owner accepts; the acta de conformidad signed by programmer, innovation lead and owner
        conformity(n, programmer, innovation, owner);
        mailbox.await(n, "director.mindef@sigti.example", "Presentación del sistema", "reporte mensual");

        // 19–21: the request, the ticket, and no go-live without the security backup
        release(n, c.id(), programmer, helpDesk, "v2.4.0");
        infrastructure.openFromInbox(n, "21");
        String noCopy = infrastructure.tryAct("21", "continuar");
        assertTrue(noCopy.contains("no hay un respaldo de seguridad del sistema " + system), noCopy);
        assertEquals("", fixture("/maintenance-changes", "case", String.valueOf(c.id())), "nothing went live");
        String copy = fixture("/change-copy", "system", systemId, "case", String.valueOf(c.id()));
        infrastructure.act("21", "continuar", "copia_previa", copy);

        // 22: the go-live in the system's history with its version and copy; 23: the monitoring fails: rollback
        infrastructure.openFromInbox(n, "22").act("22", "continuar", "despliegue",
                "WAR sigep-2.4.0 desplegado; script 2.4.0 ejecutado.");
        assertEquals("v2.4.0," + copy + ",tecnico.infra;", fixture("/maintenance-changes", "case",
                String.valueOf(c.id())));
        infrastructure.openFromInbox(n, "23").act("23", "inconsistencias", "validacion_pase",
                "El reporte mensual duplica filas en producción.");
        infrastructure.openFromInbox(n, "23.R").act("23.R", "continuar", "copia_restaurada", copy, "rollback",
                "Se restauró la versión 2.3 del sistema y su base de datos.");
        assertEquals(copy + "|SISTEMA|" + system + "|tecnico.infra", fixture("/maintenance-restore", "case",
                String.valueOf(c.id())));
        mailbox.await(n, "responsable.innov@sigti.example", "Rollback del pase a producción", "copia N.º " + copy);

        // the development reopens: 7 again, QA, conformity and the go-live of the fix, without publication
        develop(n, programmer, analyst, false);
        quality(n, quality, governance);
        conformity(n, programmer, innovation, owner);
        release(n, c.id(), programmer, helpDesk, "v2.4.1");
        infrastructure.openFromInbox(n, "21").act("21", "continuar");
        infrastructure.openFromInbox(n, "22").act("22", "continuar", "despliegue",
                "WAR sigep-2.4.1 desplegado; script 2.4.1 ejecutado.");
        assertEquals("v2.4.0," + copy + ",tecnico.infra;v2.4.1," + copy + ",tecnico.infra;",
                fixture("/maintenance-changes", "case", String.valueOf(c.id())));
        infrastructure.openFromInbox(n, "23").act("23", "sin_publicacion", "validacion_pase",
                "Sin inconsistencias tras 48 horas.");

        // 34–38: the infrastructure coordinator tells the innovation team; training, inventory, closing report
        infraCoordinator.openFromInbox(n, "34").act("34", "continuar", "comunicacion",
                "Pase a producción de SIGEP 2.4.1 culminado.");
        mailbox.await(n, "responsable.innov@sigti.example", "Pase a producción culminado", "SIGEP 2.4.1");
        programmer.openFromInbox(n, "35").act("35", "continuar", "fecha_sesion_capacitacion",
                LocalDate.now(ZoneId.of("America/Lima")).toString(), "lugar_sesion_capacitacion", "Sala de la OGTIE",
                "tema_sesion_capacitacion", "Reporte mensual de planillas", "capacitador_sesion", "Analista de innovación",
                "asistentes_sesion", "Ana Torres Ríos | Dirección General de Administración | 41234567 | sí\n"
                        + "Luis Vega Salas | Dirección General de Administración | 42345678 | sí");
        mailbox.await(n, "director.mindef@sigti.example", "Capacitación en el uso del sistema",
                "Reporte mensual de planillas");
        innovation.openFromInbox(n, "36").act("36", "continuar", "inventario", system + " versión 2.4.1.");
        assertEquals(system + ",v2.4.1,PRODUCTION,responsable.innov;", fixture("/maintenance-inventory", "case",
                String.valueOf(c.id())));
        innovation.openFromInbox(n, "37").act("37", "continuar", "informe_cierre",
                "Reporte mensual de planillas disponible para la DGA.");
        jefe.openFromInbox(n, "38").act("38", "cerrar");
        jefe.assertClosed("");

        List<String> moves = jefe.completions();
        assertTrue(moves.containsAll(List.of("1 → 2", "2 → 3", "3 → 3.P", "3.P → 3.O", "3.O → 4", "6 → 7,8",
                "14 → 15", "15 → 15.G", "18 → 18.C", "18.O → 19", "19 → 20", "20 → 21", "21 → 22", "23 → 23.R", "23.R → 7", "23 → 34",
                "37 → 38", "38 → END")), moves::toString);

        // the actas and the informe de cierre, numbered: requerimientos, desarrollo, QA and conformidad of both
        // passes; the Acta de QA's PDF carries both signers
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 7);
        assertEquals(7, documents.size(), documents::toString);
        String acta = documents.values().stream().map(id -> Storeroom.pdfText(jefe.browser(),
                "/files/official-document?id=" + id)).filter(text -> text.contains("Acta de QA")).findFirst()
                .orElseThrow(() -> new AssertionError("no Acta de QA among " + documents));
        for (String piece : List.of("ACTA", system, "Informe de control de calidad", "8 casos ejecutados",
                "Lucía Paredes Zegarra", "Martín Villanueva Rojas", n)) {
            assertTrue(acta.contains(piece), () -> piece + " missing from the Acta de QA: " + acta);
        }
    }

    /** 7 (and 8 on the first pass), then 9: the programmer asks for QA. */
    private static void develop(String n, Desk programmer, Desk analyst, boolean monitored) {
        programmer.openFromInbox(n, "7").act("7", "continuar", "desarrollo",
                "Reporte desarrollado; cambios en Git; SonarQube sin bloqueantes; OWASP ZAP sin alertas altas.");
        if (monitored) {
            analyst.openFromInbox(n, "8").act("8", "continuar", "monitoreo_desarrollo",
                    "Cronograma y estándares cumplidos.", "nextAssignee", "tecnico.innov");
        }
        programmer.openFromInbox(n, "9").act("9", "continuar", "paquete_qa",
                "\\\\fs\\sigep\\qa: war, script, código y actas.");
    }

    private static void quality(String n, Desk quality, Desk governance) {
        quality.openFromInbox(n, "10").act("10", "continuar");
        quality.openFromInbox(n, "11").act("11", "continuar", "plan_pruebas", "Funcionales y de regresión.",
                "interfaces_qa", "3");
        quality.openFromInbox(n, "12").act("12", "continuar", "matriz_casos", "CP-01 a CP-08.");
        quality.openFromInbox(n, "13").act("13", "continuar");
        quality.openFromInbox(n, "14").act("14", "sin_defectos", "resultados_pruebas", "8 de 8 casos conformes.");
        quality.openFromInbox(n, "15").act("15", "continuar", "informe_calidad", "8 casos ejecutados, 0 defectos.");
        governance.openFromInbox(n, "15.G").act("15.G", "continuar");
        quality.openFromInbox(n, "16").act("16", "continuar", "pruebas_aceptacion", "UAT conforme con la DGA.");
        quality.openFromInbox(n, "17").act("17", "continuar");
    }

    private static void conformity(String n, Desk programmer, Desk innovation, Desk owner) {
        programmer.openFromInbox(n, "18").act("18", "conforme", "presentacion",
                "La DGA revisó el reporte mensual y está conforme.");
        innovation.openFromInbox(n, "18.C").act("18.C", "continuar");
        owner.openFromInbox(n, "18.O").act("18.O", "continuar");
    }

    private static void release(String n, long caseId, Desk programmer, Desk helpDesk, String version) {
        programmer.openFromInbox(n, "19").act("19", "continuar", "version_pase", version, "artefacto",
                "\\\\fs\\sigep\\" + version + "\\sigep.war", "solicitud_pase",
                "Reporte mensual. Reversión: restaurar la copia previa.");
        // 20: the help desk evaluates and assigns the go-live ticket 19 filed; the case goes on by itself
        String ticket = fixture("/maintenance-ticket", "case", String.valueOf(caseId), "key", "PASE");
        helpDesk.openFromInbox(ticket, "1").act("1", "asignado", "ticket_asignado_a",
                "Equipo de infraestructura tecnológica");
    }
}
