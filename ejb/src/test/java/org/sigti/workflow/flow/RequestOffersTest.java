package org.sigti.workflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.flow.RequestOffers.Choice;

/** "Nueva solicitud" in the requester's words, most asked for first; the IT office reads codes and names. */
class RequestOffersTest {

    private static final ProcedureDefinition SUPPORT = declared("S04.03.04.02", "Atención de requerimientos de"
            + " soporte técnico", 10, "Tengo un problema con mi equipo, un programa o un sistema");
    private static final ProcedureDefinition ACCOUNTS = declared("S04.03.01.01", "Creación y modificación de cuentas,"
            + " accesos y privilegios", 20, "Necesito una cuenta, un acceso o un permiso");
    private static final ProcedureDefinition UNOFFERED = declared("S04.01.00.03", "Gestión de la seguridad de la"
            + " información", null, null);

    @Test
    void a_requester_reads_services_in_their_words_ranked_then_the_rest_by_name() {
        List<Choice> choices = RequestOffers.of(List.of(UNOFFERED, ACCOUNTS, SUPPORT), false);
        assertEquals(List.of("S04.03.04.02", "S04.03.01.01", "S04.01.00.03"), choices.stream()
                .map(Choice::procedure).toList());
        assertEquals(List.of("Tengo un problema con mi equipo, un programa o un sistema",
                "Necesito una cuenta, un acceso o un permiso", "Gestión de la seguridad de la información"),
                choices.stream().map(c -> c.label().es()).toList());
    }

    @Test
    void the_it_office_reads_the_manuals_codes_and_names() {
        assertEquals(List.of("S04.01.00.03 — Gestión de la seguridad de la información",
                "S04.03.01.01 — Creación y modificación de cuentas, accesos y privilegios",
                "S04.03.04.02 — Atención de requerimientos de soporte técnico"),
                RequestOffers.of(List.of(SUPPORT, UNOFFERED, ACCOUNTS), true).stream().map(c -> c.label().es())
                        .toList());
    }

    @Test
    void a_procedure_only_sigti_opens_is_offered_to_nobody() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ProcedureDefinition
                .builder("X-1", "MINDEF (Perú)", Text.of("X", "X")).startedBySystemOnly()
                .offeredAs(1, Text.of("Quiero X", "I want X")).step("1", Text.of("Uno", "One")).byRequester()
                .end("fin", Text.of("Fin", "End"), "SOLVED").then().build());
        assertEquals("X-1: a procedure only SIGTI opens is offered to nobody", refused.getMessage());
    }

    private static ProcedureDefinition declared(String code, String name, Integer rank, String plain) {
        ProcedureDefinition.Builder<Object> b = ProcedureDefinition.builder(code, "MINDEF (Perú)", Text.of(name, name));
        if (rank != null) {
            b.offeredAs(rank, Text.of(plain, plain));
        }
        return b.step("1", Text.of("Uno", "One")).byRequester().end("fin", Text.of("Fin", "End"), "SOLVED").then().build();
    }
}
