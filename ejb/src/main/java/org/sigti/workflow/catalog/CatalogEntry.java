package org.sigti.workflow.catalog;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

import org.sigti.workflow.flow.Text;

/**
 * One procedure of the manuals, whether or not it runs in SIGTI.
 *
 * @param code        the procedure's code exactly as the manual writes it ({@code UGAT/AIT-PR01})
 * @param institution the institution and country ({@code AGETIC (Bolivia)}), as the flow declarations write it
 * @param manual      the manual it belongs to
 * @param name        the manual's Spanish name, and an English name
 * @param section     its section of procedures.md ({@code D1})
 */
public record CatalogEntry(String code, String institution, Manual manual, Text name, String section)
        implements Serializable {

    public CatalogEntry {
        requireNonNull(code, "The procedure's code is required.");
        requireNonNull(institution, "The institution is required.");
        requireNonNull(manual, "The manual is required.");
        requireNonNull(name, "The name is required.");
        requireNonNull(section, "The section is required.");
    }
}
