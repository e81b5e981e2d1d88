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

/**
 * SEPREM-DI-008.3 (procedures.md C11), the infrastructure backups, walked in real browsers from a run its schedule
 * opened ("Ejecutar ahora", done in the server by {@link WalkFixtures}): the Analista (técnico) checks the services,
 * identifies the copy and moves it to the private cloud and the external device; the Jefe de Infraestructura
 * (responsable.uit) safeguards the device and finds the copy unusable (7 ↺ 3, the detail kept on the copy); the
 * Analista runs it again; the Jefe verifies the new copy and reports, which closes the case and the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InfrastructureBackupWalkIT extends Walk {

    private static final String SHA_FIRST = "a".repeat(64);
    private static final String SHA_SECOND = "b".repeat(63) + "c";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_run_whose_first_copy_fails_verification_ends_with_a_verified_copy_and_the_run_done() {
        // given a run of a schedule (the fixture's, of the UIT): its técnico is not of SEPREM, so the run waits in
        // the DI-INFRA queue of SEPREM for its técnico
        Desk analista = desk("tecnico.di-infra");
        String[] run = fixture("/backup-run", "procedure", "SEPREM-DI-008.3", "tecnico", "tecnico").split(" ");
        String caseId = run[0];
        String number = run[1];

        // the Analista checks the services, identifies the copy and moves it twice
        analista.openFromInbox(number, "2").act("2", "continuar")
                .act("3", "continuar", "archivo", "firewall-" + number + ".cfg", "fecha_copia", "2026-12-01 23:10",
                        "tamano_bytes", "65536", "sha256", SHA_FIRST)
                .act("4", "continuar").act("5", "continuar");
        assertEquals("firewall-" + number + ".cfg,PENDING,null;|OPEN", fixture("/backup-state", "case", caseId));

        // the Jefe safeguards the device and the verification fails: back to the copy
        Desk jefe = desk("responsable.di-infra").openFromInbox(number, "6").act("6", "continuar");
        String refused = jefe.tryAct("7", "fallida");
        assertTrue(refused.contains("describa por qué falló la verificación"), refused);
        jefe.act("7", "fallida", "detalle_verificacion", "El archivo no abre: checksum distinto.");
        assertEquals(List.of("3=false"), jefe.openSteps());
        assertEquals("firewall-" + number + ".cfg,FAILED,El archivo no abre: checksum distinto.;|OPEN",
                fixture("/backup-state", "case", caseId));

        // the Analista copies again; the Jefe verifies and reports
        analista.openFromInbox(number, "3")
                .act("3", "continuar", "archivo", "firewall-" + number + "-2.cfg", "fecha_copia", "2026-12-02 08:15",
                        "tamano_bytes", "65536", "sha256", SHA_SECOND)
                .act("4", "continuar").act("5", "continuar");
        jefe.openFromInbox(number, "6").act("6", "continuar")
                .act("7", "verificada", "detalle_verificacion", "Restaurado en el equipo de pruebas.")
                .act("8", "informar");

        // then the case is closed, both copies registered, the second verified, and the run done
        jefe.assertClosed("resuelto");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 3", "3 → 4", "4 → 5",
                "5 → 6", "6 → 7", "7 → 8", "8 → END"), jefe.completions().stream()
                        .filter(s -> !s.startsWith("0 ")).toList());
        assertEquals("firewall-" + number + ".cfg,FAILED,El archivo no abre: checksum distinto.;firewall-" + number
                + "-2.cfg,VERIFIED,Restaurado en el equipo de pruebas.;|DONE",
                fixture("/backup-state", "case", caseId));
    }
}
