package org.sigti.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The check of the office documents a case accepts, which are ZIP archives (DOCX, XLSX, ODT, ODS): read entry by entry
 * with hard limits, never trusting the sizes the archive declares, so that a small upload that inflates to gigabytes
 * (a "zip bomb") is refused after reading at most {@value #MAX_INFLATED_BYTES} bytes; a document with macros or
 * active content (VBA projects, ActiveX, OpenDocument Basic or scripts) is refused, since an attachment goes to
 * people who open it; and the archive must have the parts its format requires, so that a renamed ZIP is not taken
 * for a document.
 */
final class OfficeArchives {

    /** What all entries together may inflate to: 100 MiB (a 5 MiB document of text inflates to far less). */
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    /** How many entries an archive may hold. */
    static final int MAX_ENTRIES = 5_000;
    /** How much larger than the upload the inflated content may be before it looks like a bomb. */
    static final int MAX_RATIO = 100;

    /** Why an archive is refused: the message key of {@link WorkflowException}. */
    enum Refusal {
        BOMB("workflow.attachment.bomb"), MACROS("workflow.attachment.macros"),
        NOT_A_DOCUMENT("workflow.attachment.type");

        final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    private OfficeArchives() {
    }

    /** Null when {@code content}, named {@code extension}, is a sound document of that format; else why not. */
    static Refusal check(String extension, byte[] content) {
        long limit = Math.min(MAX_INFLATED_BYTES, Math.max(1L, content.length) * MAX_RATIO);
        Set<String> names = new HashSet<>();
        String mimetype = null;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    return Refusal.BOMB;
                }
                String name = entry.getName();
                if (!names.add(name)) {
                    return Refusal.NOT_A_DOCUMENT; // two entries of one name: readers disagree on which counts
                }
                if (activeContent(name)) {
                    return Refusal.MACROS;
                }
                boolean keep = name.equals("mimetype") || name.equals("[Content_Types].xml");
                StringBuilder text = keep ? new StringBuilder() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > limit) {
                        return Refusal.BOMB;
                    }
                    if (text != null && text.length() < 1_000_000) {
                        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
                if (name.equals("mimetype")) {
                    mimetype = text.toString().strip();
                } else if (name.equals("[Content_Types].xml") && macroContentType(text.toString())) {
                    return Refusal.MACROS;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Refusal.NOT_A_DOCUMENT; // corrupt, encrypted or not a ZIP at all
        }
        return hasRequiredParts(extension, names, mimetype) ? null : Refusal.NOT_A_DOCUMENT;
    }

    private static boolean activeContent(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String file = lower.substring(lower.lastIndexOf('/') + 1);
        return file.equals("vbaproject.bin") || file.equals("vbadata.xml") || lower.contains("/activex/")
                || lower.startsWith("basic/") || lower.startsWith("scripts/");
    }

    private static boolean macroContentType(String contentTypes) {
        String lower = contentTypes.toLowerCase(Locale.ROOT);
        return lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("activex");
    }

    private static boolean hasRequiredParts(String extension, Set<String> names, String mimetype) {
        return switch (extension) {
            case "docx" -> names.contains("[Content_Types].xml") && names.contains("word/document.xml");
            case "xlsx" -> names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml");
            case "odt" -> "application/vnd.oasis.opendocument.text".equals(mimetype) && names.contains("content.xml");
            case "ods" -> "application/vnd.oasis.opendocument.spreadsheet".equals(mimetype)
                    && names.contains("content.xml");
            default -> false;
        };
    }
}
