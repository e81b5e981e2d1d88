package org.sigti.procedure.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Responsible;

/** The help desk's ticket inside the lifecycle procedures: filed by SIGTI, evaluated and assigned, then closed. */
class HelpDeskTicketTest {

    private final ProcedureDefinition ticket = HelpDeskTicket.FLOW;

    @Test
    void the_ticket_is_filed_by_sigti_only_and_worked_by_the_help_desk() {
        assertTrue(ticket.startedBySystemOnly());
        assertEquals(List.of("0", "1", "2"), ticket.steps().stream().map(s -> s.code()).toList());
        assertEquals(Responsible.of(Roles.OPERADOR, "MESA"), ticket.step("1").orElseThrow().responsible());
        assertEquals(Responsible.of(Roles.OPERADOR, "MESA"), ticket.step("2").orElseThrow().responsible());
        assertEquals("Evaluar el ticket y asignarlo", ticket.step("1").orElseThrow().title().es());
        assertEquals("Cerrar el ticket", ticket.step("2").orElseThrow().title().es());
    }

    @Test
    void the_desk_records_whom_it_assigns_and_the_action_it_closes_with() {
        assertTrue(ticket.step("1").orElseThrow().field(HelpDeskTicket.ASSIGNED_TO.name()).orElseThrow().required());
        assertTrue(ticket.step("2").orElseThrow().field(HelpDeskTicket.ACTION.name()).orElseThrow().required());
        assertTrue(ticket.step("2").orElseThrow().outcome(HelpDeskTicket.CLOSED).orElseThrow().ends());
    }

    @Test
    void its_code_cannot_clash_with_the_manual_numbering() {
        assertTrue(HelpDeskTicket.CODE.matches("S04\\.02\\.00\\.[A-Z]"));
    }
}
