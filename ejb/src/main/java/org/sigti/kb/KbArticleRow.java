package org.sigti.kb;

import java.io.Serializable;
import java.time.Instant;

/** One line of a knowledge-base list (search results, similar articles, articles of a case). */
public record KbArticleRow(Long id, String code, String title, KbScope scope, String ownerUnitCode,
        Instant updatedAt) implements Serializable {
}
