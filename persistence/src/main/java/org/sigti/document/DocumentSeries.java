package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The numbering of one kind of document: its stable code, the key of its counters and of the case field that keeps
 * an issued number ({@code SUPPORT_FORM}, {@code SERVICE_SLIP}...), and the prefix its numbers carry, as
 * {@code <prefix>-<year>-<6 digits>}: {@code R1-2026-000012}. The codes are the names the documents had when they
 * were an enum, so the counters and issued numbers recorded since stay valid.
 *
 * @param code   upper-case letters, digits and underscores, at most {@value #CODE_MAXLENGTH} characters
 * @param prefix upper-case letters and digits, at most {@value #PREFIX_MAXLENGTH} characters
 */
public record DocumentSeries(String code, String prefix) {

    /** The length of {@code document_counter.doc_type}. */
    public static final int CODE_MAXLENGTH = 20;
    public static final int PREFIX_MAXLENGTH = 10;

    /** The first and the last year a number can carry (four digits). */
    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (CODE_MAXLENGTH - 1) + "}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0," + (PREFIX_MAXLENGTH - 1) + "}");

    public DocumentSeries {
        requireNonNull(code, "Document code is required.");
        requireNonNull(prefix, "Document prefix is required.");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A document code is upper-case letters, digits and _, at most "
                    + CODE_MAXLENGTH + " characters: " + code);
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A document prefix is upper-case letters and digits, at most "
                    + PREFIX_MAXLENGTH + " characters: " + prefix);
        }
    }

    /**
     * The document number for a sequence value: {@code number(2026, 12)} of the series R1 is {@code R1-2026-000012}.
     * Past 999999 the number simply gets longer.
     */
    public String number(int year, long sequence) {
        checkYear(year);
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequence must be positive: " + sequence);
        }
        return String.format("%s-%04d-%06d", prefix, year, sequence);
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("Year must have four digits: " + year);
        }
    }
}
