package org.sigti.quality;

import static org.sigti.document.PdfSheet.orEmpty;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;
import org.sigti.quality.QaRows.DefectRow;
import org.sigti.quality.QaRows.Sheet;
import org.sigti.quality.QaRows.TestCaseRow;

/**
 * The two structured formats of quality assurance as the institution's documents (A4, Spanish, its letterhead): the
 * Matriz de diseño de casos de prueba (Formato N° 11 of S04.02.00.01, N° 6 of S04.02.00.02), its rows and then, per
 * test cycle, the result obtained and whether it passed; and the Informe de defectos (N° 12 / N° 7), its defects per
 * cycle with severity, description, steps to reproduce and status. The format numbers are the ones the procedure
 * gave when it opened QA ({@link QualityAssurance#open(org.sigti.workflow.Transition, String, String)}). Stateless:
 * inject it or create it with {@code new}.
 */
@ApplicationScoped
public class QaPdfs {

    /** The matrix with the results of every cycle ({@code runs}, ordered by cycle). */
    public byte[] matrix(Letterhead letterhead, ZoneId zone, Sheet sheet, List<TestCaseRow> rows,
            List<QaTestRun> runs) {
        try (PdfSheet pdf = new PdfSheet(header(letterhead, sheet, "MATRIZ DE DISEÑO DE CASOS DE PRUEBA",
                sheet.matrixFormat()), PdfSheet.generatedFooter(Instant.now(), zone))) {
            facts(pdf, sheet);
            pdf.section("Diseño de casos de prueba");
            if (rows.isEmpty()) {
                pdf.paragraph("La matriz no tiene casos de prueba.", pdf.italic, PdfSheet.SMALL_SIZE);
            } else {
                List<String[]> lines = new ArrayList<>();
                for (TestCaseRow r : rows) {
                    lines.add(new String[] {r.code(), r.functionality(), r.description(), orEmpty(r.preconditions()),
                        r.steps(), r.expected(), priority(r.priority())});
                }
                pdf.table(new float[] {0.9f, 1.8f, 1.9f, 1.6f, 2f, 2f, 1.3f}, new String[] {"ID",
                    "FUNCIONALIDAD / HISTORIA DE USUARIO", "DESCRIPCIÓN", "PRECONDICIONES", "PASOS",
                    "RESULTADO ESPERADO", "PRIORIDAD"}, lines);
            }
            Map<Long, String> codes = rows.stream().collect(Collectors.toMap(TestCaseRow::id, TestCaseRow::code));
            Map<Integer, List<QaTestRun>> byCycle = runs.stream().collect(Collectors.groupingBy(QaTestRun::getCycle,
                    TreeMap::new, Collectors.toList()));
            byCycle.forEach((cycle, cycleRuns) -> {
                pdf.gap(8);
                pdf.section("Ciclo de pruebas " + cycle);
                List<String[]> lines = new ArrayList<>();
                for (QaTestRun run : cycleRuns) {
                    lines.add(new String[] {orEmpty(codes.get(run.getTestCaseId())), run.getObtained(),
                        run.getVerdict() == QaTestRun.Verdict.PASS ? "Aprobado" : "Fallido"});
                }
                lines.sort((a, b) -> a[0].compareTo(b[0]));
                pdf.table(new float[] {1f, 6f, 1.4f}, new String[] {"ID", "RESULTADO OBTENIDO", "RESULTADO"}, lines);
            });
            return pdf.finish();
        }
    }

    /** The defect report, by cycle. */
    public byte[] defects(Letterhead letterhead, ZoneId zone, Sheet sheet, List<DefectRow> defects) {
        try (PdfSheet pdf = new PdfSheet(header(letterhead, sheet, "INFORME DE DEFECTOS", sheet.defectsFormat()),
                PdfSheet.generatedFooter(Instant.now(), zone))) {
            facts(pdf, sheet);
            Function<QaDefect.Status, String> count = s -> String.valueOf(defects.stream()
                    .filter(d -> d.status() == s).count());
            pdf.fields(new PdfSheet.Field("DEFECTOS", String.valueOf(defects.size()), 1),
                    new PdfSheet.Field("ABIERTOS", count.apply(QaDefect.Status.OPEN), 1),
                    new PdfSheet.Field("CORREGIDOS", count.apply(QaDefect.Status.FIXED), 1),
                    new PdfSheet.Field("VERIFICADOS", count.apply(QaDefect.Status.VERIFIED), 1));
            if (defects.isEmpty()) {
                pdf.gap(8);
                pdf.paragraph("No se registraron defectos.", pdf.italic, PdfSheet.SMALL_SIZE);
            }
            Map<Integer, List<DefectRow>> byCycle = defects.stream().collect(Collectors.groupingBy(DefectRow::cycle,
                    TreeMap::new, Collectors.toList()));
            byCycle.forEach((cycle, cycleDefects) -> {
                pdf.gap(8);
                pdf.section("Ciclo de pruebas " + cycle);
                List<String[]> lines = new ArrayList<>();
                for (DefectRow d : cycleDefects) {
                    lines.add(new String[] {d.code(), orEmpty(d.testCase()), severity(d.severity()), d.description(),
                        d.stepsToReproduce(), status(d.status())});
                }
                pdf.table(new float[] {1f, 1f, 1f, 3f, 3f, 1.1f}, new String[] {"N.º", "CASO DE PRUEBA",
                    "SEVERIDAD", "DESCRIPCIÓN", "PASOS PARA REPRODUCIR", "ESTADO"}, lines);
            });
            return pdf.finish();
        }
    }

    private static PdfSheet.Header header(Letterhead letterhead, Sheet sheet, String title, String format) {
        String subtitle = (format == null ? "" : "Formato N° " + format + " · ") + sheet.procedureCode() + " · "
                + orEmpty(sheet.caseTitle());
        return new PdfSheet.Header(letterhead, title, subtitle, "Ciclo " + sheet.cycle(),
                "Caso " + sheet.caseNumber());
    }

    private static void facts(PdfSheet pdf, Sheet sheet) {
        pdf.section("Datos de las pruebas");
        pdf.fields(new PdfSheet.Field("ANALISTA DE CALIDAD", sheet.analyst(), 2),
                new PdfSheet.Field("INTERFACES", sheet.interfaces() == null ? "" : sheet.interfaces().toString(), 1),
                new PdfSheet.Field("DÍAS HÁBILES", sheet.windowDays() == null ? "" : sheet.windowDays().toString(), 1),
                new PdfSheet.Field("INICIO", sheet.startsOn() == null ? "" : PdfSheet.date(sheet.startsOn()), 1),
                new PdfSheet.Field("FECHA LÍMITE", sheet.dueOn() == null ? "" : PdfSheet.date(sheet.dueOn()), 1),
                new PdfSheet.Field("CICLO ACTUAL", String.valueOf(sheet.cycle()), 1));
        pdf.gap(8);
    }

    static String priority(QaTestCase.Priority priority) {
        return switch (priority) {
            case HIGH -> "Alta";
            case MEDIUM -> "Media";
            case LOW -> "Baja";
        };
    }

    static String severity(QaDefect.Severity severity) {
        return switch (severity) {
            case CRITICAL -> "Crítica";
            case HIGH -> "Alta";
            case MEDIUM -> "Media";
            case LOW -> "Baja";
        };
    }

    static String status(QaDefect.Status status) {
        return switch (status) {
            case OPEN -> "Abierto";
            case FIXED -> "Corregido";
            case VERIFIED -> "Verificado";
        };
    }
}
