package org.sigti.inventory;

import java.io.Serializable;
import java.util.List;

/** A row of an import refused: its line in the file, the bundle key of the reason and the reason's arguments. */
public record Rejection(int line, String reasonKey, List<String> arguments) implements Serializable {

    public Rejection(int line, String reasonKey, String... arguments) {
        this(line, reasonKey, List.of(arguments));
    }
}
