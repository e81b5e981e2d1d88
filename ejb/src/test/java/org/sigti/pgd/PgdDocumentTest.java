package org.sigti.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;

/** The final PGD is written from the plan's data, in the manual's structure. */
class PgdDocumentTest {

    @Test
    void the_final_document_has_the_manuals_sections_in_order_and_the_plans_data() throws Exception {
        PgdPlan plan = new PgdPlan(7, "MINDEF", 2027, 2029, Instant.now());
        plan.strategicApproach("OES 1 del PESEM de Defensa", "OEI.03 Modernizar la gestión institucional",
                "Política Nacional de Transformación Digital");
        plan.situation("Dos proyectos en ejecución y uno paralizado.");
        plan.objectives("Digitalizar los trámites del MINDEF\nFortalecer la seguridad digital");
        PgdPortfolio portfolio = new PgdPortfolio(3, 1, Instant.now());
        PgdProject project = new PgdProject(3, "INN-01", "Mesa de partes digital", "INNOV", false);
        project.sheet("Digitalizar la recepción de documentos", "OEI.03", new BigDecimal("1250000.50"), 18,
                "Trámites digitales (%)");
        project.prioritize(1);
        PgdStatus status = new PgdStatus(3, "INFRA", "Centro de datos alterno", "Paralizado por presupuesto");
        status.decide(PgdStatus.Decision.DESESTIMADO);
        byte[] pdf = new PgdDocument().write(new PgdDocument.Content(Letterhead.of("Ministerio de Defensa"),
                ZoneId.of("America/Lima"), "S04.01.00.01", "S04-2027-000001", plan, portfolio, List.of(project),
                List.of(new PgdActivity(3, 1, "Formulación", "Elaborar fichas", LocalDate.of(2027, 3, 1), 15)),
                List.of(new PgdRisk(3, 1, "Diagnóstico", "Información incompleta", "Plazo adicional")),
                List.of(status), List.of(new PgdApproval(3, "Portafolio de proyectos del PGD (versión 1)", "3",
                        "Aprobar el portafolio", "comite.mindef", Instant.now()))));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        int last = -1;
        for (int i = 0; i < PgdDocument.SECTIONS.size(); i++) {
            String heading = ((i + 1) + ". " + PgdDocument.SECTIONS.get(i)).toUpperCase(java.util.Locale.ROOT);
            int at = text.indexOf(heading);
            assertTrue(at > last, () -> heading + " missing or out of order: " + text);
            last = at;
        }
        for (String piece : List.of("Plan de Gobierno Digital del Ministerio de Defensa 2027-2029",
                "Decreto Legislativo N° 1412", "OES 1 del PESEM de Defensa", "Desestimado", "OGD2 Fortalecer la"
                        + " seguridad digital", "1 INN-01 Mesa de partes digital INNOV OEI.03 1,250,000.50 18",
                "Elaborar fichas", "Información incompleta", "Aprobar el portafolio", "Portafolio versión 1")) {
            assertTrue(text.contains(piece), () -> piece + " missing from: " + text);
        }
        assertEquals("1,250,000.50", PgdDocument.money(new BigDecimal("1250000.5")));
    }
}
