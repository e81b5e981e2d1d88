package org.sigti.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail as the intake reads it: who sent it, its subject and text, the case number its subject names, and whether
 * a machine sent it (RFC 3834 and the headers auto-responders and lists use). Read from the raw mail, as the mailbox
 * holds it, which is also what the case keeps ({@code .eml}).
 *
 * @param messageId   the Message-ID header, or {@code sha256:} and the raw mail's hash when it has none
 * @param sender      the From address, lower case; null when it has none that parses
 * @param senderName  the From's display name, or null
 * @param subject     the subject, without "Re:"/"RV:"/"Fwd:" prefixes; empty when none
 * @param text        the text people read: the plain part, else the HTML part without its markup
 * @param caseNumber  the case number the subject names ({@code SOL-2026-000123}), or null
 * @param automatic   why a machine sent it (e.g. "Auto-Submitted: auto-replied"), or null for a person's mail
 * @param forwarded   what the mail it forwards shows (empty when it forwards none)
 */
public record InboundMail(String messageId, String sender, String senderName, String subject, String text,
        String caseNumber, String automatic, int size, ForwardedMail forwarded) {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\b(SOL-\\d{4}-\\d{6})\\b");
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(\\s*(re|rv|fw|fwd|reenviar|resp)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BULK = Set.of("bulk", "junk", "list", "auto_reply");

    /** Reads a raw mail; an unreadable one throws. */
    public static InboundMail read(byte[] raw) throws MessagingException, IOException {
        Properties properties = new Properties();
        // RFC 6532: headers in UTF-8 as they are, as mail clients send them besides RFC 2047's encoded words
        properties.put("mail.mime.allowutf8", "true");
        MimeMessage message = new MimeMessage(Session.getInstance(properties), new ByteArrayInputStream(raw));
        String messageId = message.getMessageID();
        if (messageId == null || messageId.isBlank()) {
            messageId = "sha256:" + sha256(raw);
        }
        InternetAddress from = from(message);
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        Matcher number = CASE_NUMBER.matcher(subject);
        String caseNumber = number.find() ? number.group(1) : null;
        subject = REPLY_PREFIX.matcher(subject).replaceFirst("").strip();
        return new InboundMail(messageId.strip(), from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                from == null || from.getPersonal() == null || from.getPersonal().isBlank() ? null
                        : from.getPersonal().strip(),
                subject, text(message), caseNumber, automatic(message), raw.length, ForwardedMail.of(message));
    }

    private static InternetAddress from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress a && a.getAddress() != null
                    && a.getAddress().contains("@") ? a : null;
        } catch (MessagingException unparsable) {
            return null;
        }
    }

    /** Why a machine sent the mail, or null: RFC 3834's Auto-Submitted, Precedence, list and responder headers. */
    private static String automatic(MimeMessage message) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + autoSubmitted;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && BULK.contains(precedence.toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence;
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "List-Id",
                "X-SIGTI-Case"}) {
            String value = header(message, name);
            if (value != null) {
                return name + ": " + value;
            }
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return "Return-Path: <>";
        }
        return null;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        return value == null ? null : value.strip();
    }

    /** The text people read: the first plain part, else the first HTML part without its markup. */
    static String text(Part part) throws MessagingException, IOException {
        String plain = first(part, "text/plain");
        if (plain != null) {
            return plain.strip();
        }
        String html = first(part, "text/html");
        return html == null ? "" : withoutMarkup(html).strip();
    }

    private static String first(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String s ? s : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = first(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** An HTML text as words: no script or style, tags as spaces or line breaks, the common entities decoded. */
    static String withoutMarkup(String html) {
        String text = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1\\s*>", " ")
                .replaceAll("(?i)<\\s*(br|/p|/div|/li|/tr|/h\\d)\\b[^>]*>", "\n")
                .replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\\n[\\n ]*", "\n");
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
