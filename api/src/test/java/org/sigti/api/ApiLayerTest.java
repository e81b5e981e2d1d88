package org.sigti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The API stays a screen-level layer (package-info): it calls the services of sigti-ejb and never reaches below them
 * (no EntityManager or JPA query; it may recognize JPA's exceptions), never the Faces screens, and no procedure by
 * name: what it files is data.
 */
class ApiLayerTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(jakarta\\.persistence\\.(EntityManager|PersistenceContext|Query|TypedQuery|criteria)|jakarta\\.faces"
            + "|org\\.sigti\\.web|org\\.sigti\\.procedure)\\b[\\w.]*");

    @Test
    void the_api_uses_services_only() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "");
                Matcher m = FORBIDDEN.matcher(code);
                while (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertTrue(files > 5, "found only " + files + " source files");
        assertEquals(List.of(), found);
    }
}
