package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads generated PDFs back, as a person would: the text in reading order, page by page. */
public final class Pdfs {

    private Pdfs() {
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text. */
    public static String text(byte[] pdf) {
        return IntStream.rangeClosed(1, pages(pdf)).mapToObj(page -> page(pdf, page))
                .collect(Collectors.joining("\n"));
    }

    /** The text of one page (from 1). */
    public static String page(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space as one space, for checks across line breaks. */
    public static String flat(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    /** Every expected piece is in the text; the failure lists all the missing ones and the text. */
    public static void assertShows(String text, String... expected) {
        List<String> missing = Arrays.stream(expected).filter(piece -> !text.contains(piece)).toList();
        assertEquals(List.of(), missing, () -> "missing from: " + text);
    }

    /** "palabra0001 palabra0002 ..." : a text whose every word can be found again. */
    public static String numberedWords(String stem, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%s%04d", stem, i))
                .collect(Collectors.joining(" "));
    }
}
