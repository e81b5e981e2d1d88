package org.sigti.procedure.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.StepDefinition;

/**
 * UIT/ASS-PR01 and PR02 against their manual (UIT/ASS-M01, seed 001, tables 8.1 and 8.2; procedures.md B1, B2): the
 * nine steps in the manual's numbering, each by the performer it names, the observations loop by institutional mail
 * with copy to the Jefe and the Responsable, the checklist of step 6, and SIGTI's additions (7 ↺ 6, PR02's 8.D).
 */
class DeploymentDeclarationsTest {

    private static final ProcedureDefinition PR01 = UitAssPr01.FLOW;
    private static final ProcedureDefinition PR02 = UitAssPr02.FLOW;

    @Test
    void steps_are_numbered_as_in_the_manual() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), codes(PR01));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "8.D", "9"), codes(PR02));
        assertEquals("UIT/ASS-PR01", PR01.code());
        assertEquals("UIT/ASS-PR02", PR02.code());
        assertEquals("AGETIC (Bolivia)", PR01.institution());
        assertEquals("Procedimiento para la puesta en producción de sistemas en la AGETIC", PR01.name().es());
        assertEquals("Procedimiento para la actualización de sistemas en producción de la AGETIC", PR02.name().es());
    }

    @Test
    void performers_are_those_the_manual_names() {
        for (ProcedureDefinition def : List.of(PR01, PR02)) {
            for (String requester : List.of("1", "5", "9")) {
                assertTrue(step(def, requester).responsible().isRequester(), def.code() + " " + requester);
            }
            assertPerformer(def, "2", Roles.JEFE);      // Jefe de la UIT
            assertPerformer(def, "3", Roles.RESPONSABLE); // Responsable de Servidores y Servicios
            assertPerformer(def, "4", Roles.TECNICO);   // Profesional de Servidores y Servicios
            assertPerformer(def, "6", Roles.TECNICO);
            assertPerformer(def, "7", Roles.RESPONSABLE);
            assertPerformer(def, "8", Roles.JEFE);
        }
        assertPerformer(PR02, "8.D", Roles.RESPONSABLE);
    }

    @Test
    void observations_go_to_the_requester_by_mail_with_copy_to_the_jefe_and_the_responsable_and_come_back() {
        for (ProcedureDefinition def : List.of(PR01, PR02)) {
            StepDefinition start = step(def, "4");
            assertEquals(List.of("5"), start.outcome(DeploymentProcedure.OBSERVED).orElseThrow().targets());
            assertEquals(List.of("6"), start.outcome(DeploymentProcedure.READY).orElseThrow().targets());
            assertEquals(List.of("4"), step(def, "5").outcomes().get(0).targets());
            var mail = start.notifications().stream().filter(n -> n.sentOn(DeploymentProcedure.OBSERVED)).findFirst()
                    .orElseThrow();
            assertEquals(List.of(Recipient.requester()), mail.to());
            assertEquals(List.of(Recipient.role(Roles.JEFE, "UIT"), Recipient.role(Roles.RESPONSABLE, "UIT")),
                    mail.cc());
            assertFalse(start.notifications().stream().anyMatch(n -> n.sentOn(DeploymentProcedure.READY)));
            assertTrue(step(def, "5").field("informacion_completada").orElseThrow().required());
        }
    }

    @Test
    void the_deployment_records_the_checklist_of_backups_ports_and_policies_for_a_system_of_the_catalog() {
        for (ProcedureDefinition def : List.of(PR01, PR02)) {
            StepDefinition deploy = step(def, "6");
            for (FieldDefinition f : List.of(Deployments.SYSTEM, Deployments.VERSION, Deployments.CHECK_BACKUPS,
                    Deployments.CHECK_PORTS, Deployments.CHECK_POLICIES, Deployments.CHECK_DETAILS,
                    Deployments.CONCLUSION)) {
                assertTrue(deploy.field(f.name()).orElseThrow().required(), def.code() + " " + f.name());
            }
            assertEquals("Informe de conclusión", deploy.output());
        }
        assertEquals(List.of("INFORME", "NOTA"), step(PR02, "6").field(Deployments.DOCUMENT.name()).orElseThrow()
                .options().stream().map(o -> o.value()).toList());
        assertTrue(step(PR01, "6").field(Deployments.DOCUMENT.name()).isEmpty(), "PR01 always writes an Informe");
    }

    @Test
    void the_responsable_approves_or_returns_the_report_the_jefe_writes_the_nota_interna_and_the_requester_closes() {
        for (ProcedureDefinition def : List.of(PR01, PR02)) {
            assertEquals(List.of("8"), step(def, "7").outcome("aprobar").orElseThrow().targets());
            assertEquals(List.of("6"), step(def, "7").outcome("devolver").orElseThrow().targets());
            assertEquals(List.of("9"), step(def, "8").outcome("aprobar").orElseThrow().targets());
            assertEquals("Nota Interna", step(def, "8").output());
            assertTrue(step(def, "9").outcome("recibir").orElseThrow().ends());
        }
        assertEquals(List.of("8.D"), step(PR02, "8").outcome(UitAssPr02.ASK_WAIVER).orElseThrow().targets());
        assertEquals(List.of("8"), step(PR02, "8.D").outcomes().get(0).targets());
    }

    @Test
    void no_field_and_no_mail_carries_a_credential() {
        for (ProcedureDefinition def : List.of(PR01, PR02)) {
            def.steps().forEach(s -> s.fields().forEach(f -> assertFalse(f.name().matches(
                    ".*(credencial|token|clave|llave|password|secret).*"), def.code() + " " + f.name())));
        }
    }

    private static void assertPerformer(ProcedureDefinition def, String code, String role) {
        assertEquals(role, step(def, code).responsible().role(), def.code() + " " + code);
        assertEquals("UIT", step(def, code).responsible().queue(), def.code() + " " + code);
    }

    private static StepDefinition step(ProcedureDefinition def, String code) {
        return def.step(code).orElseThrow();
    }

    private static List<String> codes(ProcedureDefinition def) {
        return def.steps().stream().map(StepDefinition::code).toList();
    }
}
