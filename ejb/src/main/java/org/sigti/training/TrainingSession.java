package org.sigti.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The training session of a case as the Acta de capacitación records it (S04.02.00.01 Formato N°17, S04.02.00.02
 * Formato N°12): date, place, topic, the system of the catalog by its code (blank: none), the trainer, the attendees.
 * {@link Trainings#attendees} reads the list from text, one attendee a line.
 */
public record TrainingSession(LocalDate date, String place, String topic, String systemCode, String trainer,
        List<Attendee> attendees) implements Serializable {
}
