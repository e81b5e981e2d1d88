package org.sigti.workflow;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What files a case accepts: at most {@link #MAX_BYTES}, of the types offices exchange (PDF, images, plain text,
 * JSON reports of scanners, office documents, mails as {@code .eml}), recognized by their content, not by the name or the type the browser
 * claims; office documents without macros and that do not inflate beyond reason ({@link OfficeArchives}). The name
 * is reduced to a safe one.
 */
public final class Attachments {

    /** 5 MiB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("eml", "message/rfc822"),
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("txt", "text/plain"), Map.entry("json", "application/json"), Map.entry("docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), Map.entry("xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), Map.entry("odt",
            "application/vnd.oasis.opendocument.text"), Map.entry("ods",
            "application/vnd.oasis.opendocument.spreadsheet"));

    private Attachments() {
    }

    /** A checked file: safe name, the type its content shows, SHA-256. */
    public record Checked(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** Checks a file or throws a {@link WorkflowException} the user reads. */
    public static Checked check(Upload upload) {
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw new WorkflowException("workflow.attachment.empty");
        }
        if (upload.content().length > MAX_BYTES) {
            throw new WorkflowException("workflow.attachment.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        String name = safeName(upload.fileName());
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null || !contentMatches(extension, upload.content())) {
            throw new WorkflowException("workflow.attachment.type", name);
        }
        if (upload.content()[0] == 'P') {
            OfficeArchives.Refusal refusal = OfficeArchives.check(extension, upload.content());
            if (refusal != null) {
                throw new WorkflowException(refusal.key, name);
            }
        }
        return new Checked(name, type, upload.content(), sha256(upload.content()));
    }

    private static boolean contentMatches(String extension, byte[] b) {
        return switch (extension) {
            case "pdf" -> starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
            case "jpg", "jpeg" -> starts(b, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case "docx", "xlsx", "odt", "ods" -> starts(b, new byte[] {'P', 'K', 3, 4});
            case "txt" -> isUtf8Text(b);
            case "json" -> isUtf8Text(b) && startsJson(b);
            case "eml" -> startsWithAHeader(b);
            default -> false;
        };
    }

    /** A JSON document (a scanner's report): after blanks, an object or an array. */
    private static boolean startsJson(byte[] b) {
        for (byte c : b) {
            if (c == '{' || c == '[') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return false;
    }

    /** A mail as RFC 5322 writes it: its first line is a header field ("Name: value"). */
    private static boolean startsWithAHeader(byte[] b) {
        int i = 0;
        while (i < b.length && i < 80 && b[i] >= 0x21 && b[i] <= 0x7e && b[i] != ':') {
            i++;
        }
        return i > 0 && i < b.length && b[i] == ':';
    }

    private static boolean starts(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] b) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return text.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The last path segment, without control or path characters, at most 200 characters. */
    static String safeName(String given) {
        String name = given == null ? "archivo" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "archivo" + name;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The SHA-256 of a document, as attachments record it. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
