package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Locale;

/** A text of a declaration in Spanish (the manual's words) and English. */
public record Text(String es, String en) implements Serializable {

    public Text {
        requireNonNull(es, "Spanish text is required.");
        en = en == null ? es : en;
    }

    public static Text of(String es, String en) {
        return new Text(es, en);
    }

    /** English for English locales, Spanish otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : es;
    }
}
