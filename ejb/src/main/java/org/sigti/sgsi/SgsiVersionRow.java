package org.sigti.sgsi;

import java.io.Serializable;
import java.time.Instant;

/** A file version of a document, newest first; the case that uploaded it, and the memorándum that approved it. */
public record SgsiVersionRow(long id, String versionLabel, String fileName, long size, String sha256,
        String uploadedBy, Instant uploadedAt, String caseNumber, String memorandum) implements Serializable {
}
