package org.sigti.web.satisfaction;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.satisfaction.Rating;
import org.sigti.satisfaction.Satisfaction;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * The rating page ({@code /satisfaction/rate.xhtml?case=ID}, the closing mail's link and the case page's): its GET
 * shows the requester the form (or the rating already given), its POST records the rating once. Anyone but the
 * case's requester gets the 403 page ({@link Satisfaction#form}).
 */
@Named
@ViewScoped
public class RateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Satisfaction satisfaction;

    private Long caseId;
    private Rating rating;
    private Integer score;
    private String comment;

    /** f:viewAction: the case named by the URL, for its requester; a missing or malformed id is "not found". */
    public void load() throws IOException {
        if (caseId == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        rating = satisfaction.form(caseId);
    }

    /** Records the rating and shows it on the case page; a refusal (already rated, no score…) is told here. */
    public String rate() {
        try {
            rating = satisfaction.rate(caseId, score == null ? 0 : score, comment);
        } catch (WorkflowException e) {
            Messages.show(e, field -> field);
            return null;
        }
        Messages.info("satisfaction.rated", rating.caseNumber());
        return "/case.xhtml?faces-redirect=true&id=" + caseId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Rating getRating() {
        return rating;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
