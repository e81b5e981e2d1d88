package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class AnnualMaintenancePdfTest {

    private static final String SUBTITLE = "Procedimiento S04.03.04.03 Ejecución del mantenimiento preventivo y/o"
            + " correctivo de equipos de cómputo e Impresoras";

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Instant T0 = Instant.parse("2026-01-05T14:00:00Z");

    private final AnnualMaintenancePdf pdf = new AnnualMaintenancePdf();

    private static AnnualMaintenanceData data(AnnualMaintenanceData.Figures figures) {
        return new AnnualMaintenanceData(Letterhead.of("Ministerio de Defensa"), 2026,
                new AnnualMaintenanceData.Step("Jorge Rojas Céspedes", T0),
                new AnnualMaintenanceData.Step("Juana Mamani Flores", T0.plusSeconds(3600)), null,
                figures == null ? null : new AnnualMaintenanceData.Step("Marco Torres Huanca", T0.plusSeconds(7200)),
                null, List.of(new AnnualMaintenanceData.Line(3, "IMP-0042", "PRINTER HP LaserJet", "Ana Ávila",
                        "SOL-2026-000123", "Abierto")), 5, figures, T0, LIMA);
    }

    @Test
    void the_plan_prints_who_drew_it_up_and_its_cronograma() {
        String text = Pdfs.flat(pdf.plan(data(null), SUBTITLE));
        Pdfs.assertShows(text, "PLAN DE MANTENIMIENTO DE EQUIPOS DE", "PMT-2026", "S04.03.04.03",
                "Jorge Rojas Céspedes", "Juana Mamani Flores", "Pendiente", "Marzo", "IMP-0042", "SOL-2026-000123",
                "… y 4 equipos más");
    }

    @Test
    void the_report_prints_the_years_figures() {
        String text = Pdfs.flat(pdf.report(data(new AnnualMaintenanceData.Figures(5, 4, 2, 1, 6, 2)), SUBTITLE));
        Pdfs.assertShows(text, "INFORME TÉCNICO DE MANTENIMIENTO DE", "EQUIPOS DE CÓMPUTO E IMPRESORAS", "ITM-2026",
                "Formato N°01", "Mantenimientos preventivos programados 5", "Mantenimientos preventivos cerrados 4",
                "Mantenimientos correctivos atendidos 2", "Mantenimientos correctivos cerrados 1",
                "Equipos atendidos 6", "Mantenimientos pendientes 2", "Marco Torres Huanca");
        assertThrows(NullPointerException.class, () -> pdf.report(data(null), SUBTITLE));
    }
}
