package org.sigti.web.accounts;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.accounts.AccountEventRow;
import org.sigti.accounts.AccountFilter;
import org.sigti.accounts.AccountRow;
import org.sigti.accounts.AccountStatus;
import org.sigti.accounts.Accounts;
import org.sigti.web.faces.PagedList;
import org.sigti.web.i18n.ApplicationBundle;

/**
 * /accounts/list.xhtml: every account, paged in the database, filtered by platform, status and person; with a
 * person chosen, the history of that person's accounts. The filter comes from the URL (bookmarkable).
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Accounts accounts;

    @EJB
    private org.sigti.inventory.InventoryCustody custody;

    private String platform;
    private String status;
    private String person;
    private AccountFilter filter = AccountFilter.none();
    private LazyDataModel<AccountRow> rows;
    private List<AccountEventRow> history = List.of();
    private List<org.sigti.inventory.Holding> holdings = List.of();

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> accounts.count(filter), (first, size) -> accounts.page(filter, first, size),
                row -> String.valueOf(row.id()));
    }

    /** f:viewAction: applies the URL's filter; a bad one is a message and the unfiltered list. */
    public void load() {
        try {
            filter = new AccountFilter(platform, status, person);
        } catch (IllegalArgumentException bad) {
            filter = AccountFilter.none();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ApplicationBundle.forLocale(
                    "org.sigti.web.i18n.messages", faces.getViewRoot().getLocale()).getString(
                            "accounts_list.message.badFilter"), null));
        }
        history = filter.person() == null ? List.of() : accounts.history(filter.person());
        holdings = filter.person() == null ? List.of() : custody.holdings(filter.person());
    }

    /** The license seats and equipment the chosen person holds (what a baja releases and returns). */
    public List<org.sigti.inventory.Holding> getHoldings() {
        return holdings;
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public LazyDataModel<AccountRow> getRows() {
        return rows;
    }

    public List<AccountEventRow> getHistory() {
        return history;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }
}
