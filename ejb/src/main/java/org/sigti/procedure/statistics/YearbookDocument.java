package org.sigti.procedure.statistics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.dashboard.ChartData;
import org.sigti.dashboard.DashboardCharts;
import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;
import org.sigti.document.PdfSheet.Field;
import org.sigti.statistics.StatCell;
import org.sigti.statistics.StatColumn;
import org.sigti.statistics.StatDue;
import org.sigti.statistics.StatEntity;
import org.sigti.statistics.StatSubmission;
import org.sigti.statistics.StatTemplate;

/**
 * The Anuario Estadístico del Sector Defensa (S04.05.00.01 step 27), written from the statistics store: the covers the
 * OGPPRP designed (the case's images), a presentation, each accepted table of the period's schedule with its figures
 * as the entity sent them, a bar chart of each drawn on the server ({@link DashboardCharts}, PNG, so it prints), the
 * notes, and the submissions' state. A4, Spanish, PDF/A-2b through {@link PdfSheet}.
 */
@ApplicationScoped
public class YearbookDocument {

    /** The document's headings, in order. */
    public static final List<String> SECTIONS = List.of("Carátula", "Presentación", "Cuadros estadísticos",
            "Gráficos estadísticos", "Notas", "Fuente y situación de los envíos");

    @PersistenceContext
    EntityManager em;

    /** One accepted table: its entity, template, version, header and rows (the total row last, as sent). */
    public record Table(String code, String name, String entity, int version, List<String> header,
            List<Boolean> numeric, List<List<String>> rows) {
    }

    /** What the yearbook is made from. */
    public record Content(Letterhead letterhead, ZoneId zone, String procedureCode, String caseNumber, String period,
            String notes, String tablesNote, List<byte[]> covers, List<Table> tables, List<String> submissions) {
    }

    /** The accepted version of a due line, read from the store. */
    Table table(StatDue due, StatEntity entity, StatTemplate template) {
        List<StatColumn> columns = em.createQuery("select c from StatColumn c where c.templateId = :t order by c.seq",
                StatColumn.class).setParameter("t", template.getId()).getResultList();
        StatSubmission accepted = em.createQuery("select s from StatSubmission s where s.dueId = :d"
                + " and s.dataVersion = :v", StatSubmission.class).setParameter("d", due.getId())
                .setParameter("v", due.getAcceptedVersion()).getSingleResult();
        Map<Integer, String[]> rows = new TreeMap<>();
        for (StatCell cell : em.createQuery("select c from StatCell c where c.submissionId = :s",
                StatCell.class).setParameter("s", accepted.getId()).getResultList()) {
            String[] row = rows.computeIfAbsent(cell.getRow(), r -> new String[columns.size()]);
            int at = cell.getColumnSeq() - 1;
            if (at >= 0 && at < row.length) {
                row[at] = cell.getText();
            }
        }
        List<List<String>> table = new ArrayList<>();
        rows.values().forEach(r -> {
            List<String> cells = new ArrayList<>();
            for (String v : r) {
                cells.add(v == null ? "" : v);
            }
            table.add(cells);
        });
        return new Table(template.getCode(), template.getName(), entity.getName(), due.getAcceptedVersion(),
                columns.stream().map(StatColumn::getName).toList(), columns.stream().map(c -> c.getType().numeric())
                        .toList(), table);
    }

    public byte[] write(Content c) {
        String title = "ANUARIO ESTADÍSTICO DEL SECTOR DEFENSA " + c.period();
        PdfSheet.Header header = new PdfSheet.Header(c.letterhead(), title, c.procedureCode() + " · Periodo "
                + c.period(), "ANUARIO", "Caso " + c.caseNumber());
        try (PdfSheet pdf = new PdfSheet(header, PdfSheet.generatedFooter(Instant.now(), c.zone()))) {
            pdf.section("1. " + SECTIONS.get(0));
            for (byte[] cover : c.covers()) {
                pdf.image(cover, 400);
            }
            pdf.fields(new Field("TÍTULO", "Anuario Estadístico del Sector Defensa " + c.period(), 3),
                    new Field("PERIODO", c.period(), 1));
            pdf.section("2. " + SECTIONS.get(1));
            pdf.fields(new Field("PRESENTACIÓN", "El Anuario Estadístico del Sector Defensa " + c.period()
                    + " reúne la información estadística oficial remitida por los órganos ejecutores, organismos"
                    + " públicos y empresas del Sector según el Cronograma de envío aprobado por la Secretaría"
                    + " General, evaluada por la Oficina General de Tecnologías de la Información y Estadística.", 1));
            pdf.section("3. " + SECTIONS.get(2));
            int n = 0;
            for (Table t : c.tables()) {
                n++;
                pdf.fields(new Field("CUADRO N° " + n, t.code() + " " + t.name() + " — " + t.entity()
                        + " (versión " + t.version() + ")", 1));
                float[] weights = new float[t.header().size()];
                java.util.Arrays.fill(weights, 1f);
                pdf.table(weights, t.header().stream().map(h -> h.toUpperCase(Locale.ROOT)).toArray(String[]::new),
                        t.rows().stream().map(r -> r.toArray(String[]::new)).toList());
            }
            if (c.tables().isEmpty()) {
                pdf.fields(new Field("CUADROS", "Ningún cuadro del cronograma fue aceptado.", 1));
            }
            pdf.section("4. " + SECTIONS.get(3));
            n = 0;
            for (Table t : c.tables()) {
                n++;
                pdf.fields(new Field("GRÁFICO N° " + n, t.code() + " " + t.name() + " — " + t.entity(), 1));
                pdf.image(DashboardCharts.png(chart(t, n)), 1000f);
            }
            pdf.section("5. " + SECTIONS.get(4));
            pdf.fields(new Field("CUADROS Y GRÁFICOS", orEmpty(c.tablesNote()), 1));
            pdf.fields(new Field("NOTAS", orEmpty(c.notes()), 1));
            pdf.section("6. " + SECTIONS.get(5));
            pdf.fields(new Field("FUENTE", "Órganos estadísticos del Sector Defensa, mediante el envío de cuadros"
                    + " estadísticos del SIGTI; elaboración: OGTIE - Equipo de estadística.", 1));
            pdf.fields(new Field("ENVÍOS DEL CRONOGRAMA", String.join("\n", c.submissions()), 1));
            return pdf.finish();
        }
    }

    /**
     * A table's chart: one group of bars per row but the total row, one bar per numeric column but the last when
     * the table has a total column (named «total»).
     */
    static ChartData chart(Table t, int n) {
        List<Integer> charted = new ArrayList<>();
        for (int i = 0; i < t.header().size(); i++) {
            if (t.numeric().get(i) && !t.header().get(i).equalsIgnoreCase("total")) {
                charted.add(i);
            }
        }
        List<List<String>> rows = t.rows().stream().filter(r -> !r.isEmpty()
                && !r.get(0).strip().equalsIgnoreCase("TOTAL")).toList();
        List<String> labels = rows.stream().map(r -> r.get(0)).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (int col : charted) {
            List<Double> values = new ArrayList<>();
            for (List<String> r : rows) {
                values.add(number(r.get(col)));
            }
            series.add(new ChartData.Series(t.header().get(col), values));
        }
        return new ChartData("Gráfico N° " + n + ": " + t.name(), t.entity(), t.header(), labels, rows, series,
                false);
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(",", "."));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
