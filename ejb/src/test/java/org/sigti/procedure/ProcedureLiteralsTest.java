package org.sigti.procedure;

import org.sigti.SourceFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/**
 * A procedure's knowledge stays in {@code org.sigti.procedure}: no other source of {@code ejb}, {@code persistence}
 * or {@code web} writes, as a string literal, a procedure's code, one of its non-numeric step codes ({@code 5.SG})
 * or the name of a field it declares. The names are read from the declarations themselves, so a new procedure is
 * covered without touching this test. A failure lists each file, line and literal.
 */
class ProcedureLiteralsTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");
    private static final Pattern CODE = Pattern.compile("(S04\\.\\d\\d\\.\\d\\d\\.\\d\\d|SEPREM-DI-\\d{3}\\.\\d"
            + "|UGAT/AIT-PR\\d\\d|UIT/ASS-PR\\d\\d|DPG/ESIN-PRO-5)[\\w.]*");
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("../persistence/src/main/java"),
            Path.of("../web/src/main/java"));

    /**
     * Words that happen to be a field's name and mean something else in one file: Spanish stop words of the
     * knowledge base's search, the inventory CSV's column names, the multipart part of an upload.
     */
    private static final Map<String, Set<String>> COINCIDENCES = Map.of(
            "org/sigti/kb/SpanishText.java", Set.of("que", "cual", "hasta"),
            "org/sigti/inventory/InventoryCsv.java", Set.of("tipo", "puestos_total", "proveedor", "plataforma"),
            "org/sigti/workflow/Attachments.java", Set.of("archivo"));

    @Test
    void no_procedure_knowledge_outside_the_procedures() {
        List<ProcedureDefinition> all = declarations();
        assertTrue(all.size() >= 26, () -> "only " + all.size() + " declarations found");
        Set<String> known = new TreeSet<>();
        for (ProcedureDefinition def : all) {
            known.add(def.code());
            for (StepDefinition step : def.steps()) {
                if (!step.code().matches("\\d+")) {
                    known.add(step.code());
                }
                step.fields().stream().map(FieldDefinition::name).forEach(known::add);
            }
        }
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            for (Path file : SourceFiles.java(root)) {
                if (file.toString().contains("/org/sigti/procedure/")) {
                    continue;
                }
                String[] lines = SourceFiles.read(file).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(lines[i]);
                    while (m.find()) {
                        String value = m.group(1);
                        boolean coincidence = COINCIDENCES.getOrDefault(root.relativize(file).toString(), Set.of())
                                .contains(value);
                        if ((known.contains(value) && !coincidence) || CODE.matcher(value).find()) {
                            found.add(root.relativize(file) + ":" + (i + 1) + " \"" + value + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Every declaration of the procedures' EJBs, from their {@code FLOW} constants. */
    static List<ProcedureDefinition> declarations() {
        Path classes = Path.of("target/classes");
        List<ProcedureDefinition> defs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/sigti/procedure"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                Class<?> c = Class.forName(classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$",
                        ""));
                for (var field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcedureDefinition.class) {
                        field.setAccessible(true);
                        defs.add((ProcedureDefinition) field.get(null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return defs;
    }
}
