package org.sigti.document;

/**
 * The kinds of official document the manuals exchange (nota, nota interna, oficio, oficio múltiple, memorándum,
 * informe, acta, dictamen técnico, resolución), as kernel data: a procedure names the kind it issues, and the kind
 * gives the template every document of it follows. Every template has the same structured fields (addressee(s),
 * "Asunto", "Referencia", date) plus paragraphs; a kind only says how its number is headed ({@code {TIPO}} in the
 * institution's format, e.g. OFICIO, NOTA INTERNA, MEMORÁNDUM) and whether it goes to several addressees. A
 * template per procedure (fixed paragraphs, more fields) can be declared beside the procedure later.
 */
public enum OfficialDocumentKind {

    NOTA("NOTA", false),
    NOTA_INTERNA("NOTA INTERNA", false),
    OFICIO("OFICIO", false),
    OFICIO_MULTIPLE("OFICIO MÚLTIPLE", true),
    MEMORANDUM("MEMORÁNDUM", true),
    INFORME("INFORME", false),
    ACTA("ACTA", true),
    DICTAMEN_TECNICO("DICTAMEN TÉCNICO", false),
    RESOLUCION("RESOLUCIÓN", false);

    private final String heading;
    private final boolean manyAddressees;

    OfficialDocumentKind(String heading, boolean manyAddressees) {
        this.heading = heading;
        this.manyAddressees = manyAddressees;
    }

    /** The kind as the number and the PDF head it ({@code {TIPO}}): OFICIO, NOTA INTERNA, MEMORÁNDUM. */
    public String heading() {
        return heading;
    }

    /** Whether the template addresses several people at once (oficio múltiple, memorándum, acta). */
    public boolean manyAddressees() {
        return manyAddressees;
    }
}
