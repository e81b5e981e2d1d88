package org.sigti.people;

import java.io.Serializable;

/**
 * An institution's letterhead and numbering as the "Institución" screen shows them.
 *
 * @param code         the institution's code, e.g. MINDEF
 * @param catalogName  the institution as the catalog writes it, e.g. "MINDEF (Perú)"
 * @param name         the name printed on the letterhead
 * @param address      the address line, or null
 * @param logo         whether the letterhead prints a logo
 * @param numberFormat how its documents are numbered, e.g. {@code {TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD}}
 * @param version      the row's version, which a change must still match
 */
public record LetterheadSettings(String code, String catalogName, String name, String address, boolean logo,
        String numberFormat, long version) implements Serializable {
}
