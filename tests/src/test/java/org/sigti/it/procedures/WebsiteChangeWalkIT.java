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
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.changes.ChangeFixture;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * SEPREM-DI-007.1, Actualización de sitio o aplicación web institucional (procedures.md C8), walked in real browsers
 * by SEPREM's own demo users, each from their own inbox: the requester (solicitante.seprem) files the request; the
 * Director(a) de Informática (jefe.di) passes it to Desarrollo (1); the Jefe de Desarrollo (responsable.di-desarrollo)
 * names the website of the catalog (2; an unknown code is refused); the Analista (tecnico.di-desarrollo) makes the
 * changes (3), whose tests fail once (4 ↺ 3) and then pass, and reports with the rollback plan (5); the Director's
 * approval (6) is refused while no copy of the website was taken since the case was opened, and goes through once the
 * backup module holds one, or after the Jefe de Desarrollo's waiver (6.D). The change history row is checked in the
 * database and on "Cambios".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebsiteChangeWalkIT extends Walk {

    private static final String CODE = "SEPREM-DI-007.1";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_website_change_through_a_failed_test_is_refused_without_a_copy_and_goes_live_after_one() {
        long k = System.currentTimeMillis() % 10_000_000;
        String site = "WEBSEP" + k;
        String systemId = fixture("/change-system", "of", "SEPREM", "code", site);

        // the requester files it; the Director passes it to Desarrollo
        Filed c = desk("solicitante.seprem").file(Draft.of(CODE, null, "Formulario de denuncias en el sitio " + k,
                "Agregar un formulario de denuncias al sitio web institucional."));
        String number = c.number();
        desk("jefe.di").openFromInbox(number, "1").act("1", "continuar");

        // the Jefe de Desarrollo names the website of the catalog (an unknown code is refused) and assigns it
        Desk jefeDesarrollo = desk("responsable.di-desarrollo").openFromInbox(number, "2");
        String unknown = jefeDesarrollo.tryAct("2", "continuar", "sistema_cambio", "NOEXISTE" + k);
        assertTrue(unknown.contains("no está en el catálogo de su institución"), unknown);
        jefeDesarrollo.act("2", "continuar", "sistema_cambio", site);

        // the Analista changes, tests (not satisfactory: back to 3), changes again, tests, reports
        desk("tecnico.di-desarrollo").openFromInbox(number, "3")
                .act("3", "continuar", "cambios_realizados", "Formulario nuevo en la página de contacto.",
                        "version_cambio", "v3.1.0")
                .act("4", "no_satisfactorias", "resultado_pruebas", "El formulario no valida el correo.")
                .act("3", "continuar", "cambios_realizados", "Formulario nuevo con validación del correo.",
                        "version_cambio", "v3.1.1")
                .act("4", "satisfactorias", "resultado_pruebas", "Pruebas de envío y validación correctas.")
                .act("5", "continuar", "informe_direccion", "Formulario listo para producción.", "plan_reversion",
                        "Desplegar de nuevo la etiqueta v3.0.4 y restaurar la copia previa.");

        // the Director's approval is refused: no copy of the website since the case was opened
        Desk director = desk("jefe.di").openFromInbox(number, "6");
        String refused = director.tryAct("6", "aprobar");
        director.screenshot("go-live-refused");
        assertTrue(refused.contains("no hay una copia de respaldo del sistema " + site), refused);
        assertTrue(director.openSteps().contains("6=true"), () -> "step 6 still waits: " + director.openSteps());
        assertEquals("none", fixture("/change-row", "case", String.valueOf(c.id())));

        // once the backup module holds a copy of the website, the approval records the change and ends the case
        String copy = fixture("/change-copy", "system", systemId, "case", String.valueOf(c.id()));
        director.act("6", "aprobar");
        assertEquals("CLOSED", director.status());
        assertEquals(site + "|v3.1.1|" + copy + "||jefe.di", fixture("/change-row", "case", String.valueOf(c.id())));

        // and "Cambios" shows it in the website's history
        Browser screens = director.browser();
        screens.open(Sigti.BASE_URL + "/changes/list.xhtml?system=" + systemId);
        List<WebElement> rows = screens.all(By.cssSelector("[id='changes:list_data'] tr[data-ri]"));
        assertEquals(1, rows.size(), () -> screens.text(By.id("changes:list")));
        String row = rows.get(0).getText();
        assertTrue(row.contains(site) && row.contains("v3.1.1") && row.contains("Copia N.º " + copy)
                && row.contains(number) && row.contains("v3.0.4"), row);
        director.screenshot("changes");
    }

    @Test
    void without_a_copy_the_jefe_de_desarrollo_waives_it_and_the_change_goes_live_under_the_waiver() {
        long k = System.currentTimeMillis() % 10_000_000;
        String site = "APPSEP" + k;
        String systemId = fixture("/change-system", "of", "SEPREM", "code", site);
        Filed c = desk("solicitante.seprem").file(Draft.of(CODE, null, "Corregir enlaces de la aplicación " + k,
                "Hay enlaces rotos en la aplicación de trámites."));
        String number = c.number();
        desk("jefe.di").openFromInbox(number, "1").act("1", "continuar");
        desk("responsable.di-desarrollo").openFromInbox(number, "2").act("2", "continuar", "sistema_cambio", site);
        desk("tecnico.di-desarrollo").openFromInbox(number, "3")
                .act("3", "continuar", "cambios_realizados", "Enlaces corregidos.", "version_cambio", "a1b2c3d4e5")
                .act("4", "satisfactorias", "resultado_pruebas", "Enlaces verificados.")
                .act("5", "continuar", "informe_direccion", "Listo.", "plan_reversion", "Revertir el commit.");

        // the Director asks for the waiver; the Jefe de Desarrollo gives it with its reason; the Director approves
        Desk director = desk("jefe.di").openFromInbox(number, "6");
        assertTrue(director.tryAct("6", "aprobar").contains("no hay una copia de respaldo"));
        director.act("6", "sin_copia");
        String reason = "Corrección urgente sin cambio de datos " + k;
        desk("responsable.di-desarrollo").openFromInbox(number, "6.D").act("6.D", "continuar", "motivo_dispensa",
                reason);
        director.openFromInbox(number, "6").act("6", "aprobar");
        assertEquals("CLOSED", director.status());
        assertEquals(site + "|a1b2c3d4e5||" + reason + "|jefe.di", fixture("/change-row", "case",
                String.valueOf(c.id())));

        Browser screens = director.browser();
        screens.open(Sigti.BASE_URL + "/changes/list.xhtml?system=" + systemId);
        String row = screens.text(By.cssSelector("[id='changes:list_data'] tr[data-ri]"));
        assertTrue(row.contains("Dispensada por responsable.di-desarrollo") && row.contains(reason), row);
    }
}
