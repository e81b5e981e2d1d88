package org.sigti.training;

import java.io.Serializable;

import org.sigti.workflow.flow.FieldDefinition;

/**
 * The names of the step's fields that hold each part of the session, so that a refusal marks the fields the person
 * typed; {@link #DEFAULT} uses this module's own names.
 */
public record TrainingFields(String date, String place, String topic, String system, String trainer,
        String attendees) implements Serializable {

    public static final TrainingFields DEFAULT = new TrainingFields("fecha_capacitacion", "lugar_capacitacion",
            "tema_capacitacion", "sistema_capacitacion", "capacitador", "asistentes");

    public static TrainingFields of(FieldDefinition date, FieldDefinition place, FieldDefinition topic,
            FieldDefinition system, FieldDefinition trainer, FieldDefinition attendees) {
        return new TrainingFields(date.name(), place.name(), topic.name(), system.name(), trainer.name(),
                attendees.name());
    }
}
