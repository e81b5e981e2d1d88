package org.sigti.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.maintenance.ContractorVisitors.Visitor;
import org.sigti.workflow.WorkflowException;

/** The people of a contractor's ticket (S04.03.01.03 steps 6 and 9): name and a DNI of 8 digits, one a line. */
class ContractorVisitorsTest {

    @Test
    void one_visitor_a_line_with_comma_or_semicolon() {
        assertEquals(List.of(new Visitor("Ana Pérez", "12345678"), new Visitor("Soto, Luis", "87654321")),
                ContractorVisitors.parse("Ana Pérez, 12345678\r\n\n  Soto, Luis; 87654321 \n"));
    }

    @Test
    void a_dni_has_exactly_eight_digits() {
        for (String bad : List.of("1234567", "123456789", "1234567A", "DNI 12345678")) {
            WorkflowException e = assertThrows(WorkflowException.class,
                    () -> ContractorVisitors.parse("Ana Pérez, " + bad));
            assertEquals("datacenter.dni.invalid", e.messageKey(), bad);
        }
    }

    @Test
    void a_line_without_dni_a_repeated_dni_or_an_empty_list_is_refused() {
        assertEquals("datacenter.visitors.format", assertThrows(WorkflowException.class,
                () -> ContractorVisitors.parse("Ana Pérez 12345678")).messageKey());
        assertEquals("datacenter.visitors.format", assertThrows(WorkflowException.class,
                () -> ContractorVisitors.parse(" \n ")).messageKey());
        assertEquals("datacenter.visitors.duplicate", assertThrows(WorkflowException.class,
                () -> ContractorVisitors.parse("Ana, 12345678\nBeto, 12345678")).messageKey());
    }
}
