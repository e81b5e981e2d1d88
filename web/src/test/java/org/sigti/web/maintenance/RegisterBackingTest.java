package org.sigti.web.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The register's CSV export never hands a spreadsheet a formula (issue 18: formula injection in every export). */
class RegisterBackingTest {

    @Test
    void a_cell_that_starts_like_a_formula_starts_with_a_quote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", RegisterBacking.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1+cmd\"", RegisterBacking.cell("+1+cmd"));
        assertEquals("\"'-2+3\"", RegisterBacking.cell("-2+3"));
        assertEquals("\"'@SUM(1)\"", RegisterBacking.cell("@SUM(1)"));
        assertEquals("\"'\t=1+1\"", RegisterBacking.cell("\t=1+1"));
        assertEquals("\"'\r=1+1\"", RegisterBacking.cell("\r=1+1"));
    }

    @Test
    void other_cells_are_quoted_as_they_are() {
        assertEquals("\"Cambio de disco; sin observaciones\"", RegisterBacking.cell("Cambio de disco; sin observaciones"));
        assertEquals("\"a=b\"", RegisterBacking.cell("a=b"));
        assertEquals("\"\"", RegisterBacking.cell(null));
    }
}
