package org.sigti.sgsi;

import java.io.Serializable;
import java.time.Instant;

/** A line of the register: the document, the version in force, the newest uploaded and how many there are. */
public record SgsiRow(long id, String code, String title, String versionLabel, SgsiDocumentState state,
        String teamCode, String memorandum, Instant changedAt, long versions) implements Serializable {
}
