package org.sigti.web.accounts;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.accounts.review.AccessReviews;
import org.sigti.accounts.review.ReviewAccountRow;
import org.sigti.accounts.review.ReviewRow;
import org.sigti.web.faces.PagedList;
import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.WorkflowException;

/**
 * /accounts/review.xhtml (S04.03.01.02.R, the semiannual access review): without {@code id}, the reviews the caller
 * may read and, for the Jefe, "Generar revisión ahora" and the semester calendar; with {@code id}, the unit's accounts
 * paged in the database, Confirmar / Revocar (with the reason) per account and "Completar revisión".
 */
@Named
@ViewScoped
public class AccessReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccessReviews reviews;

    private Long id;
    private ReviewRow review;
    private LazyDataModel<ReviewRow> list;
    private LazyDataModel<ReviewAccountRow> accounts;
    private final Map<Long, String> reasons = new HashMap<>();
    private String comment;
    private String calendar;

    @PostConstruct
    void init() {
        list = new PagedList<>(reviews::countReviews, reviews::reviews, row -> String.valueOf(row.id()));
    }

    /**
     * f:viewAction: the chosen review (refused for another unit's Responsable), or the list; the whole screen is
     * refused to another institution's people.
     */
    public void load() {
        reviews.enter();
        if (id != null) {
            long reviewId = id;
            review = reviews.review(reviewId);
            accounts = new PagedList<>(() -> reviews.countAccounts(reviewId),
                    (first, size) -> reviews.accounts(reviewId, first, size), row -> String.valueOf(row.accountId()));
        } else if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("Jefe")) {
            calendar = reviews.calendar();
        }
    }

    public String generate() {
        info("access_review.message.generated", reviews.generateNow(), reviews.currentSemester());
        return "/accounts/review?faces-redirect=true";
    }

    public String saveCalendar() {
        try {
            info("access_review.message.calendarSaved", reviews.changeCalendar(calendar));
        } catch (WorkflowException e) {
            error(e);
            return null;
        }
        return "/accounts/review?faces-redirect=true";
    }

    public void confirm(long accountId) {
        try {
            reviews.confirm(review.id(), accountId);
        } catch (WorkflowException e) {
            error(e);
        }
    }

    public void revoke(long accountId) {
        try {
            reviews.revoke(review.id(), accountId, reasons.get(accountId));
            reasons.remove(accountId);
        } catch (WorkflowException e) {
            error(e);
        }
    }

    public String complete() {
        try {
            reviews.complete(review.id(), comment);
        } catch (WorkflowException e) {
            error(e);
            return null;
        }
        info("access_review.message.completed", review.caseNumber());
        return "/accounts/review?faces-redirect=true&id=" + review.id();
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ApplicationBundle.forLocale("org.sigti.web.i18n.messages", faces.getViewRoot().getLocale());
    }

    private static String text(String key, Object... args) {
        ResourceBundle bundle = bundle();
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    private static void error(WorkflowException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                text(e.messageKey(), e.arguments().toArray()), null));
    }

    private static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewRow getReview() {
        return review;
    }

    public LazyDataModel<ReviewRow> getList() {
        return list;
    }

    public LazyDataModel<ReviewAccountRow> getAccounts() {
        return accounts;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }
}
