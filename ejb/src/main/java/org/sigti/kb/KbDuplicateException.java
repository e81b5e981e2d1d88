package org.sigti.kb;

/**
 * Another article already has this title (compared without case, accents or extra spaces): "Ya existe el artículo
 * KB-000012 con ese título". The knowledge base has no duplicates (UGAT/AIT-PR01 step 6).
 */
public class KbDuplicateException extends KbException {

    private static final long serialVersionUID = 1L;

    private final String existingCode;

    /** @param existingCode the code of the article that has the title, or null when it is not known */
    public KbDuplicateException(String existingCode) {
        super("An article with this title exists: " + existingCode,
                existingCode == null ? "kb.error.duplicate.unknown" : "kb.error.duplicate",
                existingCode == null ? new Object[0] : new Object[] {existingCode});
        this.existingCode = existingCode;
    }

    /** The code of the article that already has the title, or null when a concurrent save took it. */
    public String getExistingCode() {
        return existingCode;
    }
}
