package org.sigti.workflow.catalog;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A manual (or stand-alone procedure document) of the seeds, as procedures.md §0.1 names it.
 *
 * @param code     its code as written (for SEPREM, whose manual has no code of its own, the range of its process codes)
 * @param name     its title in Spanish, as written
 * @param version  its version or edition
 * @param approval the act that approved it
 */
public record Manual(String code, String name, String version, String approval) implements Serializable {

    public Manual {
        requireNonNull(code, "The manual's code is required.");
        requireNonNull(name, "The manual's name is required.");
    }
}
