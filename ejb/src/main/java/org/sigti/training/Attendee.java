package org.sigti.training;

import java.io.Serializable;

/** One person of the attendance list: name, unit, DNI or e-mail, and whether they signed the acta. */
public record Attendee(String name, String unit, String dniOrEmail, boolean signed) implements Serializable {
}
