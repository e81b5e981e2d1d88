package org.sigti.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An export never hands a spreadsheet a formula (issue 18: formula injection in every export). */
class CellsTest {

    @Test
    void a_cell_that_starts_like_a_formula_starts_with_a_quote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Cells.csv("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1+cmd\"", Cells.csv("+1+cmd"));
        assertEquals("\"'-2+3\"", Cells.csv("-2+3"));
        assertEquals("\"'@SUM(1)\"", Cells.csv("@SUM(1)"));
        assertEquals("\"'\t=1+1\"", Cells.csv("\t=1+1"));
        assertEquals("\"'\r=1+1\"", Cells.csv("\r=1+1"));
    }

    @Test
    void other_cells_are_quoted_as_they_are() {
        assertEquals("\"Cambio de disco; sin observaciones\"", Cells.csv("Cambio de disco; sin observaciones"));
        assertEquals("\"a=b\"", Cells.csv("a=b"));
        assertEquals("\"\"", Cells.csv(null));
    }
}
