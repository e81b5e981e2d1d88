package org.sigti.quality;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;

/**
 * The fields a procedure declares on its step "Realizar el Plan de pruebas" (S04.02.00.01 step 19, S04.02.00.02
 * step 11) and hands to {@link QualityAssurance#plan}, and the names of the case fields the plan records (shown on the
 * case page under {@code case.field.<name>}).
 */
public final class QaFields {

    /** How many interfaces (screens) the tests cover: a whole number from 1. */
    public static final FieldDefinition INTERFACES = FieldDefinition.text("qa_interfaces",
            of("Número de interfaces a probar", "Number of interfaces to test"), true);

    /** For 9 or more interfaces, the days of control de calidad the analyst chooses (8 when left blank). */
    public static final FieldDefinition DAYS = FieldDefinition.choice("qa_days",
            of("Días de control de calidad (9 o más interfaces)", "Days of quality control (9 or more interfaces)"),
            false, List.of(new Option("8", of("8 días hábiles", "8 business days")),
                    new Option("9", of("9 días hábiles", "9 business days")),
                    new Option("10", of("10 días hábiles", "10 business days"))));

    /** Case field: the first day of the test window (ISO date, yyyy-MM-dd). */
    public static final String CASE_START = "qa_start";
    /** Case field: the due date of the test window (ISO date, yyyy-MM-dd). */
    public static final String CASE_DUE = "qa_due";

    private QaFields() {
    }
}
