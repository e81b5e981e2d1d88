package org.sigti.people;

/**
 * The Jefe's change of their institution's letterhead text and numbering.
 *
 * @param institution     the institution's code, which must be the Jefe's
 * @param expectedVersion the {@link LetterheadSettings#version()} the screen started from
 * @param name            the name printed on the letterhead
 * @param address         the address line; blank for none
 * @param numberFormat    the document numbers' format, with its counter {@code {N}}
 */
public record LetterheadEdit(String institution, long expectedVersion, String name, String address,
        String numberFormat) {
}
