package org.sigti.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Searches in the knowledge base's term index ({@code kb_term}, primary key {@code (term, article_id)}), in portable
 * SQL that runs the same on H2 and PostgreSQL and pages in the database.
 *
 * <p>A query is reduced to its Spanish terms ({@link SpanishText#terms}, at most {@value #MAX_QUERY_TERMS}). An
 * article matches when it has every term (AND); a term of {@value #PREFIX_MINLENGTH} or more letters also matches
 * the longer terms it begins ("impre" finds "impresor"), through an index range plus a LIKE. Ranking: the sum of the
 * weights of the matched terms (title 3, problem 1, solution 1; exact matches count double), then the most
 * recently updated. An empty query, or one with no significant word, lists the newest articles first.
 */
public final class KbSearch {

    /** The most terms of a query that are used; later words are ignored. */
    public static final int MAX_QUERY_TERMS = 8;
    /** The most terms of a text that {@link #similar} compares. */
    public static final int MAX_SIMILAR_TERMS = 32;
    /** Query terms at least this long also match longer terms beginning with them. */
    public static final int PREFIX_MINLENGTH = 3;

    private static final String PUBLIC_ONLY = " AND a.scope = 'PUBLIC'";

    /** Every search stays in one institution's articles. */
    private static final String INSTITUTION = " AND a.institution_code = :institution";

    private final String institution;
    private final List<String> terms;
    private final boolean publicOnly;

    private KbSearch(String institution, List<String> terms, boolean publicOnly) {
        this.institution = java.util.Objects.requireNonNull(institution, "Institution is required.");
        this.terms = List.copyOf(terms);
        this.publicOnly = publicOnly;
    }

    /**
     * The search for what a person typed, in an institution's articles.
     *
     * @param institution the institution's code
     * @param query      the words, in any case, with or without accents; null is an empty query
     * @param publicOnly true for callers who may read public articles only
     */
    public static KbSearch of(String institution, String query, boolean publicOnly) {
        List<String> terms = SpanishText.terms(query);
        return new KbSearch(institution, withoutImpliedPrefixes(terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))),
                publicOnly);
    }

    /**
     * A prefix term that begins another term of the query adds nothing (whatever matches the longer one matches it
     * too) and is dropped; after that no stored term can match two query terms, which the HAVING clause relies on.
     */
    private static List<String> withoutImpliedPrefixes(List<String> terms) {
        List<String> kept = new ArrayList<>();
        for (String term : terms) {
            boolean implied = term.length() >= PREFIX_MINLENGTH
                    && terms.stream().anyMatch(other -> other.length() > term.length() && other.startsWith(term));
            if (!implied) {
                kept.add(term);
            }
        }
        return kept;
    }

    /** The terms searched for, after normalization. */
    public List<String> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** A page of the ids of the matching articles, best first. */
    public List<Long> ids(EntityManager em, int first, int max) {
        Map<String, Object> parameters = new HashMap<>(Map.of("institution", institution));
        String sql = isEmpty()
                ? "SELECT a.id FROM kb_article a WHERE 1 = 1" + scope() + " ORDER BY a.updated_at DESC, a.id DESC"
                : matching(parameters) + " ORDER BY " + score() + " DESC, a.updated_at DESC, a.id DESC";
        Query query = em.createNativeQuery(sql).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max));
        return ids(query, parameters);
    }

    /** How many articles match, counting no further than {@code cap}: the cost stays bounded for broad queries. */
    public long count(EntityManager em, int cap) {
        Map<String, Object> parameters = new HashMap<>(Map.of("institution", institution));
        String inner = isEmpty() ? "SELECT a.id FROM kb_article a WHERE 1 = 1" + scope() : matching(parameters);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM (" + inner + " FETCH FIRST " + Math.max(0, cap)
                + " ROWS ONLY) x");
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The ids of the articles that share the most terms with a text (exact terms, no prefixes), best first: for
     * "check the knowledge base before escalating", with the title and description of a case as text. When the
     * text has two terms or more, an article must share at least two.
     */
    public static List<Long> similar(EntityManager em, String institution, String text, boolean publicOnly,
            int max) {
        List<String> terms = SpanishText.terms(text);
        terms = terms.subList(0, Math.min(terms.size(), MAX_SIMILAR_TERMS));
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("institution", institution));
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            in.append(i == 0 ? ":s" : ", :s").append(i);
            parameters.put("s" + i, terms.get(i));
        }
        String sql = "SELECT a.id FROM kb_article a JOIN kb_term t ON t.article_id = a.id"
                + " WHERE t.term IN (" + in + ")" + INSTITUTION + (publicOnly ? PUBLIC_ONLY : "")
                + " GROUP BY a.id, a.updated_at HAVING COUNT(*) >= " + Math.min(2, terms.size())
                + " ORDER BY COUNT(*) DESC, SUM(t.weight) DESC, a.updated_at DESC, a.id DESC";
        return ids(em.createNativeQuery(sql).setMaxResults(Math.max(1, max)), parameters);
    }

    private String scope() {
        return INSTITUTION + (publicOnly ? PUBLIC_ONLY : "");
    }

    /** The articles having every term, one row per article. */
    private String matching(Map<String, Object> parameters) {
        StringBuilder any = new StringBuilder();
        StringBuilder which = new StringBuilder("CASE");
        for (int i = 0; i < terms.size(); i++) {
            String condition = condition(i, parameters);
            any.append(i == 0 ? "" : " OR ").append(condition);
            which.append(" WHEN ").append(condition).append(" THEN ").append(i);
        }
        return "SELECT a.id FROM kb_article a JOIN kb_term t ON t.article_id = a.id"
                + " WHERE (" + any + ")" + scope()
                + " GROUP BY a.id, a.updated_at"
                + " HAVING COUNT(DISTINCT " + which + " END) = " + terms.size();
    }

    private String condition(int i, Map<String, Object> parameters) {
        String term = terms.get(i);
        parameters.put("t" + i, term);
        if (term.length() < PREFIX_MINLENGTH) {
            return "t.term = :t" + i;
        }
        // the range lets any B-tree index serve the prefix whatever the collation; terms are [a-z0-9], 'z' is last
        parameters.put("hi" + i, term + "z".repeat(SpanishText.TERM_MAXLENGTH - term.length()));
        parameters.put("like" + i, term + "%");
        return "(t.term >= :t" + i + " AND t.term <= :hi" + i + " AND t.term LIKE :like" + i + ")";
    }

    /** Matched weights, exact matches counting double. */
    private String score() {
        StringBuilder exact = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            exact.append(i == 0 ? "" : " OR ").append("t.term = :t").append(i);
        }
        return "SUM(CASE WHEN " + exact + " THEN 2 * t.weight ELSE t.weight END)";
    }

    private static List<Long> ids(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }
}
