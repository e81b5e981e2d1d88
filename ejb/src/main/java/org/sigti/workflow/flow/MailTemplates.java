package org.sigti.workflow.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procedure's own mail templates: the Spanish base bundle ({@code <base>.properties}, the language mails are sent
 * in) and its English twin ({@code <base>_en.properties}), both required, read as UTF-8 like the project's other
 * bundles. A template is a key pair {@code <template>.subject} / {@code <template>.body}, a {@link
 * java.text.MessageFormat} pattern with the kernel's arguments ({0} recipient name … {8} institution, see
 * {@code org/sigti/workflow/mail.properties}) plus {@code «field»} placeholders, filled with the values the case
 * recorded.
 */
public final class MailTemplates implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern PLACEHOLDER = Pattern.compile("«([^«»\\s]+)»");

    private final String baseName;
    private final Map<String, String> spanish;
    private final Map<String, String> english;

    private MailTemplates(String baseName, Map<String, String> spanish, Map<String, String> english) {
        this.baseName = baseName;
        this.spanish = spanish;
        this.english = english;
    }

    /** Reads both files of {@code baseName} (dots or slashes); fails when either is missing. */
    public static MailTemplates load(String baseName) {
        String path = baseName.replace('.', '/');
        return new MailTemplates(baseName, read(path + ".properties"), read(path + "_en.properties"));
    }

    private static Map<String, String> read(String resource) {
        ClassLoader loader = MailTemplates.class.getClassLoader();
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null && Thread.currentThread().getContextClassLoader() != null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException("mail templates " + resource + " not found");
        }
        Properties p = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return Map.copyOf(p.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> (String) e.getKey(),
                e -> (String) e.getValue())));
    }

    public String baseName() {
        return baseName;
    }

    /** What a template lacks ("filed.body in org.sigti.x.mail_en"), or empty when both languages have both keys. */
    public Optional<String> missing(String template) {
        for (String part : new String[] {".subject", ".body"}) {
            if (!spanish.containsKey(template + part)) {
                return Optional.of(template + part + " in " + baseName + " (es)");
            }
            if (!english.containsKey(template + part)) {
                return Optional.of(template + part + " in " + baseName + "_en");
            }
        }
        return Optional.empty();
    }

    /** The Spanish pattern of a key ({@code <template>.subject} or {@code .body}). */
    public String spanish(String key) {
        String text = spanish.get(key);
        if (text == null) {
            throw new IllegalStateException(key + " not in " + baseName);
        }
        return text;
    }

    /** The field names a template's {@code «field»} placeholders name, in either language. */
    public Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, String> language : java.util.List.of(spanish, english)) {
            for (String part : new String[] {".subject", ".body"}) {
                Matcher m = PLACEHOLDER.matcher(language.getOrDefault(template + part, ""));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** Replaces each {@code «field»} by its value (empty when the case recorded none). */
    public static String fill(String text, Function<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                java.util.Objects.requireNonNullElse(values.apply(m.group(1)), "")));
    }
}
