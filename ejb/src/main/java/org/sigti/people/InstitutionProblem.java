package org.sigti.people;

/**
 * What is wrong with a change of an institution's letterhead or numbering. Screens show
 * {@code InstitutionProblem.<VALUE>} from the bundle, with the arguments of the {@link InstitutionException} in the
 * order documented on each value.
 */
public enum InstitutionProblem {
    /** The institution's name is missing. */
    NAME_REQUIRED,
    /** The name is too long. {0}: the largest number of characters. */
    NAME_TOO_LONG,
    /** The address line is too long. {0}: the largest number of characters. */
    ADDRESS_TOO_LONG,
    /** The number format is missing. */
    NUMBER_FORMAT_REQUIRED,
    /** The number format is too long. {0}: the largest number of characters. */
    NUMBER_FORMAT_TOO_LONG,
    /** The format has no counter {N}. */
    NUMBER_FORMAT_NO_COUNTER,
    /** The format has more than one counter. */
    NUMBER_FORMAT_MANY_COUNTERS,
    /** The counter's width is 0 or too large. {0}: the counter as written, {1}: the largest width. */
    NUMBER_FORMAT_COUNTER_WIDTH,
    /** The format names a field that does not exist. {0}: the field as written, e.g. {ANO}. */
    NUMBER_FORMAT_UNKNOWN_FIELD,
    /**
     * The format leaves out the kind, the year or the issuing unit: numbers are counted per institution, unit, kind
     * and year, so two documents of different series would print the same number. {0}: the missing field, e.g.
     * {AÑO}.
     */
    NUMBER_FORMAT_MISSING_SERIES,
    /** The numbers the format makes could be longer than a document's number may be. {0}: the largest length. */
    NUMBER_TOO_LONG,
    /** No file was sent as the logo. */
    LOGO_EMPTY,
    /** The logo file is too large. {0}: the largest size in KB. */
    LOGO_TOO_LARGE,
    /** The file is neither a PNG nor a JPEG image (by its content, whatever its name). */
    LOGO_NOT_PNG_OR_JPEG,
    /** The file starts as a PNG or JPEG but cannot be read as an image (damaged, or CMYK). */
    LOGO_UNREADABLE,
    /** The image is wider or taller than allowed. {0}: the largest side in pixels. */
    LOGO_TOO_MANY_PIXELS,
    /** Someone else changed the institution since the page was opened: nothing was saved. */
    STALE
}
