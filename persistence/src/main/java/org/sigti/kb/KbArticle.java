package org.sigti.kb;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sigti.unit.OrgUnit;
import org.sigti.unit.InstitutionOwned;

/**
 * A knowledge-base article: a problem and its solution, public (requesters read it too) or internal (the IT office
 * only), owned by an IT unit, numbered {@code KB-000123} from its id. No two articles have the same title, compared
 * without case, accents or extra spaces ({@link SpanishText#titleKey}, unique column {@code title_key}).
 *
 * <p>Life cycle: created by IT staff (often when closing a case, which is then linked through
 * {@link KbArticleCase}), revised any number of times (each revision records who and when, and bumps the version),
 * never deleted. Every change of content rebuilds its search index: the Spanish terms of title, problem and solution
 * in {@code kb_term}, each weighted by where it appears ({@value #TITLE_WEIGHT} for the title, 1 for the problem,
 * 1 for the solution), and the same terms as text in {@code search_terms}.
 */
@Entity
@Table(name = "kb_article")
@NamedQuery(name = "KbArticle.findByTitleKey", query = "select a from KbArticle a where a.institutionCode = :institution"
        + " and a.titleKey = :titleKey")
public class KbArticle implements InstitutionOwned {

    public static final int CODE_MAXLENGTH = 20;
    public static final int TITLE_MINLENGTH = 5;
    public static final int TITLE_MAXLENGTH = 200;
    public static final int PROBLEM_MAXLENGTH = 4000;
    public static final int SOLUTION_MAXLENGTH = 8000;
    public static final int SEARCH_TERMS_MAXLENGTH = 16000;
    public static final int USERNAME_MAXLENGTH = 100;
    /** How much a term of the title weighs in the ranking; a term of the problem or of the solution weighs 1. */
    public static final int TITLE_WEIGHT = 3;
    /** The most terms one article is indexed with (a long text's later new words are not indexed). */
    public static final int MAX_TERMS = 2000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, unique = true, updatable = false, length = CODE_MAXLENGTH)
    private String code;

    @NotNull
    @Size(min = TITLE_MINLENGTH, max = TITLE_MAXLENGTH)
    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    @Column(name = "title_key", nullable = false, unique = true, length = TITLE_MAXLENGTH)
    private String titleKey;

    @NotNull
    @Size(max = PROBLEM_MAXLENGTH)
    @Column(nullable = false, length = PROBLEM_MAXLENGTH)
    private String problem;

    @NotNull
    @Size(max = SOLUTION_MAXLENGTH)
    @Column(nullable = false, length = SOLUTION_MAXLENGTH)
    private String solution;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private KbScope scope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_unit_id")
    private OrgUnit ownerUnit;

    @Column(name = "search_terms", nullable = false, length = SEARCH_TERMS_MAXLENGTH)
    private String searchTerms;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "kb_term", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "term", length = SpanishText.TERM_MAXLENGTH)
    @Column(name = "weight", nullable = false)
    private Map<String, Integer> terms = new HashMap<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = USERNAME_MAXLENGTH)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = USERNAME_MAXLENGTH)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected KbArticle() {
        // for JPA
    }

    /** A new article written by {@code author}; its code is given when it is persisted. */
    public KbArticle(String institutionCode, String title, String problem, String solution, KbScope scope, OrgUnit ownerUnit, String author,
            Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.createdBy = requireNonNull(author, "Author is required.");
        this.createdAt = requireNonNull(now, "Creation time is required.");
        write(title, problem, solution, scope, ownerUnit, author, now);
    }

    /** The code of the article with this id: {@code KB-000123}. */
    public static String codeOf(long id) {
        return String.format(Locale.ROOT, "KB-%06d", id);
    }

    /**
     * Replaces the content. Returns false, and changes nothing (not even who last edited it), when the content is the
     * same as before.
     */
    public boolean revise(String title, String problem, String solution, KbScope scope, OrgUnit ownerUnit,
            String editor, Instant now) {
        if (Objects.equals(this.title, title) && Objects.equals(this.problem, problem)
                && Objects.equals(this.solution, solution) && this.scope == scope
                && Objects.equals(unitId(this.ownerUnit), unitId(ownerUnit))) {
            return false;
        }
        write(title, problem, solution, scope, ownerUnit, editor, now);
        return true;
    }

    /** Whether requesters (Solicitantes) may read it. */
    public boolean isPublic() {
        return scope == KbScope.PUBLIC;
    }

    private void write(String title, String problem, String solution, KbScope scope, OrgUnit ownerUnit,
            String editor, Instant now) {
        this.title = requireNonNull(title, "Title is required.");
        this.titleKey = SpanishText.titleKey(title);
        this.problem = requireNonNull(problem, "Problem is required.");
        this.solution = requireNonNull(solution, "Solution is required.");
        this.scope = requireNonNull(scope, "Scope is required.");
        this.ownerUnit = ownerUnit;
        this.updatedBy = requireNonNull(editor, "Editor is required.");
        this.updatedAt = requireNonNull(now, "Time is required.");
        reindex();
    }

    /** Rebuilds the terms in place, so that only the terms that changed are written. */
    private void reindex() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weigh(weights, title, TITLE_WEIGHT);
        weigh(weights, problem, 1);
        weigh(weights, solution, 1);
        terms.keySet().retainAll(weights.keySet());
        terms.putAll(weights);
        StringBuilder text = new StringBuilder();
        for (String term : weights.keySet()) {
            if (text.length() + term.length() + 1 > SEARCH_TERMS_MAXLENGTH) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(term);
        }
        searchTerms = text.toString();
    }

    private static void weigh(Map<String, Integer> weights, String text, int weight) {
        for (String term : SpanishText.terms(text)) {
            if (weights.containsKey(term) || weights.size() < MAX_TERMS) {
                weights.merge(term, weight, Integer::sum);
            }
        }
    }

    private static Long unitId(OrgUnit unit) {
        return unit == null ? null : unit.getId();
    }

    @PrePersist
    void numberFromId() {
        // Hibernate assigns sequence ids before @PrePersist: the code goes into the same INSERT
        if (id == null) {
            throw new IllegalStateException("A knowledge-base article is numbered from its id, which is missing.");
        }
        code = codeOf(id);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public String getProblem() {
        return problem;
    }

    public String getSolution() {
        return solution;
    }

    public KbScope getScope() {
        return scope;
    }

    public OrgUnit getOwnerUnit() {
        return ownerUnit;
    }

    public String getSearchTerms() {
        return searchTerms;
    }

    /** The search index of this article: term → weight. */
    public Map<String, Integer> getTerms() {
        return Collections.unmodifiableMap(terms);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
