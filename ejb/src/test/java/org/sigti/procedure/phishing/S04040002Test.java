package org.sigti.procedure.phishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.intake.ForwardedMail;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.StepDefinition;

/** S04.04.00.02 as the manual writes it: 21 steps, its performers, its branches, the parallel one after 12. */
class S04040002Test {

    @Test
    void it_has_the_manual_s_21_steps_and_the_first_is_any_employee_s() {
        assertEquals(21, S04040002.FLOW.steps().size());
        for (int n = 1; n <= 21; n++) {
            assertTrue(S04040002.FLOW.step(String.valueOf(n)).isPresent(), "step " + n);
        }
        assertTrue(S04040002.FLOW.start().responsible().isRequester());
        assertEquals("1", S04040002.FLOW.start().code());
    }

    @Test
    void each_step_is_done_by_the_role_map_s_performer() {
        Map<String, Responsible> expected = new LinkedHashMap<>();
        for (String step : List.of("2", "13")) {
            expected.put(step, Responsible.of(Roles.OPERADOR, "MESA"));
        }
        for (String step : List.of("3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "18", "19")) {
            expected.put(step, Responsible.of(Roles.TECNICO, "CIBER")); // Técnico Informático Especialista
        }
        for (String step : List.of("14", "15", "16")) {
            expected.put(step, Responsible.of(Roles.TECNICO, "INFRA")); // Responsable de infraestructura; Profesional
        }
        expected.put("17", Responsible.of(Roles.RESPONSABLE, "SGSI")); // Especialista de seguridad de la información
        expected.put("20", Responsible.of(Roles.RESPONSABLE, "CIBER")); // coordinación del equipo de ciberseguridad
        expected.put("21", Responsible.of(Roles.JEFE, "JEFATURA"));
        expected.forEach((step, who) -> assertEquals(who, S04040002.FLOW.step(step).orElseThrow().responsible(),
                "step " + step));
    }

    @Test
    void the_branches_go_where_the_manual_sends_them() {
        assertEquals(Map.of("spam", List.of("6"), "phishing", List.of("8")), targets("5"));
        assertEquals(Map.of("concretado", List.of("11"), "no_concretado", List.of("9")), targets("8"));
        assertEquals(List.of("7"), targets("6").values().iterator().next());
        assertTrue(step("7").outcomes().get(0).ends());
        assertEquals(List.of("10"), targets("9").values().iterator().next());
        assertTrue(step("10").outcomes().get(0).ends());
        // 12: "Continuar en paralelo con las actividades 13 y 18"
        assertEquals(Map.of("comunicar", List.of("13", "18")), targets("12"));
        assertEquals(Map.of("eliminar_cuenta", List.of("15"), "conservar_cuenta", List.of("15")), targets("14"));
        for (String[] hop : new String[][] {{"13", "14"}, {"15", "16"}, {"16", "17"}, {"18", "19"}, {"19", "20"},
                {"17", "21"}, {"20", "21"}}) {
            assertEquals(List.of(hop[1]), targets(hop[0]).values().iterator().next(), hop[0]);
        }
        assertTrue(step("21").join(), "the Jefe takes note once both branches are done");
        assertTrue(step("21").outcomes().get(0).ends());
    }

    @Test
    void a_forwarded_mail_fills_the_sender_ips_links_and_attachments() {
        Map<String, String> values = new PhishingMailFields().values(new ForwardedMail("x@falso.example",
                List.of("198.51.100.2", "203.0.113.9"), List.of("https://falso.example/a"), List.of()));
        assertEquals(Map.of("remitente", "x@falso.example", "ips_encabezados", "198.51.100.2\n203.0.113.9",
                "enlaces", "https://falso.example/a", "adjuntos", ""), values);
        for (String name : values.keySet()) {
            assertTrue(S04040002.FLOW.declares(name), name);
        }
        assertEquals(S04040002.CODE, new PhishingMailFields().procedure());
    }

    @Test
    void the_alert_address_is_the_alert_mailbox_s_unless_named() {
        Map<String, String> env = Map.of("SIGTI_INTAKE_MAILBOXES", "mesa,alerta",
                "SIGTI_INTAKE_MESA_URL", "imap://mesa@h/INBOX", "SIGTI_INTAKE_MESA_PASSWORD", "x",
                "SIGTI_INTAKE_MESA_PROCEDURE", "S04.03.04.02", "SIGTI_INTAKE_MESA_ADDRESS", "mesa@mindef.gob.pe",
                "SIGTI_INTAKE_ALERTA_URL", "imap://alerta@h/INBOX", "SIGTI_INTAKE_ALERTA_PASSWORD", "x",
                "SIGTI_INTAKE_ALERTA_PROCEDURE", "S04.04.00.02", "SIGTI_INTAKE_ALERTA_ADDRESS", "Alerta@MINDEF.gob.pe");
        assertEquals("alerta@mindef.gob.pe", PhishingAlerts.alertAddress(env));
        Map<String, String> named = new LinkedHashMap<>(env);
        named.put("SIGTI_ALERT_ADDRESS", "seguridad@mindef.gob.pe");
        assertEquals("seguridad@mindef.gob.pe", PhishingAlerts.alertAddress(named));
        assertEquals(null, PhishingAlerts.alertAddress(Map.of()));
    }

    private static StepDefinition step(String code) {
        return S04040002.FLOW.step(code).orElseThrow();
    }

    private static Map<String, List<String>> targets(String code) {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        for (Outcome o : step(code).outcomes()) {
            targets.put(o.key(), o.targets());
        }
        return targets;
    }
}
