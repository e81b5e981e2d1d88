package org.sigti.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The outbox is kernel: its code names no procedure, no module and no screen (comments aside). */
class MailKernelImportsTest {

    private static final Pattern FORBIDDEN = Pattern.compile("\\b(org\\.sigti\\.(procedure|accounts|inventory|backup"
            + "|maintenance|kb|web)|jakarta\\.faces)\\b");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void the_outbox_depends_on_no_procedure_module_or_screen() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sigti/mail"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = COMMENTS.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                Matcher m = FORBIDDEN.matcher(code);
                while (m.find()) {
                    found.computeIfAbsent(file.getFileName().toString(), f -> new java.util.ArrayList<>())
                            .add(m.group());
                }
            }
        }
        assertEquals(Map.of(), found);
    }
}
