package org.sigti.workflow.catalog;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A procedure of the catalog as the caller sees it.
 *
 * @param entry     the manual's data
 * @param runs      whether SIGTI runs it (a deployed {@link org.sigti.workflow.ProcedureFlow} declares it)
 * @param startable whether the caller may file a case in it
 */
public record CatalogItem(CatalogEntry entry, boolean runs, boolean startable) implements Serializable {

    public CatalogItem {
        requireNonNull(entry);
    }

    public String code() {
        return entry.code();
    }
}
