package org.sigti.intake;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One mailbox SIGTI reads cases from, as the installation configures it in the environment:
 * <pre>
 * SIGTI_INTAKE_MAILBOXES=mesa,alertas             the names, comma separated
 * SIGTI_INTAKE_MESA_URL=imaps://mesa@mail.example.gob:993/INBOX
 * SIGTI_INTAKE_MESA_PASSWORD_FILE=/etc/sigti/mesa.password   (or SIGTI_INTAKE_MESA_PASSWORD)
 * SIGTI_INTAKE_MESA_PROCEDURE=UGAT/AIT-PR01       the procedure a new mail is filed in
 * SIGTI_INTAKE_MESA_ADDRESS=mesa@example.gob      the mailbox's own address (a mail from it is a loop)
 * SIGTI_INTAKE_MESA_MAX_BYTES=5242880             larger mails are refused with a reply (default: an attachment's limit)
 * </pre>
 *
 * @param name      the name in SIGTI_INTAKE_MAILBOXES, lower case (at most 20 characters: letters, digits, "-")
 * @param protocol  {@code imap} or {@code imaps}
 * @param folder    the folder read, {@code INBOX} when the URL names none
 * @param procedure the code of the procedure new mails are filed in
 * @param address   the mailbox's own address, lower case
 * @param maxBytes  the largest mail filed; a larger one is refused and its sender told
 */
public record IntakeMailbox(String name, String protocol, String host, int port, String user, String password,
        String folder, String procedure, String address, int maxBytes) {

    /** The variable that names the mailboxes. */
    public static final String MAILBOXES = "SIGTI_INTAKE_MAILBOXES";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,20}");

    @Override
    public String toString() {
        return name + " (" + protocol + "://" + user + "@" + host + ":" + port + "/" + folder + ")";
    }

    /** A configuration that cannot be read: what is wrong and which variable to fix. */
    public static final class Misconfigured extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Misconfigured(String message) {
            super(message);
        }
    }

    /**
     * The mailboxes the environment configures, in the order named; none when {@value #MAILBOXES} is unset or blank.
     *
     * @throws Misconfigured naming the variable to fix
     */
    public static List<IntakeMailbox> configured(Map<String, String> env, int defaultMaxBytes) {
        String names = env.getOrDefault(MAILBOXES, "").strip();
        List<IntakeMailbox> boxes = new ArrayList<>();
        if (names.isEmpty()) {
            return boxes;
        }
        for (String given : names.split(",")) {
            String name = given.strip().toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches()) {
                throw new Misconfigured(MAILBOXES + " names \"" + given.strip() + "\": a name has 1 to 20 letters,"
                        + " digits or \"-\"");
            }
            if (boxes.stream().anyMatch(b -> b.name().equals(name))) {
                throw new Misconfigured(MAILBOXES + " names \"" + name + "\" twice");
            }
            boxes.add(one(name, env, defaultMaxBytes));
        }
        return boxes;
    }

    private static IntakeMailbox one(String name, Map<String, String> env, int defaultMaxBytes) {
        String prefix = "SIGTI_INTAKE_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
        String url = required(env, prefix + "URL");
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Misconfigured(prefix + "URL is not a URL (imap://user@host:port/folder): " + e.getMessage());
        }
        String protocol = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!protocol.equals("imap") && !protocol.equals("imaps")) {
            throw new Misconfigured(prefix + "URL must start with imap:// or imaps://, not " + url);
        }
        if (uri.getHost() == null || uri.getUserInfo() == null || uri.getUserInfo().isBlank()) {
            throw new Misconfigured(prefix + "URL must name the user and the host: " + protocol
                    + "://user@host:port/folder");
        }
        if (uri.getUserInfo().contains(":")) {
            throw new Misconfigured(prefix + "URL must not hold the password: put it in " + prefix
                    + "PASSWORD_FILE");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : protocol.equals("imaps") ? 993 : 143;
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String folder = path.isBlank() ? "INBOX" : path;
        String procedure = required(env, prefix + "PROCEDURE");
        String address = required(env, prefix + "ADDRESS").toLowerCase(Locale.ROOT);
        int maxBytes = defaultMaxBytes;
        String max = env.get(prefix + "MAX_BYTES");
        if (max != null && !max.isBlank()) {
            try {
                maxBytes = Integer.parseInt(max.strip());
            } catch (NumberFormatException e) {
                throw new Misconfigured(prefix + "MAX_BYTES is not a number of bytes: " + max);
            }
            if (maxBytes < 1024 || maxBytes > defaultMaxBytes) {
                throw new Misconfigured(prefix + "MAX_BYTES must be between 1024 and " + defaultMaxBytes
                        + " (the mail is kept as an attachment, whose limit that is): " + max);
            }
        }
        return new IntakeMailbox(name, protocol, uri.getHost(), port, uri.getUserInfo(), password(env, prefix), folder,
                procedure, address, maxBytes);
    }

    private static String password(Map<String, String> env, String prefix) {
        String file = env.get(prefix + "PASSWORD_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new Misconfigured(prefix + "PASSWORD_FILE cannot be read: " + file + " (" + e + ")");
            }
        }
        String password = env.get(prefix + "PASSWORD");
        if (password == null || password.isBlank()) {
            throw new Misconfigured(prefix + "PASSWORD_FILE or " + prefix + "PASSWORD is not set");
        }
        return password;
    }

    private static String required(Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new Misconfigured(variable + " is not set");
        }
        return value.strip();
    }
}
