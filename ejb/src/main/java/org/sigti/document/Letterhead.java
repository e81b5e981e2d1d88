package org.sigti.document;

import static java.util.Objects.requireNonNull;

/**
 * The institution's letterhead, printed at the top of every page of every document: its name, the unit that issues
 * the document, an address line and, optionally, its logo. A plain value the callers build; an institution's comes
 * from its {@code institution} row, which its Jefe edits on the "Institución" screen
 * ({@code org.sigti.people.Institutions#letterhead}).
 *
 * @param institution the institution's name, e.g. "Defensoría del Pueblo"; required
 * @param unit        the issuing unit, e.g. "Unidad de Tecnologías de la Información"; null or blank for none
 * @param address     one address line; null or blank for none
 * @param logo        the logo as PNG (or JPEG) bytes; null for none
 */
public record Letterhead(String institution, String unit, String address, byte[] logo) {

    public Letterhead {
        requireNonNull(institution, "Institution is required.");
    }

    /** A letterhead with the institution's name only. */
    public static Letterhead of(String institution) {
        return new Letterhead(institution, null, null, null);
    }
}
