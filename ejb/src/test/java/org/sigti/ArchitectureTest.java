package org.sigti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The layering of style.md, read from the sources of {@code ejb} and {@code persistence}: screens → procedures →
 * modules → kernel → entities. Every reference counts, an import or a fully qualified name in the code; comments do
 * not. A failure lists each offending file, line and reference.
 */
class ArchitectureTest {

    /** The feature modules: they may use the kernel and each other, never a procedure. */
    private static final List<String> MODULES = List.of("accounts", "inventory", "backup", "maintenance", "kb",
            "changes", "vault", "intake", "sgsi", "secplatform", "blocklist", "incidents", "satisfaction",
            "quality", "publication", "training", "canned", "views", "dashboard", "statistics", "pgd", "committee");
    /** The kernel: it knows no procedure. */
    private static final List<String> KERNEL = List.of("workflow", "db", "security", "document", "sla", "people",
            "mail");

    private static final Pattern PROCEDURE = Pattern.compile("\\borg\\.sigti\\.procedure\\b[\\w.]*");
    private static final Pattern FEATURE_MODULE = Pattern.compile("\\borg\\.sigti\\.(accounts|inventory|backup"
            + "|maintenance|kb|changes|vault|intake|sgsi|secplatform|blocklist|incidents|satisfaction|quality"
            + "|publication|training|canned|views|dashboard|statistics|pgd|committee)\\b[\\w.]*");
    private static final Pattern FACES = Pattern.compile("\\bjakarta\\.faces\\b[\\w.]*");
    private static final Pattern MAIL_FORBIDDEN = Pattern.compile("\\b(org\\.sigti\\.(procedure|accounts|inventory"
            + "|backup|maintenance|kb|changes|intake|sgsi|secplatform|blocklist|incidents|satisfaction|quality"
            + "|publication|training|canned|views|dashboard|statistics|pgd|committee|web)"
            + "|jakarta\\.faces)\\b[\\w.]*");
    /** Comments, and string literals so that a comment marker inside one is not taken for a comment. */
    private static final Pattern COMMENTS = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|/\\*.*?\\*/|//[^\\n]*",
            Pattern.DOTALL);

    /** The source roots, from the ejb module's base directory (where surefire runs). */
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("../persistence/src/main/java"));

    @Test
    void modules_never_name_a_procedure() {
        for (String module : MODULES) {
            assertNone(PROCEDURE, "org/sigti/" + module);
        }
    }

    @Test
    void the_kernel_knows_no_procedure() {
        for (String kernel : KERNEL) {
            assertNone(PROCEDURE, "org/sigti/" + kernel);
        }
    }

    @Test
    void the_kernel_uses_no_feature_module() {
        for (String kernel : KERNEL) {
            assertNone(FEATURE_MODULE, "org/sigti/" + kernel);
        }
    }

    @Test
    void nothing_below_the_screens_uses_faces() {
        assertNone(FACES, "org/sigti");
    }

    @Test
    void the_outbox_depends_on_no_procedure_module_or_screen() {
        assertNone(MAIL_FORBIDDEN, "org/sigti/mail");
    }

    @Test
    void the_rules_see_the_sources() {
        long files = ROOTS.stream().mapToLong(root -> SourceFiles.java(root.resolve("org/sigti")).size()).sum();
        assertTrue(files > 100, () -> "found only " + files + " source files under " + ROOTS);
    }

    private static void assertNone(Pattern forbidden, String packageDir) {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            for (Path file : SourceFiles.java(root.resolve(packageDir))) {
                String code = withoutComments(SourceFiles.read(file));
                Matcher m = forbidden.matcher(code);
                while (m.find()) {
                    int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                    found.add(file.normalize() + ":" + line + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, () -> "forbidden references in " + packageDir + ":\n"
                + String.join("\n", found));
    }

    /** Comments blanked (their line breaks kept, so line numbers hold); string literals kept. */
    static String withoutComments(String code) {
        Matcher m = COMMENTS.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String match = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(match.startsWith("\"") ? match
                    : match.replaceAll("[^\\n]", "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
