package org.sigti.document;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the two documents of S04.03.04.03's year print: the Plan de mantenimiento de equipos de cómputo (with its
 * cronograma) and the Informe técnico de mantenimiento de equipos de cómputo e impresoras (Formato N°01). People are
 * full names; a step not done yet is null.
 */
public record AnnualMaintenanceData(Letterhead letterhead, int year, Step drafted, Step acknowledged, Step reviewed,
        Step reported, Step received, List<Line> schedule, int scheduleTotal, Figures figures, Instant generatedAt,
        ZoneId zone) {

    /** A step of the plan done: by whom and when. */
    public record Step(String by, Instant at) {
    }

    /** One piece of equipment of the cronograma: its month, code, description, custodian, case and its state. */
    public record Line(int month, String code, String equipment, String custodian, String caseNumber, String state) {
    }

    /** The year's figures: preventive planned and closed, corrective opened and closed, equipment served, pending. */
    public record Figures(int preventivePlanned, int preventiveClosed, int correctiveOpened, int correctiveClosed,
            int equipmentServed, int pending) {
    }
}
