package org.sigti.web.accounts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.sigti.accounts.review.AccessReviews;

/**
 * Whether the nav bar offers "Revisión de accesos": only to the people of the institution whose manual schedules the
 * semiannual review; anyone else opening it gets the 403 page. Asked once a request, after the role check.
 */
@Named
@RequestScoped
public class AccessReviewMenu {

    @EJB
    private AccessReviews reviews;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = reviews.isCallers();
        }
        return offered;
    }
}
