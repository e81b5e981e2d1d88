package org.sigti.kb;

/** Someone else changed the article after it was opened for editing: reopen it and apply the changes again. */
public class KbStaleException extends KbException {

    private static final long serialVersionUID = 1L;

    public KbStaleException(String code) {
        super("Knowledge-base article " + code + " was changed by someone else", "kb.error.stale", code);
    }
}
