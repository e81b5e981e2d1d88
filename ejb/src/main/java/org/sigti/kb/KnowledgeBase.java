package org.sigti.kb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.unit.OrgUnit;
import org.sigti.unit.UnitKind;

/**
 * The knowledge base ("Base de conocimiento") of UGAT/AIT-PR01 (step 3: check it before routing a case; step 6:
 * update it, without duplicates), PR02 (step 2: the UIT's internal knowledge base; step 6) and PR03 (step 4).
 *
 * <p>Everyone reads it: IT staff and the Auditor see every article, other callers (Solicitantes) the PUBLIC ones
 * only; asking for an INTERNAL article by id is recorded as a denied attempt. Only IT staff write; the Auditor reads,
 * never writes. Searches ({@link KbSearch}) are in Spanish without case or accents, every word must match, and pages
 * come from the database. No two articles have the same title ({@link KbDuplicateException}); a concurrent edit is
 * refused ({@link KbStaleException}); bad input is refused with what to fix ({@link KbInvalidDraftException}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class KnowledgeBase {

    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    /** Searches count, and page, no further than this many results: the cost stays bounded for broad queries. */
    public static final int MAX_COUNT = 1000;
    /** The most articles {@link #similar} returns. */
    public static final int MAX_SIMILAR = 20;
    /** The most linked cases an article's view lists. */
    public static final int MAX_LINKED_CASES_SHOWN = 50;

    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class.getName());
    private static final String SELECT_ROW = "select new org.sigti.kb.KbArticleRow(a.id, a.code, a.title, a.scope,"
            + " u.code, a.updatedAt) from KbArticle a left join a.ownerUnit u";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @jakarta.inject.Inject
    org.sigti.people.Institutions institutions;

    @EJB
    private SecurityEvents securityEvents;

    private final Clock clock = Clock.systemUTC();

    /**
     * A page of the articles that have every word of the query, best first; the newest first for an empty query.
     * Results beyond the first {@value #MAX_COUNT} are not reachable.
     */
    public List<KbArticleRow> search(String query, int first, int pageSize) {
        int start = Math.max(0, first);
        int size = Math.min(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)), MAX_COUNT - start);
        if (size <= 0) {
            return List.of();
        }
        return rows(KbSearch.of(institution(), query, requesterOnly()).ids(em, start, size));
    }

    /** How many articles {@link #search} finds for the query, at most {@value #MAX_COUNT}. */
    public long count(String query) {
        return KbSearch.of(institution(), query, requesterOnly()).count(em, MAX_COUNT);
    }

    /**
     * The articles that share the most words with a text, best first: "check the knowledge base before routing the
     * case" (PR01 step 3), with the case's title and description as text. Empty when nothing is close.
     */
    public List<KbArticleRow> similar(String text, int max) {
        return rows(KbSearch.similar(em, institution(), text, requesterOnly(), Math.max(1, Math.min(max, MAX_SIMILAR))));
    }

    /** The articles linked to a case, most recently updated first. */
    public List<KbArticleRow> linkedTo(long caseId) {
        String scope = requesterOnly() ? " and a.scope = org.sigti.kb.KbScope.PUBLIC" : "";
        return em.createQuery(SELECT_ROW + " where a.institutionCode = :institution and a.id in"
                + " (select c.id.articleId from KbArticleCase c where c.id.caseId = :caseId)" + scope
                + " order by a.updatedAt desc, a.id desc", KbArticleRow.class)
                .setParameter("institution", institution()).setParameter("caseId", caseId)
                .setMaxResults(MAX_PAGE_SIZE)
                .getResultList();
    }

    /**
     * The article, if it exists. An INTERNAL article asked for by a caller who may read PUBLIC ones only is a denied
     * attempt: recorded, then {@link AccessDeniedException}.
     */
    public Optional<KbArticleView> find(long id) {
        KbArticle article = em.find(KbArticle.class, id);
        if (article != null && !article.getInstitutionCode().equals(institution())) {
            securityEvents.accessDenied("KnowledgeBase.get", "KbArticle", article.getCode(), null,
                    "another institution's article");
            throw new AccessDeniedException("Knowledge-base article " + article.getCode() + " of another institution");
        }
        if (article == null) {
            return Optional.empty();
        }
        if (!article.isPublic() && requesterOnly()) {
            securityEvents.accessDenied("KnowledgeBase.get", "KbArticle", article.getCode(), null,
                    "internal article");
            throw new AccessDeniedException("Internal knowledge-base article " + article.getCode());
        }
        return Optional.of(view(article));
    }

    /** The article, like {@link #find}; {@link KbNotFoundException} when there is none. */
    public KbArticleView get(long id) {
        return find(id).orElseThrow(() -> new KbNotFoundException(id));
    }

    /** Whether the caller may write articles (IT staff). */
    public boolean canWrite() {
        return Roles.IT_STAFF.stream().anyMatch(context::isCallerInRole);
    }

    /** An empty draft for a new article: INTERNAL, owned by the caller's unit when it is an IT unit. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
    public KbDraft newDraft() {
        String unit = em.createNamedQuery("UserProfile.findUnitCode", String.class)
                .setParameter("username", caller()).getResultStream().findFirst()
                .flatMap(this::itUnit).map(OrgUnit::getCode).orElse(null);
        return new KbDraft(null, null, null, KbScope.INTERNAL, unit);
    }

    /** The IT units that may own articles, by code. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
    public List<KbOwnerUnit> ownerUnits() {
        return em.createQuery("select new org.sigti.kb.KbOwnerUnit(u.code, u.name) from OrgUnit u"
                + " where u.kind = :kind and u.institutionCode = :institution order by u.code", KbOwnerUnit.class)
                .setParameter("kind", UnitKind.IT_TEAM).setParameter("institution", institutions.ofUser(caller()))
                .getResultList();
    }

    /**
     * Writes a new article (PR01 step 6) and returns its id.
     *
     * @param caseId the case it comes from, linked to it; or null
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
    public long create(KbDraft draft, Long caseId) {
        OrgUnit unit = checked(draft, caseId);
        refuseDuplicate(draft.title(), null);
        KbArticle article = new KbArticle(institution(), draft.title(), draft.problem(), draft.solution(), draft.scope(), unit,
                caller(), clock.instant());
        em.persist(article);
        flush(article.getCode());
        if (caseId != null) {
            link(article.getId(), caseId);
        }
        LOG.info(() -> "SIGTI: knowledge-base article " + article.getCode() + " written by " + caller());
        return article.getId();
    }

    /**
     * Replaces the content of an article (PR01 step 6, PR02 step 6); content equal to the stored one changes
     * nothing but the case link.
     *
     * @param expectedVersion the {@link KbArticleView#version()} the editor started from
     * @param caseId          a case to link to the article (again: linking is idempotent); or null
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
    public void update(long id, long expectedVersion, KbDraft draft, Long caseId) {
        OrgUnit unit = checked(draft, caseId);
        KbArticle article = existing(id);
        if (article.getVersion() != expectedVersion) {
            throw new KbStaleException(article.getCode());
        }
        refuseDuplicate(draft.title(), article.getId());
        if (article.revise(draft.title(), draft.problem(), draft.solution(), draft.scope(), unit, caller(),
                clock.instant())) {
            flush(article.getCode());
            LOG.info(() -> "SIGTI: knowledge-base article " + article.getCode() + " revised by " + caller());
        }
        if (caseId != null) {
            link(id, caseId);
        }
    }

    /** Records that an existing article solved a case (PR01 step 3); linking twice is linking once. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
    public void linkCase(long id, long caseId) {
        existing(id);
        if (caseId <= 0) {
            throw new KbInvalidDraftException(List.of(new KbViolation(KbDraft.FIELD_CASE, "kb.error.case.invalid")));
        }
        link(id, caseId);
    }

    private KbArticle existing(long id) {
        KbArticle article = em.find(KbArticle.class, id);
        if (article != null && !article.getInstitutionCode().equals(institution())) {
            securityEvents.accessDenied("KnowledgeBase.write", "KbArticle", article.getCode(), null,
                    "another institution's article");
            throw new AccessDeniedException("Knowledge-base article " + article.getCode() + " of another institution");
        }
        if (article == null) {
            throw new KbNotFoundException(id);
        }
        return article;
    }

    /** The owner unit of a valid draft; {@link KbInvalidDraftException} with every problem otherwise. */
    private OrgUnit checked(KbDraft draft, Long caseId) {
        Objects.requireNonNull(draft, "Draft is required.");
        List<KbViolation> violations = new ArrayList<>(draft.violations());
        OrgUnit unit = null;
        if (draft.ownerUnitCode() != null) {
            unit = itUnit(draft.ownerUnitCode()).orElse(null);
            if (unit == null) {
                violations.add(new KbViolation(KbDraft.FIELD_OWNER_UNIT, "kb.error.ownerUnit.unknown",
                        draft.ownerUnitCode()));
            }
        }
        if (caseId != null && caseId <= 0) {
            violations.add(new KbViolation(KbDraft.FIELD_CASE, "kb.error.case.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new KbInvalidDraftException(violations);
        }
        return unit;
    }

    private Optional<OrgUnit> itUnit(String code) {
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                .setParameter("institution", institutions.ofUser(caller()))
                .setParameter("code", code.toUpperCase(Locale.ROOT)).getResultStream()
                .filter(unit -> unit.getKind() == UnitKind.IT_TEAM).findFirst();
    }

    private void refuseDuplicate(String title, Long self) {
        em.createNamedQuery("KbArticle.findByTitleKey", KbArticle.class).setParameter("institution", institution())
                .setParameter("titleKey", SpanishText.titleKey(title)).getResultStream()
                .filter(other -> !other.getId().equals(self)).findFirst()
                .ifPresent(other -> {
                    throw new KbDuplicateException(other.getCode());
                });
    }

    /** Writes now, so that a concurrent edit or a concurrent article with the same title is told apart. */
    private void flush(String code) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new KbStaleException(code);
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("uk_kb_article_title_key")) {
                    throw new KbDuplicateException(null);
                }
            }
            throw e;
        }
    }

    private void link(long articleId, long caseId) {
        if (em.find(KbArticleCase.class, new KbArticleCase.Key(articleId, caseId)) == null) {
            em.persist(new KbArticleCase(articleId, caseId, clock.instant()));
        }
    }

    private KbArticleView view(KbArticle article) {
        List<Long> cases = em.createNamedQuery("KbArticleCase.findCaseIds", Long.class)
                .setParameter("articleId", article.getId()).setMaxResults(MAX_LINKED_CASES_SHOWN).getResultList();
        long caseCount = cases.size() < MAX_LINKED_CASES_SHOWN ? cases.size()
                : em.createNamedQuery("KbArticleCase.countByArticle", Long.class)
                        .setParameter("articleId", article.getId()).getSingleResult();
        OrgUnit unit = article.getOwnerUnit();
        return new KbArticleView(article.getId(), article.getCode(), article.getTitle(), article.getProblem(),
                article.getSolution(), article.getScope(), unit == null ? null : unit.getCode(),
                unit == null ? null : unit.getName(), article.getCreatedBy(), article.getCreatedAt(),
                article.getUpdatedBy(), article.getUpdatedAt(), article.getVersion(), cases, caseCount);
    }

    /** The rows of these articles, in the order of the ids. */
    private List<KbArticleRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, KbArticleRow> byId = em.createQuery(SELECT_ROW + " where a.id in :ids", KbArticleRow.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(KbArticleRow::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Callers outside the IT office (Solicitantes) read PUBLIC articles only; the Auditor reads everything. */
    private boolean requesterOnly() {
        return !canWrite() && !context.isCallerInRole(Roles.AUDITOR);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** The caller's institution: the only articles they read and write. */
    private String institution() {
        return institutions.ofUser(caller());
    }
}
