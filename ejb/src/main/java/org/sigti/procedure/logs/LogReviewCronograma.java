package org.sigti.procedure.logs;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sigti.backup.BackupFrequency;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.TypedDates;

/**
 * The Cronograma anual de revisión de logs of step 2, as the Profesional writes it: one row a line, the manual's
 * columns separated by ";" — Tipo (the operating-system log: Seguridad, Aplicación, Sistema), Nombre del sistema (the
 * code of a critical system chosen at step 1), Frecuencia (Diaria, Semanal, Mensual, Trimestral, Semestral, Anual),
 * Ruta, Nombre del file, Destino, Fecha de respaldo (dd/mm/aaaa, or aaaa-mm-dd). Every critical system has its three logs (step 4:
 * "de dichos eventos predefinidos se generan los backup correspondientes para los sistemas críticos").
 */
record LogReviewCronograma(List<Row> rows) {

    /** The predefined logs of the operating systems, as the manual names them (step 4 a–c). */
    static final List<String> LOGS = List.of("Seguridad", "Aplicación", "Sistema");
    static final List<String> HEADINGS = List.of("TIPO", "NOMBRE DEL SISTEMA", "FRECUENCIA", "RUTA",
            "NOMBRE DEL FILE", "DESTINO", "FECHA DE RESPALDO");
    private static final Map<String, BackupFrequency> FREQUENCIES = Map.of("diaria", BackupFrequency.DAILY,
            "semanal", BackupFrequency.WEEKLY, "mensual", BackupFrequency.MONTHLY, "trimestral",
            BackupFrequency.QUARTERLY, "semestral", BackupFrequency.SEMIANNUAL, "anual", BackupFrequency.ANNUAL);
    private static final int MAX_ROWS = 60;

    /** One row: the log, the system's code, how often, where the log is, its file, where it goes, first backup. */
    record Row(String log, String system, String frequencyText, BackupFrequency frequency, String path, String file,
            String destination, LocalDate date) {

        List<String> cells() {
            return List.of(log, system, frequencyText, path, file, destination, date.toString());
        }
    }

    /**
     * Reads the cronograma typed at step 2 for the critical systems of step 1 (their codes).
     *
     * @throws WorkflowException naming the line and what is wrong with it
     */
    static LogReviewCronograma parse(String text, Set<String> systems) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String n = String.valueOf(i + 1);
            String[] cells = line.split(";", -1);
            if (cells.length != HEADINGS.size()) {
                throw new WorkflowException("logs.cronograma.columns", n);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
                if (cells[c].isEmpty()) {
                    throw new WorkflowException("logs.cronograma.columns", n);
                }
            }
            String log = LOGS.stream().filter(l -> plain(l).equals(plain(cells[0]))).findFirst()
                    .orElseThrow(() -> new WorkflowException("logs.cronograma.log", n, cells[0]));
            String system = cells[1].toUpperCase(Locale.ROOT);
            if (!systems.contains(system)) {
                throw new WorkflowException("logs.cronograma.system", n, cells[1]);
            }
            BackupFrequency frequency = FREQUENCIES.get(plain(cells[2]));
            if (frequency == null) {
                throw new WorkflowException("logs.cronograma.frequency", n, cells[2]);
            }
            LocalDate date = TypedDates.date(cells[6]).orElseThrow(
                    () -> new WorkflowException("logs.cronograma.date", n, cells[6]));
            if (!seen.add(system + "/" + log)) {
                throw new WorkflowException("logs.cronograma.duplicate", n, log, system);
            }
            rows.add(new Row(log, system, cells[2], frequency, cells[3], cells[4], cells[5], date));
        }
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new WorkflowException("logs.cronograma.empty", String.valueOf(MAX_ROWS));
        }
        for (String system : systems) {
            for (String log : LOGS) {
                if (!seen.contains(system + "/" + log)) {
                    throw new WorkflowException("logs.cronograma.missing", log, system);
                }
            }
        }
        return new LogReviewCronograma(List.copyOf(rows));
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }
}
