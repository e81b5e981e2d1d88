package org.sigti.pgd;

import static org.sigti.document.PdfSheet.orEmpty;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;
import org.sigti.document.PdfSheet.Field;

/**
 * The final document of the Plan de Gobierno Digital (S04.01.00.01 step 18), written from the plan's data in the
 * structure the manual gives: Título; Introducción; Base legal; Enfoque estratégico de la entidad; Situación actual
 * del Gobierno Digital en la entidad; Objetivos de Gobierno Digital; Proyectos de Gobierno Digital; Cronograma de
 * actividades; Anexos (the fichas de proyecto, the risk matrix, the CGD's approvals). A4, Spanish, PDF/A-2b through
 * {@link PdfSheet}. Stateless: inject it or create it with {@code new}.
 */
@ApplicationScoped
public class PgdDocument {

    /** The manual's headings, in its order. */
    public static final List<String> SECTIONS = List.of("Título", "Introducción", "Base legal",
            "Enfoque estratégico de la entidad", "Situación actual del Gobierno Digital en la entidad",
            "Objetivos de Gobierno Digital", "Proyectos de Gobierno Digital", "Cronograma de actividades", "Anexos");

    /** The norms of the procedure's Base Normativa (manual 6.1.1). */
    static final List<String> LEGAL_BASIS = List.of(
            "Decreto Legislativo N° 1412, Decreto Legislativo que aprueba la Ley de Gobierno Digital.",
            "Decreto Legislativo N° 1134, Ley de Organización y Funciones del Ministerio de Defensa.",
            "Decreto Supremo N° 006-2016-DE, que aprueba el Reglamento de Organización y Funciones del Ministerio de"
                    + " Defensa.",
            "Decreto Supremo N° 029-2021-PCM, que aprueba el Reglamento del Decreto Legislativo N° 1412.",
            "Resolución de Secretaría de Gobierno Digital N° 005-2018-PCM/SEGDI que aprueba los \"Lineamientos para"
                    + " la formulación del Plan de Gobierno Digital\".",
            "Resolución Ministerial N° 0108-2021-DE, mediante la cual se conforma el Comité de Gobierno Digital del"
                    + " Ministerio de Defensa.");

    /** What the document is made from. */
    public record Content(Letterhead letterhead, ZoneId zone, String procedureCode, String caseNumber, PgdPlan plan, PgdPortfolio portfolio,
            List<PgdProject> projects, List<PgdActivity> activities, List<PgdRisk> risks, List<PgdStatus> statuses,
            List<PgdApproval> approvals) {
    }

