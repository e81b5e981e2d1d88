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
import org.openqa.selenium.By;
import org.sigti.it.Sigti;
import org.sigti.it.changes.ChangeFixture;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * SEPREM's system development (process SEPREM-DI-003) walked in real browsers by SEPREM's own people: the
 * Solicitante files, the Director(a) de Informática (jefe.di) receives, approves and closes, the Jefe de Desarrollo
 * (responsable.di-desarrollo) analyses and validates, the Analista (tecnico.di-desarrollo) codes; every loop the
 * manual draws is taken once, and the requester is told by mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevelopmentWalkIT extends Walk {

    private static final String C3 = "SEPREM-DI-003.1";
    private static final String C4 = "SEPREM-DI-003.2";
    private static final String REQUESTER_MAIL = "solicitante.seprem@sigti.example";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_new_system_goes_through_the_design_and_test_loops_to_the_approved_go_live() {
        Filed c = desk("solicitante.seprem").file(Draft.of(C3, null, "Sistema de seguimiento de denuncias",
                "Necesitamos registrar y dar seguimiento a las denuncias recibidas; ninguna herramienta lo cubre."));
        Desk director = desk("jefe.di").openFromInbox(c.number(), "1").act("1", "continuar");
        Desk jefeDesarrollo = desk("responsable.di-desarrollo").openFromInbox(c.number(), "2").act("2", "continuar",
                "recurso_humano", "Dos analistas durante cuatro meses.",
                "recurso_financiero", "Sin costo de licencias: herramientas libres.",
                "resultado_factibilidad", "Factible con el personal actual.");
        director.openFromInbox(c.number(), "3").act("3", "continuar");
        jefeDesarrollo.openFromInbox(c.number(), "4").act("4", "continuar", "propuesta", "Aplicación web interna.",
                "arquitectura", "Jakarta EE sobre PostgreSQL.")
                .act("5", "continuar", "diseno_conceptual", "Tres pantallas: registro, bandeja, reportes.");
        // the Director sends the design back once (6 ↺ 4)
        director.openFromInbox(c.number(), "6").act("6", "no_satisfactorio", "comment", "Falta el reporte mensual.");
        jefeDesarrollo.openFromInbox(c.number(), "4").act("4", "continuar", "propuesta", "Aplicación web interna"
                + " con reporte mensual.", "arquitectura", "Jakarta EE sobre PostgreSQL.")
                .act("5", "continuar", "diseno_conceptual", "Cuatro pantallas, con el reporte mensual.");
        director.openFromInbox(c.number(), "6").act("6", "satisfactorio");
        Desk analista = desk("tecnico.di-desarrollo").openFromInbox(c.number(), "7").act("7", "continuar",
                "version_codigo", "v0.9.0");
        // the validation tests fail once (8 ↺ 7)
        jefeDesarrollo.openFromInbox(c.number(), "8").act("8", "no_satisfactorias", "pruebas",
                "El reporte no suma los casos cerrados.");
        analista.openFromInbox(c.number(), "7").act("7", "continuar", "version_codigo", "v1.0.0");
        jefeDesarrollo.openFromInbox(c.number(), "8").act("8", "satisfactorias", "pruebas", "Todas las pruebas pasan.");
        // the Jefe de Desarrollo registered the new system in the catalog; the approval records its first release
        String system = "DEN" + (System.currentTimeMillis() % 10_000_000);
        String systemId = fixture("/change-system", "of", "SEPREM", "code", system);
        director.openFromInbox(c.number(), "9").act("9", "aprobar", "capacitacion",
                "Personal de la Dirección de Asuntos Jurídicos, 15 de enero.", "sistema_nuevo", system,
                "plan_reversion_nuevo", "Retirar la publicación y volver al registro en hojas de cálculo.");
        director.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 4", "4 → 5", "5 → 6",
                "6 → 7", "7 → 8", "8 → 7", "7 → 8", "8 → 9", "9 → END"), director.completions());
        mailbox.await(c.number(), REQUESTER_MAIL, "[" + c.number() + "] Puesta en producción aprobada: Sistema de"
                + " seguimiento de denuncias", "Versión: v1.0.0");
        assertEquals(system + "|v1.0.0|||jefe.di", fixture("/change-row", "case", String.valueOf(c.id())),
                "the first release, with neither a copy nor a waiver");
        director.browser().open(Sigti.BASE_URL + "/changes/list.xhtml?system=" + systemId);
        String row = director.browser().text(By.cssSelector("[id='changes:list_data'] tr[data-ri]"));
        assertTrue(row.contains("Primera versión") && row.contains("v1.0.0") && row.contains("Aplicación web interna"
                + " con reporte mensual"), row);
    }

    @Test
    void an_improvement_is_refused_development_when_replacing_is_cheaper_and_goes_live_after_its_copy() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "PLANILLAS" + k;
        String systemId = fixture("/change-system", "of", "SEPREM", "code", system);
        Filed c = desk("solicitante.seprem").file(Draft.of(C4, null, "Mejora del sistema de planillas " + k,
                "Agregar la exportación de la planilla a hoja de cálculo."));
        Desk director = desk("jefe.di").openFromInbox(c.number(), "1").act("1", "continuar", "sistema_a_mejorar",
                system);
        Desk analista = desk("tecnico.di-desarrollo").openFromInbox(c.number(), "2").act("2", "continuar",
                "propuesta_mejora", "Botón de exportación en la planilla.");
        Desk jefeDesarrollo = desk("responsable.di-desarrollo").openFromInbox(c.number(), "3");
        // the proposal is sent back once (3 ↺ 2)
        jefeDesarrollo.act("3", "no_satisfactorio", "costo_frente_a_reemplazo", "menor", "justificacion_alcance",
                "Dos días de trabajo.");
        analista.openFromInbox(c.number(), "2").act("2", "continuar", "propuesta_mejora", "Exportación a hoja de"
                + " cálculo con los totales.");
        // the scope decided and the way out must agree: a dearer improvement cannot be developed here
        jefeDesarrollo.openFromInbox(c.number(), "3");
        String refused = jefeDesarrollo.tryAct("3", "satisfactorio", "costo_frente_a_reemplazo", "mayor",
                "justificacion_alcance", "Rehacer el módulo cuesta más que uno nuevo.");
        assertTrue(refused.contains("supera el costo de reemplazar la solución"), refused);
        assertTrue(jefeDesarrollo.openSteps().contains("3=true"), () -> "step 3 still waits: "
                + jefeDesarrollo.openSteps());
        jefeDesarrollo.act("3", "satisfactorio", "costo_frente_a_reemplazo", "menor", "justificacion_alcance",
                "Tres días de trabajo frente a meses de un sistema nuevo.");
        analista.openFromInbox(c.number(), "4").act("4", "continuar", "version_codigo", "planillas-2.3.0");
        // the test version fails once (5 ↺ 4)
        jefeDesarrollo.openFromInbox(c.number(), "5").act("5", "no_satisfactorias", "pruebas",
                "Los totales no cuadran.", "plan_reversion_mejora", "Volver a planillas-2.2.9.");
        analista.openFromInbox(c.number(), "4").act("4", "continuar", "version_codigo", "planillas-2.3.1");
        jefeDesarrollo.openFromInbox(c.number(), "5").act("5", "satisfactorias", "pruebas", "Totales correctos.",
                "plan_reversion_mejora", "Volver a planillas-2.2.9 y restaurar la copia previa.");
        // the go-live is refused while no copy of the system was taken since the case was opened
        director.openFromInbox(c.number(), "6");
        String noCopy = director.tryAct("6", "aprobar");
        assertTrue(noCopy.contains("no hay una copia de respaldo del sistema " + system), noCopy);
        assertEquals("none", fixture("/change-row", "case", String.valueOf(c.id())));
        // once the backup module holds one, the approval records the improvement in the system's history
        String copy = fixture("/change-copy", "system", systemId, "case", String.valueOf(c.id()));
        director.act("6", "aprobar");
        director.assertClosed("");
        assertEquals(system + "|planillas-2.3.1|" + copy + "||jefe.di", fixture("/change-row", "case",
                String.valueOf(c.id())));
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 4", "4 → 5",
                "5 → 6", "6 → END"), director.completions());
        mailbox.await(c.number(), REQUESTER_MAIL, "[" + c.number() + "] Mejora aprobada para producción: Mejora del"
                + " sistema de planillas " + k, "Versión: planillas-2.3.1");
    }

    @Test
    void an_improvement_dearer_than_replacing_the_solution_ends_out_of_scope_and_the_requester_is_told() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "INVENT" + k;
        fixture("/change-system", "of", "SEPREM", "code", system);
        Filed c = desk("solicitante.seprem").file(Draft.of(C4, null, "Rehacer el sistema de inventario",
                "Cambiar toda la base de datos y las pantallas del sistema de inventario."));
        Desk director = desk("jefe.di").openFromInbox(c.number(), "1");
        // the system is one of SEPREM's catalog
        String unknown = director.tryAct("1", "continuar", "sistema_a_mejorar", "NOEXISTE" + k);
        assertTrue(unknown.contains("no está en el catálogo de su institución"), unknown);
        director.act("1", "continuar", "sistema_a_mejorar", system);
        desk("tecnico.di-desarrollo").openFromInbox(c.number(), "2").act("2", "continuar", "propuesta_mejora",
                "Rehacer el modelo de datos y todas las pantallas.");
        Desk jefeDesarrollo = desk("responsable.di-desarrollo").openFromInbox(c.number(), "3");
        // a cheaper improvement cannot be closed as out of scope
        String refused = jefeDesarrollo.tryAct("3", "fuera_de_alcance", "costo_frente_a_reemplazo", "menor",
                "justificacion_alcance", "Seis meses de trabajo.");
        assertTrue(refused.contains("no supera el costo de reemplazar la solución; no es un caso fuera de alcance"),
                refused);
        jefeDesarrollo.act("3", "fuera_de_alcance", "costo_frente_a_reemplazo", "mayor", "justificacion_alcance",
                "Seis meses de trabajo frente a tres de un sistema nuevo.");
        jefeDesarrollo.assertClosed("");
        mailbox.await(c.number(), REQUESTER_MAIL, "[" + c.number() + "] Solicitud fuera de alcance: Rehacer el"
                + " sistema de inventario", "Seis meses de trabajo frente a tres de un sistema nuevo.");
    }
}
