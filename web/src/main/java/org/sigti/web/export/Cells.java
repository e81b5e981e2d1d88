package org.sigti.web.export;

/** What goes into an exported cell. */
public final class Cells {

    /** The characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
    private static final String FORMULA_START = "=+-@\t\r";

    private Cells() {
    }

    /**
     * The text of a cell, with a leading formula character neutralised by a quote so that a spreadsheet never runs
     * it; null is an empty cell.
     */
    public static String neutralised(String value) {
        String v = value == null ? "" : value;
        return !v.isEmpty() && FORMULA_START.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    /** A neutralised CSV cell, quoted (its quotes doubled), as the ';'-separated exports write every cell. */
    public static String csv(String value) {
        return "\"" + neutralised(value).replace("\"", "\"\"") + "\"";
    }
}
