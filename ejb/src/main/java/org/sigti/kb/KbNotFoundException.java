package org.sigti.kb;

/** There is no article with this id. */
public class KbNotFoundException extends KbException {

    private static final long serialVersionUID = 1L;

    public KbNotFoundException(long id) {
        super("No knowledge-base article " + id, "kb.error.notFound", KbArticle.codeOf(id));
    }
}
