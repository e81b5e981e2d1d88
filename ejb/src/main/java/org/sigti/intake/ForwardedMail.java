package org.sigti.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What a forwarded suspicious mail shows an analyst (S04.04.00.02, spam and phishing): the original's sender, the IP
 * addresses of its {@code Received} headers, the URLs it links to, and its attachments' names and SHA-256. The
 * original is the mail attached to the forward ({@code message/rfc822}, as "forward as attachment" sends it), else the
 * forwarded text quoted in the body ("---------- Forwarded message ---------", "Mensaje reenviado", Outlook's
 * "De: … Enviado: …"), which has no headers to read IPs from. Nothing here is opened, followed or run: the mail is
 * only read.
 *
 * @param originalSender the original's From, lower case, or null when none is found
 * @param receivedIps    the addresses its Received headers name, in order, without repeats
 * @param urls           the http(s) URLs of its text and its HTML links, in order, without repeats (at most 50)
 * @param attachments    "name (SHA-256 hex)" of each of its attachments
 */
public record ForwardedMail(String originalSender, List<String> receivedIps, List<String> urls,
        List<String> attachments) {

    private static final int MAX_URLS = 50;
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])((?:25[0-5]|2[0-4]\\d|1?\\d?\\d)"
            + "(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3})(?![\\d.])");
    private static final Pattern IPV6 = Pattern.compile("\\[(?:IPv6:)?([0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})\\]");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()\\[\\]{}]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARDED = Pattern.compile("(?im)^[-\\s]*(forwarded message|mensaje reenviado"
            + "|original message|mensaje original)[-\\s]*$");
    private static final Pattern QUOTED_FROM = Pattern.compile("(?im)^\\s*(?:from|de)\\s*:\\s*(.+)$");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.%+-]+@[\\w.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    /** Whether anything was found: a mail that forwards nothing gives nothing to analyse. */
    public boolean isEmpty() {
        return originalSender == null && receivedIps.isEmpty() && urls.isEmpty() && attachments.isEmpty();
    }

    /** The findings as the analyst reads them on the case, in Spanish, one per line. */
    public String summary() {
        StringBuilder text = new StringBuilder("Análisis del correo reenviado (SIGTI):");
        text.append("\n- Remitente original: ").append(originalSender == null ? "no figura" : originalSender);
        text.append("\n- IP de los encabezados Received: ").append(receivedIps.isEmpty() ? "no figuran"
                : String.join(", ", receivedIps));
        text.append("\n- URL: ").append(urls.isEmpty() ? "ninguna" : String.join(" ", urls));
        text.append("\n- Adjuntos: ").append(attachments.isEmpty() ? "ninguno" : String.join("; ", attachments));
        return text.toString();
    }

    /** Reads the forward; a mail that forwards nothing gives an empty analysis. */
    public static ForwardedMail of(MimeMessage forward) throws MessagingException, IOException {
        MimeMessage original = attachedMessage(forward);
        if (original != null) {
            Set<String> urls = new LinkedHashSet<>();
            urls(InboundMail.text(original), urls);
            String html = firstHtml(original);
            if (html != null) {
                urls(html, urls);
            }
            List<String> attachments = new ArrayList<>();
            attachments(original, attachments);
            return new ForwardedMail(sender(original), receivedIps(original), List.copyOf(urls),
                    List.copyOf(attachments));
        }
        String text = InboundMail.text(forward);
        Matcher forwarded = FORWARDED.matcher(text);
        if (!forwarded.find()) {
            return new ForwardedMail(null, List.of(), List.of(), List.of());
        }
        String quoted = text.substring(forwarded.end());
        Matcher from = QUOTED_FROM.matcher(quoted);
        String sender = null;
        if (from.find()) {
            Matcher address = ADDRESS.matcher(from.group(1));
            sender = address.find() ? address.group().toLowerCase(Locale.ROOT) : null;
        }
        Set<String> urls = new LinkedHashSet<>();
        urls(quoted, urls);
        return new ForwardedMail(sender, List.of(), List.copyOf(urls), List.of());
    }

    private static MimeMessage attachedMessage(Part part) throws MessagingException, IOException {
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage message) {
            return message;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                MimeMessage found = attachedMessage(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress a && a.getAddress() != null
                    ? a.getAddress().toLowerCase(Locale.ROOT) : null;
        } catch (MessagingException unparsable) {
            return null;
        }
    }

    private static List<String> receivedIps(MimeMessage message) throws MessagingException {
        Set<String> ips = new LinkedHashSet<>();
        String[] received = message.getHeader("Received");
        for (String header : received == null ? new String[0] : received) {
            Matcher v6 = IPV6.matcher(header);
            while (v6.find()) {
                ips.add(v6.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher v4 = IPV4.matcher(header);
            while (v4.find()) {
                ips.add(v4.group(1));
            }
        }
        return List.copyOf(ips);
    }

    private static void urls(String text, Set<String> urls) {
        Matcher m = URL.matcher(text.replace("&amp;", "&"));
        while (m.find() && urls.size() < MAX_URLS) {
            urls.add(m.group().replaceAll("[.,;:!?]+$", ""));
        }
    }

    private static String firstHtml(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType("text/html")) {
            return part.getContent() instanceof String s ? s : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = firstHtml(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void attachments(Part part, List<String> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                attachments(body, found);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                in.transferTo(content);
                String name = part.getFileName() == null ? "(sin nombre)" : part.getFileName();
                found.add(name + " (SHA-256 " + InboundMail.sha256(content.toByteArray()) + ")");
            }
        }
    }
}
