package org.sigti.sgsi;

import java.io.Serializable;

/** The register's filters: owner team, state, and a part of the code or title; null or blank for any. */
public record SgsiFilter(String team, SgsiDocumentState state, String text) implements Serializable {

    public static SgsiFilter none() {
        return new SgsiFilter(null, null, null);
    }
}
