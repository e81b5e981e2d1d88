package org.sigti.kb;

import java.io.Serializable;

/** An IT unit that may own articles, for the article form. */
public record KbOwnerUnit(String code, String name) implements Serializable {
}