    public byte[] write(Content c) {
        PgdPlan plan = c.plan();
        String title = "Plan de Gobierno Digital del " + c.letterhead().institution() + " " + plan.periodText();
        PdfSheet.Header header = new PdfSheet.Header(c.letterhead(), "PLAN DE GOBIERNO DIGITAL " + plan.periodText(),
                c.procedureCode() + " · Portafolio versión " + c.portfolio().getNumber(), plan.getRmNumber() == null
                        ? "PROYECTO" : "APROBADO", "Caso " + c.caseNumber());
        try (PdfSheet pdf = new PdfSheet(header, PdfSheet.generatedFooter(Instant.now(), c.zone()))) {
            pdf.section("1. " + SECTIONS.get(0));
            pdf.fields(new Field("TÍTULO", title, 3), new Field("PERIODO", plan.periodText(), 1));
            pdf.fields(new Field("APROBADO POR", plan.getRmNumber() == null ? "Proyecto, aún no aprobado"
                    : plan.getRmNumber(), 2), new Field("PUBLICACIÓN", orEmpty(plan.getPublishedAt()), 2));
            pdf.section("2. " + SECTIONS.get(1));
            pdf.fields(new Field("INTRODUCCIÓN", orDefault(plan.getIntroduction(), "El presente Plan de Gobierno"
                    + " Digital es el instrumento de gestión y planificación del Gobierno Digital de la entidad para el"
                    + " periodo " + plan.periodText() + ", formulado por la Oficina General de Tecnologías de la"
                    + " Información y Estadística y el Comité de Gobierno Digital."), 1));
            pdf.section("3. " + SECTIONS.get(2));
            List<String[]> norms = new ArrayList<>();
            for (int i = 0; i < LEGAL_BASIS.size(); i++) {
                norms.add(new String[] {String.valueOf(i + 1), LEGAL_BASIS.get(i)});
            }
            pdf.table(new float[] {0.5f, 9f}, new String[] {"N°", "NORMA"}, norms);
            pdf.section("4. " + SECTIONS.get(3));
            pdf.fields(new Field("PLAN ESTRATÉGICO SECTORIAL MULTIANUAL (PESEM)", orEmpty(plan.getPesem()), 1));
            pdf.fields(new Field("OBJETIVOS Y ACCIONES ESTRATÉGICAS DEL PEI", orEmpty(plan.getPeiObjectives()), 1));
            pdf.fields(new Field("POLÍTICAS", orEmpty(plan.getPolicies()), 1));
            pdf.section("5. " + SECTIONS.get(4));
            pdf.fields(new Field("SITUACIÓN ACTUAL DEL PORTAFOLIO VIGENTE", orEmpty(plan.getSituation()), 1));
            List<String[]> statuses = c.statuses().stream().map(s -> new String[] {s.getTeam(), s.getProject(),
                s.getStatus(), decision(s.getDecision())}).toList();
            if (!statuses.isEmpty()) {
                pdf.table(new float[] {1f, 2.5f, 4f, 1.5f}, new String[] {"EQUIPO", "PROYECTO", "SITUACIÓN",
                    "DECISIÓN"}, statuses);
            }
            pdf.section("6. " + SECTIONS.get(5));
            List<String[]> objectives = new ArrayList<>();
            int n = 0;
            for (String line : orEmpty(plan.getObjectives()).split("\\R")) {
                if (!line.isBlank()) {
                    objectives.add(new String[] {"OGD" + (++n), line.strip()});
                }
            }
            pdf.table(new float[] {1f, 9f}, new String[] {"CÓDIGO", "OBJETIVO DE GOBIERNO DIGITAL"}, objectives);
            pdf.section("7. " + SECTIONS.get(6));
            List<String[]> projects = c.projects().stream().map(p -> new String[] {p.getPriority() == null ? ""
                    : String.valueOf(p.getPriority()), p.getCode(), p.getName(), p.getTeam(), orEmpty(
                            p.getPeiObjective()), money(p.getBudget()), p.getDurationMonths() == null ? ""
                                    : String.valueOf(p.getDurationMonths())}).toList();
            pdf.table(new float[] {0.8f, 1f, 3f, 1f, 2.2f, 1.4f, 1f}, new String[] {"PRIORIDAD", "CÓDIGO",
                "PROYECTO", "EQUIPO", "OBJETIVO PEI", "PRESUPUESTO (S/)", "MESES"}, projects);
            pdf.section("8. " + SECTIONS.get(7));
            List<String[]> activities = c.activities().stream().map(a -> new String[] {a.getPhase(), a.getName(),
                PdfSheet.date(a.getStartsOn()), PdfSheet.date(a.endsOn()), String.valueOf(a.getDurationDays())})
                    .toList();
            pdf.table(new float[] {2f, 4f, 1.3f, 1.3f, 1f}, new String[] {"FASE", "ACTIVIDAD", "INICIO", "FIN",
                "DÍAS"}, activities);
            pdf.section("9. " + SECTIONS.get(8));
            pdf.fields(new Field("ANEXO 1", "Fichas de proyecto", 1));
            for (PgdProject p : c.projects()) {
                pdf.fields(new Field("CÓDIGO", p.getCode(), 1), new Field("PROYECTO", p.getName(), 3),
                        new Field("EQUIPO RESPONSABLE", p.getTeam(), 1));
                pdf.fields(new Field("OBJETIVO", orEmpty(p.getObjective()), 2), new Field("INDICADORES",
                        orEmpty(p.getIndicators()), 2));
            }
            pdf.fields(new Field("ANEXO 2", "Matriz de riesgos de la formulación del PGD", 1));
            pdf.table(new float[] {2f, 4f, 4f}, new String[] {"ETAPA", "RIESGO", "ACCIÓN DE TRATAMIENTO"},
                    c.risks().stream().map(r -> new String[] {r.getStage(), r.getDescription(), r.getTreatment()})
                            .toList());
            pdf.fields(new Field("ANEXO 3", "Aprobaciones del Comité de Gobierno Digital", 1));
            pdf.table(new float[] {3f, 1.5f, 4f, 1.6f}, new String[] {"ASUNTO", "SESIÓN", "ACUERDO", "FECHA"},
                    c.approvals().stream().map(a -> new String[] {a.getSubject(), a.getSession(), a.getAgreement(),
                        PdfSheet.dateTime(a.getApprovedAt(), c.zone())}).toList());
            return pdf.finish();
        }
    }

    /** The decision as the manual writes it. */
    public static String decision(PgdStatus.Decision d) {
        if (d == null) {
            return "";
        }
        return switch (d) {
            case CONTINUA -> "Continúa";
            case REEMPLAZADO -> "Reemplazado";
            case DESESTIMADO -> "Desestimado";
        };
    }

    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-PE"));
        symbols.setGroupingSeparator(',');
        symbols.setDecimalSeparator('.');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    private static String orDefault(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }
}
