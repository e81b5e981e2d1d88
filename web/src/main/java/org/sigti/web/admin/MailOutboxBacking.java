package org.sigti.web.admin;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.mail.MailOutboxLog;
import org.sigti.mail.MailStatus;
import org.sigti.mail.OutboxRow;
import org.sigti.security.Roles;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;

/**
 * /admin/mail-outbox.xhtml: the outgoing mails of one status, or those not sent yet, newest first, paged in the
 * database; the status comes from the URL (bookmarkable). The Jefe sends a pending mail now or retries a failed one;
 * the Auditor reads.
 */
@Named
@ViewScoped
public class MailOutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MailOutboxLog outbox;

    @jakarta.inject.Inject
    private org.sigti.web.home.DisplayTime time;

    private String status;
    private MailStatus filter;
    private LazyDataModel<OutboxRow> mails;

    @PostConstruct
    void init() {
        mails = new PagedList<>(() -> outbox.count(filter), (first, size) -> outbox.page(filter, first, size),
                row -> String.valueOf(row.id()));
    }

    /** f:viewAction: applies the URL's status; an unknown one is a message and the mails not sent. */
    public void load() {
        filter = UrlFilter.parse(MailStatus.class, status, "admin_mail-outbox.message.badFilter");
        if (filter == null) {
            status = null;
        }
    }

    /** "Enviar ahora" on a pending mail, "Reintentar" on a failed one. */
    public void sendNow(long id) {
        if (outbox.sendNow(id)) {
            ProblemMessages.info("admin_mail-outbox.message.due");
        } else {
            ProblemMessages.warn("admin_mail-outbox.message.notDue");
        }
    }

    /** The mails the URL's status selects, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        MailStatus f = filter;
        TableExport<OutboxRow> export = TableExport.of("admin_mail-outbox.exportFile");
        export.column("admin_mail-outbox.column.created", r -> time.format(r.createdAt()))
                .column("admin_mail-outbox.column.recipient", OutboxRow::recipient)
                .column("admin_mail-outbox.column.subject", OutboxRow::subject)
                .column("admin_mail-outbox.column.case", r -> r.caseId() != null ? r.source()
                        : export.text("admin_mail-outbox.source." + r.source()))
                .column("admin_mail-outbox.column.attempts", r -> String.valueOf(r.attempts()))
                .column("admin_mail-outbox.column.nextAttempt", r -> time.format(r.nextAttemptAt()))
                .column("admin_mail-outbox.column.lastError", r -> r.lastErrorKind() == null ? null
                        : export.text("MailErrorKind." + r.lastErrorKind()))
                .column("admin_mail-outbox.column.status", r -> export.text("MailStatus." + r.status()))
                .send(ExportFormat.named(format), MailOutboxLog.MAX_PAGE_SIZE,
                        (first, size) -> outbox.page(f, first, size));
    }

    /** Only the Jefe sends and retries; the Auditor reads. */
    public boolean isActor() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.JEFE);
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public LazyDataModel<OutboxRow> getMails() {
        return mails;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
