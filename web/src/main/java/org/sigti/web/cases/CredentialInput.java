package org.sigti.web.cases;

import java.io.Serializable;

/**
 * A credential typed on a form (UIT/ASS-PR01/PR02): its description and its value. The value is write-only (its
 * getter answers null, so no page sends it back) and transient (never in a serialized view or session).
 */
public final class CredentialInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private String label;
    private transient String value;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getValue() {
        return null; // never sent back to the browser
    }

    public void setValue(String value) {
        this.value = value;
    }

    /** The value typed, for the service that seals it. */
    String typed() {
        return value;
    }

    /** Forgets the value typed. */
    void clear() {
        value = null;
    }

    boolean isBlank() {
        return (label == null || label.isBlank()) && (value == null || value.isBlank());
    }
}
