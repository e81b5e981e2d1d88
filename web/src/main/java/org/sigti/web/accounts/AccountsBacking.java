package org.sigti.web.accounts;

import java.io.IOException;
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
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;
import org.sigti.web.i18n.ApplicationBundle;

/**
 * /accounts/list.xhtml: every account, paged in the database, filtered by platform, status and person; with a
 * person chosen, the history of that person's accounts. The filter comes from the URL (bookmarkable); the
 * filtered list exports as CSV or XLSX.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Accounts accounts;

    @EJB
    private org.sigti.inventory.InventoryCustody custody;

    @jakarta.inject.Inject
    private DisplayTime time;

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

    /** The accounts the URL's filter selects, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        AccountFilter f = filter;
        TableExport<AccountRow> export = TableExport.of("accounts_list.exportFile");
        export.column("accounts_list.column.person", r -> r.personUsername() + " — " + r.personName()
                + (r.personUnitCode() == null ? "" : " " + r.personUnitCode()))
                .column("accounts_list.column.platform", AccountRow::platformCode)
                .column("accounts_list.column.account", AccountRow::accountName)
                .column("accounts_list.column.privileges", r -> String.join(", ", r.privilegeGrants().stream()
                        .map(g -> g.code() + " " + g.name()).toList()))
                .column("accounts_list.column.status", r -> export.text("AccountStatus." + r.status()))
                .column("accounts_list.column.granted", r -> who(r.grantedBy(), r.grantedAt(), r.grantCase()))
                .column("accounts_list.column.closed", r -> who(r.closedBy(), r.closedAt(), r.closeCase()))
                .send(ExportFormat.named(format), Accounts.MAX_PAGE, (first, size) -> accounts.page(f, first, size));
    }

    private String who(String by, java.time.Instant at, String caseNumber) {
        return String.join(" ", java.util.stream.Stream.of(by, at == null ? null : time.format(at), caseNumber)
                .filter(s -> s != null && !s.isEmpty()).toList());
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
