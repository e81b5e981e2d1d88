package org.sigti.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks on the Jefe's letterhead and numbering changes: a logo is judged by its content (PNG or JPEG by its first
 * bytes, at most 512 KB, a readable image), never by its name; a number format must have its counter and known
 * fields only, and make numbers that fit a document.
 */
class InstitutionRulesTest {

    @Test
    void a_png_and_a_jpeg_logo_are_accepted_by_their_content() throws IOException {
        assertEquals(InstitutionRules.ImageType.PNG, InstitutionRules.checkLogo(image("png", 120, 60,
                BufferedImage.TYPE_INT_ARGB)));
        assertEquals(InstitutionRules.ImageType.JPEG, InstitutionRules.checkLogo(image("jpeg", 120, 60,
                BufferedImage.TYPE_INT_RGB)));
    }

    @Test
    void a_file_that_is_neither_png_nor_jpeg_is_refused_whatever_it_claims() throws IOException {
        refused(InstitutionProblem.LOGO_NOT_PNG_OR_JPEG, () -> InstitutionRules.checkLogo(image("gif", 20, 20,
                BufferedImage.TYPE_INT_RGB)));
        refused(InstitutionProblem.LOGO_NOT_PNG_OR_JPEG, () -> InstitutionRules.checkLogo(
                "%PDF-1.7 logo.png".getBytes(StandardCharsets.US_ASCII)));
        refused(InstitutionProblem.LOGO_NOT_PNG_OR_JPEG, () -> InstitutionRules.checkLogo(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void a_file_that_starts_like_a_png_but_is_no_image_is_refused() throws IOException {
        byte[] png = image("png", 120, 60, BufferedImage.TYPE_INT_RGB);
        refused(InstitutionProblem.LOGO_UNREADABLE, () -> InstitutionRules.checkLogo(Arrays.copyOf(png, 40)));
        byte[] garbage = new byte[2000];
        new Random(7).nextBytes(garbage);
        System.arraycopy(png, 0, garbage, 0, 8);
        refused(InstitutionProblem.LOGO_UNREADABLE, () -> InstitutionRules.checkLogo(garbage));
        refused(InstitutionProblem.LOGO_UNREADABLE, () -> InstitutionRules.checkLogo(new byte[] {(byte) 0xFF,
                (byte) 0xD8, (byte) 0xFF, 0, 1, 2}));
    }

    @Test
    void an_empty_a_too_large_and_a_too_wide_logo_are_refused() throws IOException {
        refused(InstitutionProblem.LOGO_EMPTY, () -> InstitutionRules.checkLogo(null));
        refused(InstitutionProblem.LOGO_EMPTY, () -> InstitutionRules.checkLogo(new byte[0]));
        byte[] large = Arrays.copyOf(image("png", 10, 10, BufferedImage.TYPE_INT_RGB),
                InstitutionRules.MAX_LOGO_KB * 1024 + 1);
        InstitutionException tooLarge = refused(InstitutionProblem.LOGO_TOO_LARGE,
                () -> InstitutionRules.checkLogo(large));
        assertArrayEquals(new Object[] {512}, tooLarge.getArguments());
        refused(InstitutionProblem.LOGO_TOO_MANY_PIXELS, () -> InstitutionRules.checkLogo(image("png",
                InstitutionRules.MAX_LOGO_PIXELS + 1, 1, BufferedImage.TYPE_INT_RGB)));
    }

    @Test
    void the_name_is_required_and_stripped_and_a_blank_address_is_none() {
        assertEquals("Ministerio de Defensa", InstitutionRules.checkName("  Ministerio de Defensa "));
        refused(InstitutionProblem.NAME_REQUIRED, () -> InstitutionRules.checkName("   "));
        refused(InstitutionProblem.NAME_TOO_LONG, () -> InstitutionRules.checkName("x".repeat(201)));
        assertNull(InstitutionRules.checkAddress("  "));
        assertEquals("Av. Arce 2799", InstitutionRules.checkAddress(" Av. Arce 2799"));
        refused(InstitutionProblem.ADDRESS_TOO_LONG, () -> InstitutionRules.checkAddress("x".repeat(301)));
    }

    @Test
    void a_number_format_needs_its_counter_and_known_fields() {
        assertEquals("{TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD}",
                InstitutionRules.checkNumberFormat(" {TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD} "));
        refused(InstitutionProblem.NUMBER_FORMAT_REQUIRED, () -> InstitutionRules.checkNumberFormat(null));
        refused(InstitutionProblem.NUMBER_FORMAT_NO_COUNTER, () -> InstitutionRules.checkNumberFormat(
                "{TIPO} N° -{AÑO}"));
        refused(InstitutionProblem.NUMBER_FORMAT_MANY_COUNTERS, () -> InstitutionRules.checkNumberFormat(
                "{N}-{N:3}"));
        InstitutionException width = refused(InstitutionProblem.NUMBER_FORMAT_COUNTER_WIDTH,
                () -> InstitutionRules.checkNumberFormat("{TIPO} {N:0}"));
        assertArrayEquals(new Object[] {"{N:0}", 18}, width.getArguments());
        InstitutionException unknown = refused(InstitutionProblem.NUMBER_FORMAT_UNKNOWN_FIELD,
                () -> InstitutionRules.checkNumberFormat("{TIPO} {N:6}-{ANO}"));
        assertArrayEquals(new Object[] {"{ANO}"}, unknown.getArguments());
    }

    @Test
    void a_number_format_writes_the_kind_the_year_and_the_unit_its_counter_restarts_for() {
        assertEquals("{TIPO} {N}-{AÑO}/{UNIDAD}", InstitutionRules.checkNumberFormat("{TIPO} {N}-{AÑO}/{UNIDAD}"));
        assertArrayEquals(new Object[] {"{TIPO}"}, refused(InstitutionProblem.NUMBER_FORMAT_MISSING_SERIES,
                () -> InstitutionRules.checkNumberFormat("N° {N:6}-{AÑO}-{INST}/{UNIDAD}")).getArguments());
        assertArrayEquals(new Object[] {"{AÑO}"}, refused(InstitutionProblem.NUMBER_FORMAT_MISSING_SERIES,
                () -> InstitutionRules.checkNumberFormat("{TIPO} N° {N:6}-{INST}/{UNIDAD}")).getArguments());
        assertArrayEquals(new Object[] {"{UNIDAD}"}, refused(InstitutionProblem.NUMBER_FORMAT_MISSING_SERIES,
                () -> InstitutionRules.checkNumberFormat("{TIPO} N° {N:6}-{AÑO}-{INST}")).getArguments());
    }

    @Test
    void a_number_format_too_long_or_making_too_long_numbers_is_refused() {
        refused(InstitutionProblem.NUMBER_FORMAT_TOO_LONG, () -> InstitutionRules.checkNumberFormat(
                "{N}" + "-".repeat(98)));
        refused(InstitutionProblem.NUMBER_TOO_LONG, () -> InstitutionRules.checkNumberFormat(
                "{TIPO} {AÑO} {N:6}" + "/{UNIDAD}".repeat(9)));
    }

    private static InstitutionException refused(InstitutionProblem problem, Executable check) {
        InstitutionException e = assertThrows(InstitutionException.class, check);
        assertEquals(problem, e.getProblem(), e::getMessage);
        return e;
    }

    private static byte[] image(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(11, 61, 110));
            g.fillRect(0, 0, width / 2 + 1, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("No writer for " + format);
        }
        return out.toByteArray();
    }
}
