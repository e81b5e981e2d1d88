package org.sigti.changes;

import java.io.Serializable;

/** A system of the caller's catalog, to filter the history by. */
public record SystemOption(long id, String code, String name) implements Serializable {

    private static final long serialVersionUID = 1L;
}
