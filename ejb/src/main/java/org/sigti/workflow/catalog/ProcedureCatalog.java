package org.sigti.workflow.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sigti.workflow.flow.Text;

/**
 * The 40 procedures of the five seed manuals, in the order of procedures.md (parts A–E): code and Spanish name as
 * each manual writes them, an English name, the institution, the manual (§0.1) and the section, read from
 * {@code procedures.tsv} beside this class (data, so that the kernel's code names no procedure). Constant data:
 * whether a procedure runs in SIGTI is not decided here but by the deployed flows ({@link CatalogQueries}).
 */
public final class ProcedureCatalog {

    public static final String DP = "Defensoría del Pueblo (Bolivia)";
    public static final String AGETIC = "AGETIC (Bolivia)";
    public static final String SEPREM = "SEPREM (Guatemala)";
    public static final String MINDEF = "MINDEF (Perú)";

    /** The institutions, in the order of the seeds. */
    public static final List<String> INSTITUTIONS = List.of(DP, AGETIC, SEPREM, MINDEF);

    private static final String DATA = "procedures.tsv";
    private static final Map<String, CatalogEntry> BY_CODE = load();

    private ProcedureCatalog() {
    }

    /** Reads {@code procedures.tsv}: the manuals first, then their procedures; a malformed line fails the class. */
    private static Map<String, CatalogEntry> load() {
        Map<String, Manual> manuals = new LinkedHashMap<>();
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        try (InputStream in = ProcedureCatalog.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cell = line.split("\t", -1);
                if (cell[0].equals("manual") && cell.length == 5) {
                    manuals.put(cell[1], new Manual(cell[1], cell[2], cell[3], cell[4]));
                } else if (cell[0].equals("procedure") && cell.length == 7 && manuals.containsKey(cell[4])
                        && INSTITUTIONS.contains(cell[3])) {
                    if (entries.put(cell[2], new CatalogEntry(cell[2], cell[3], manuals.get(cell[4]),
                            Text.of(cell[5], cell[6]), cell[1])) != null) {
                        throw new IllegalStateException("procedure " + cell[2] + " catalogued twice");
                    }
                } else {
                    throw new IllegalStateException(DATA + " line " + number + " is not a manual or a procedure of a"
                            + " known manual and institution: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** Every procedure, in the order of procedures.md. */
    public static List<CatalogEntry> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<CatalogEntry> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
