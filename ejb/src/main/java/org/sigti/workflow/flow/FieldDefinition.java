package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A value a step records on the case (the time estimate of 3.A.1, the diagnosis of step 5...). Validation is here so
 * that every screen and service refuses the same bad input with the same message key.
 */
public record FieldDefinition(String name, Text label, FieldKind kind, boolean required, int maxLength,
        List<Option> options, boolean prefilled) implements Serializable {

    /** One option of a {@link FieldKind#CHOICE} field. */
    public record Option(String value, Text label) implements Serializable {
    }

    public FieldDefinition {
        requireNonNull(name);
        requireNonNull(label);
        requireNonNull(kind);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static FieldDefinition text(String name, Text label, boolean required) {
        return new FieldDefinition(name, label, FieldKind.TEXT, required, 200, List.of(), false);
    }

    public static FieldDefinition longText(String name, Text label, boolean required) {
        return new FieldDefinition(name, label, FieldKind.LONG_TEXT, required, 4000, List.of(), false);
    }

    public static FieldDefinition hours(String name, Text label, boolean required) {
        return new FieldDefinition(name, label, FieldKind.HOURS, required, 10, List.of(), false);
    }

    public static FieldDefinition choice(String name, Text label, boolean required, List<Option> options) {
        return new FieldDefinition(name, label, FieldKind.CHOICE, required, 40, options, false);
    }

    /**
     * The same field, shown on a step's form with the value the case already holds for it (one the mail intake or an
     * earlier step recorded), for the performer to check and correct rather than type again. Fields are blank by
     * default: a value recorded for another purpose is never offered as an answer unless the procedure says so.
     */
    public FieldDefinition prefilledFromCase() {
        return new FieldDefinition(name, label, kind, required, maxLength, options, true);
    }

    /**
     * The message key of what is wrong with a value, or empty when it is acceptable. The value is already trimmed;
     * blank means absent.
     */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of("workflow.field.required") : Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of("workflow.field.tooLong");
        }
        return switch (kind) {
            case HOURS -> validHours(value) ? Optional.empty() : Optional.of("workflow.field.hours");
            case CHOICE -> options.stream().anyMatch(o -> o.value().equals(value)) ? Optional.empty()
                    : Optional.of("workflow.field.choice");
            default -> Optional.empty();
        };
    }

    private static boolean validHours(String value) {
        try {
            BigDecimal hours = new BigDecimal(value.replace(',', '.'));
            return hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(10_000)) < 0 && hours.scale() <= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
