package org.sigti.people;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.NumberFormat;
import org.sigti.unit.Institution;

/**
 * The checks on the Jefe's changes to their institution's letterhead and numbering, each failing with an
 * {@link InstitutionException} that names the problem; plain Java so that they are tested without a server. A logo is
 * judged by its content, never by its name or the browser's word: PNG or JPEG by its first bytes, small enough, and
 * readable as an image, so that every document can print it.
 */
public final class InstitutionRules {

    /** The largest logo file. A letterhead logo is printed 40 points high: a few dozen KB are plenty. */
    public static final int MAX_LOGO_KB = 512;
    /** The largest side of a logo in pixels (a larger image is only a slower document). */
    public static final int MAX_LOGO_PIXELS = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** What a logo is, by its first bytes. */
    public enum ImageType {
        PNG("png", "image/png"), JPEG("jpeg", "image/jpeg");

        private final String format;
        private final String mediaType;

        ImageType(String format, String mediaType) {
            this.format = format;
            this.mediaType = mediaType;
        }

        /** The media type to serve it with. */
        public String mediaType() {
            return mediaType;
        }
    }

    private InstitutionRules() {
    }

    /** The institution's name, stripped: required, at most {@link Institution#NAME_MAXLENGTH} characters. */
    public static String checkName(String name) {
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty()) {
            throw new InstitutionException(InstitutionProblem.NAME_REQUIRED);
        }
        if (checked.length() > Institution.NAME_MAXLENGTH) {
            throw new InstitutionException(InstitutionProblem.NAME_TOO_LONG, Institution.NAME_MAXLENGTH);
        }
        return checked;
    }

    /** The address line, stripped, or null for none: at most {@link Institution#ADDRESS_MAXLENGTH} characters. */
    public static String checkAddress(String address) {
        String checked = address == null ? "" : address.strip();
        if (checked.length() > Institution.ADDRESS_MAXLENGTH) {
            throw new InstitutionException(InstitutionProblem.ADDRESS_TOO_LONG, Institution.ADDRESS_MAXLENGTH);
        }
        return checked.isEmpty() ? null : checked;
    }

    /**
     * The fields a number format must write, because the counter {@code {N}} restarts for each of them: without one,
     * two documents of different series (an oficio and a memorándum, this year's and last year's, two units') would
     * print the same number.
     */
    static final List<String> SERIES_FIELDS = List.of("{TIPO}", "{AÑO}", "{UNIDAD}");

    /**
     * The number format, stripped: one counter {@code {N}}, only the fields {@link NumberFormat} knows, each field of
     * a series ({@link #SERIES_FIELDS}), and numbers that fit a document's number even for the longest kind and
     * codes.
     */
    public static String checkNumberFormat(String format) {
        String checked = format == null ? "" : format.strip();
        if (checked.isEmpty()) {
            throw new InstitutionException(InstitutionProblem.NUMBER_FORMAT_REQUIRED);
        }
        if (checked.length() > Institution.NUMBER_FORMAT_MAXLENGTH) {
            throw new InstitutionException(InstitutionProblem.NUMBER_FORMAT_TOO_LONG,
                    Institution.NUMBER_FORMAT_MAXLENGTH);
        }
        Optional<NumberFormat.Problem> problem = NumberFormat.flaw(checked);
        if (problem.isPresent()) {
            throw switch (problem.get().flaw()) {
                case NO_COUNTER -> new InstitutionException(InstitutionProblem.NUMBER_FORMAT_NO_COUNTER);
                case MANY_COUNTERS -> new InstitutionException(InstitutionProblem.NUMBER_FORMAT_MANY_COUNTERS);
                case COUNTER_WIDTH -> new InstitutionException(InstitutionProblem.NUMBER_FORMAT_COUNTER_WIDTH,
                        problem.get().field(), NumberFormat.MAX_WIDTH);
                case UNKNOWN_FIELD -> new InstitutionException(InstitutionProblem.NUMBER_FORMAT_UNKNOWN_FIELD,
                        problem.get().field());
            };
        }
        for (String field : SERIES_FIELDS) {
            if (!checked.contains(field)) {
                throw new InstitutionException(InstitutionProblem.NUMBER_FORMAT_MISSING_SERIES, field);
            }
        }
        String longestHeading = Arrays.stream(OfficialDocumentKind.values()).map(OfficialDocumentKind::heading)
                .reduce((a, b) -> a.length() >= b.length() ? a : b).orElseThrow();
        String longestCode = "X".repeat(Institution.CODE_MAXLENGTH);
        String longest = NumberFormat.render(checked, longestHeading, 999_999, 9999, longestCode, longestCode);
        if (longest.length() > OfficialDocument.NUMBER_MAXLENGTH) {
            throw new InstitutionException(InstitutionProblem.NUMBER_TOO_LONG, OfficialDocument.NUMBER_MAXLENGTH);
        }
        return checked;
    }

    /**
     * Checks a logo file and says what it is: a PNG or a JPEG by its first bytes, at most {@link #MAX_LOGO_KB} KB and
     * {@link #MAX_LOGO_PIXELS} pixels a side (read from its header before the image is decoded), and decodable.
     */
    public static ImageType checkLogo(byte[] logo) {
        if (logo == null || logo.length == 0) {
            throw new InstitutionException(InstitutionProblem.LOGO_EMPTY);
        }
        if (logo.length > MAX_LOGO_KB * 1024) {
            throw new InstitutionException(InstitutionProblem.LOGO_TOO_LARGE, MAX_LOGO_KB);
        }
        ImageType type = typeOf(logo).orElseThrow(
                () -> new InstitutionException(InstitutionProblem.LOGO_NOT_PNG_OR_JPEG));
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("This JVM reads no " + type + " images.");
        }
        ImageReader reader = readers.next();
        boolean tooManyPixels = false;
        BufferedImage image = null;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(logo))) {
            reader.setInput(in, true, true);
            tooManyPixels = reader.getWidth(0) > MAX_LOGO_PIXELS || reader.getHeight(0) > MAX_LOGO_PIXELS;
            if (!tooManyPixels) {
                image = reader.read(0);
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports a damaged or unsupported file (a CMYK JPEG) with IOExceptions and runtime exceptions
            throw new InstitutionException(InstitutionProblem.LOGO_UNREADABLE);
        } finally {
            reader.dispose();
        }
        if (tooManyPixels) {
            throw new InstitutionException(InstitutionProblem.LOGO_TOO_MANY_PIXELS, MAX_LOGO_PIXELS);
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new InstitutionException(InstitutionProblem.LOGO_UNREADABLE);
        }
        return type;
    }

    /** What an image is by its first bytes, or empty when it is neither a PNG nor a JPEG. */
    public static Optional<ImageType> typeOf(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of(ImageType.PNG);
        }
        return startsWith(content, JPEG) ? Optional.of(ImageType.JPEG) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
