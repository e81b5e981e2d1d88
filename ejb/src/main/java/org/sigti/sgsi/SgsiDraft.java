package org.sigti.sgsi;

import java.io.Serializable;

/** What the register's form sends for a new document: code, title, first version label and owner team. */
public record SgsiDraft(String code, String title, String version, String team) implements Serializable {
}
