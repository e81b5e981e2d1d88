package org.sigti.kb;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with a draft: the field ({@code KbDraft.FIELD_*}), the key of its message in the application
 * bundle, and the message's arguments.
 */
public record KbViolation(String field, String messageKey, List<String> arguments) implements Serializable {

    public KbViolation {
        arguments = List.copyOf(arguments);
    }

    public KbViolation(String field, String messageKey, Object... arguments) {
        this(field, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
