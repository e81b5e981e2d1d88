package org.sigti.web.kb;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.kb.KbArticle;
import org.sigti.kb.KbArticleView;
import org.sigti.kb.KbDraft;
import org.sigti.kb.KbException;
import org.sigti.kb.KbInvalidDraftException;
import org.sigti.kb.KbOwnerUnit;
import org.sigti.kb.KbScope;
import org.sigti.kb.KbViolation;
import org.sigti.kb.KnowledgeBase;

/**
 * /kb/article.xhtml: one article ({@code ?id=}), its edit form ({@code ?id=&edit=true}, IT staff), or a new article
 * (no id; IT staff only, others get the 403 page), linked to a case when {@code ?caseId=} is given (UGAT/AIT-PR01
 * step 6). A refused save keeps what was typed and says why, next to the field concerned.
 */
@Named
@ViewScoped
public class KbArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Draft field → the input of the form that shows its message. */
    private static final Map<String, String> INPUTS = Map.of(KbDraft.FIELD_TITLE, "article:title",
            KbDraft.FIELD_PROBLEM, "article:problem", KbDraft.FIELD_SOLUTION, "article:solution",
            KbDraft.FIELD_SCOPE, "article:scope", KbDraft.FIELD_OWNER_UNIT, "article:ownerUnit");

    @EJB
    private KnowledgeBase knowledgeBase;

    private Long id;
    private boolean edit;
    private Long caseId;

    private KbArticleView article;
    private boolean editing;
    private List<KbOwnerUnit> units = List.of();
    private Boolean canWrite;

    private String title;
    private String problem;
    private String solution;
    private KbScope scope;
    private String ownerUnitCode;

    /** f:viewAction: the article to show or edit, or a new draft; 404 when the id names no article. */
    public void load() throws IOException {
        if (id == null) {
            startEditing(knowledgeBase.newDraft());
            return;
        }
        article = knowledgeBase.find(id).orElse(null);
        if (article == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        } else if (edit && isCanWrite()) {
            startEditing(article.toDraft());
        }
    }

    private void startEditing(KbDraft draft) {
        title = draft.title();
        problem = draft.problem();
        solution = draft.solution();
        scope = draft.scope();
        ownerUnitCode = draft.ownerUnitCode();
        units = knowledgeBase.ownerUnits();
        editing = true;
    }

    /** Writes the new article or the changes, then shows the article. */
    public String save() {
        KbDraft draft = new KbDraft(title, problem, solution, scope, ownerUnitCode);
        long saved;
        try {
            if (article == null) {
                saved = knowledgeBase.create(draft, caseId);
            } else {
                knowledgeBase.update(article.id(), article.version(), draft, caseId);
                saved = article.id();
            }
        } catch (KbException refused) {
            // a business refusal (duplicate, stale, invalid): the person fixes it on this form
            show(refused);
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, "kb_article.message.saved",
                List.of(KbArticle.codeOf(saved))));
        return "/kb/article?faces-redirect=true&id=" + saved;
    }

    private void show(KbException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused instanceof KbInvalidDraftException invalid) {
            for (KbViolation violation : invalid.getViolations()) {
                faces.addMessage(INPUTS.get(violation.field()),
                        message(FacesMessage.SEVERITY_ERROR, violation.messageKey(), violation.arguments()));
            }
        } else {
            String input = refused.getMessageKey().startsWith("kb.error.duplicate") ? INPUTS.get(KbDraft.FIELD_TITLE)
                    : null;
            faces.addMessage(input,
                    message(FacesMessage.SEVERITY_ERROR, refused.getMessageKey(), refused.getArguments()));
        }
    }

    private static FacesMessage message(FacesMessage.Severity severity, String key, List<String> arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "i18n").getString(key);
        return new FacesMessage(severity, MessageFormat.format(text, arguments.toArray()), null);
    }

    public boolean isCanWrite() {
        if (canWrite == null) {
            canWrite = knowledgeBase.canWrite();
        }
        return canWrite;
    }

    public KbScope[] getScopes() {
        return KbScope.values();
    }

    public List<KbOwnerUnit> getUnits() {
        return units;
    }

    public KbArticleView getArticle() {
        return article;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isEdit() {
        return edit;
    }

    public void setEdit(boolean edit) {
        this.edit = edit;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public KbScope getScope() {
        return scope;
    }

    public void setScope(KbScope scope) {
        this.scope = scope;
    }

    public String getOwnerUnitCode() {
        return ownerUnitCode;
    }

    public void setOwnerUnitCode(String ownerUnitCode) {
        this.ownerUnitCode = ownerUnitCode;
    }
}
