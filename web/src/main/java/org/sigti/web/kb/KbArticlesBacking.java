package org.sigti.web.kb;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.kb.KbArticleRow;
import org.sigti.kb.KnowledgeBase;
import org.sigti.web.faces.PagedList;

/**
 * /kb/articles.xhtml?q=...: the knowledge base searched (UGAT/AIT-PR01 step 3), a page of results at a time. The
 * query is in the URL, so a search can be bookmarked and sent to someone.
 */
@Named
@ViewScoped
public class KbArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private KnowledgeBase knowledgeBase;

    private String query;
    private LazyDataModel<KbArticleRow> articles;
    private Long count;
    private Boolean canWrite;

    @PostConstruct
    void init() {
        articles = new PagedList<>(() -> knowledgeBase.count(query),
                (first, pageSize) -> knowledgeBase.search(query, first, pageSize), row -> String.valueOf(row.id()));
    }

    /** Searches again with the query typed: a new GET, so the results start at their first page. */
    public String search() {
        return "/kb/articles?faces-redirect=true&includeViewParams=true";
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public LazyDataModel<KbArticleRow> getArticles() {
        return articles;
    }

    /** How many articles match, for the heading (at most {@value KnowledgeBase#MAX_COUNT}). */
    public long getCount() {
        if (count == null) {
            count = knowledgeBase.count(query);
        }
        return count;
    }

    public boolean isCanWrite() {
        if (canWrite == null) {
            canWrite = knowledgeBase.canWrite();
        }
        return canWrite;
    }
}
