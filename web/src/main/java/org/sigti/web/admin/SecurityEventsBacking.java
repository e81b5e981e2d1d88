package org.sigti.web.admin;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.security.KeycloakEvents;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEventLog;
import org.sigti.security.SecurityEventRow;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;

/**
 * /admin/security-events.xhtml: denied attempts and other security events, newest first, of one kind or all; the kind
 * comes from the URL (bookmarkable). "Actualizar" brings in what Keycloak recorded since its last import (failed
 * logins, lockouts, admin actions) without waiting for the clock. The list, of the kind shown, exports as CSV or XLSX.
 */
@Named
@ViewScoped
public class SecurityEventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecurityEventLog log;

    @EJB
    private KeycloakEvents keycloakEvents;

    @jakarta.inject.Inject
    private DisplayTime time;

    private String kind;
    private SecurityEventKind filter;
    private LazyDataModel<SecurityEventRow> events;

    @PostConstruct
    void init() {
        events = new PagedList<>(() -> log.count(filter), (first, size) -> log.page(filter, first, size),
                row -> String.valueOf(row.id()));
    }

    /** f:viewAction: applies the URL's kind; an unknown one is a message and every kind. */
    public void load() {
        filter = UrlFilter.parse(SecurityEventKind.class, kind, "admin_security-events.message.badFilter");
        if (filter == null) {
            kind = null;
        }
    }

    /** "Actualizar": imports Keycloak's new events now, and says how many, or that Keycloak did not answer. */
    public void refresh() {
        KeycloakEvents.Pulled pulled = keycloakEvents.pull();
        if (pulled.answered()) {
            ProblemMessages.info("admin_security-events.message.imported", pulled.imported());
        } else {
            ProblemMessages.warn("admin_security-events.message.keycloakDown");
        }
    }

    /** The events of the kind shown, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        SecurityEventKind kindShown = filter;
        TableExport<SecurityEventRow> export = TableExport.of("admin_security-events.exportFile");
        export.column("admin_security-events.column.when", r -> time.format(r.occurredAt()))
                .column("admin_security-events.column.kind", r -> export.text("SecurityEventKind." + r.kind()))
                .column("admin_security-events.column.user", SecurityEventRow::username)
                .column("admin_security-events.column.roles", SecurityEventRow::roles)
                .column("admin_security-events.column.unit", SecurityEventRow::unitCode)
                .column("admin_security-events.column.action", SecurityEventRow::action)
                .column("admin_security-events.column.object", r -> r.objectType() == null ? ""
                        : r.objectType() + (r.objectId() == null ? "" : " " + r.objectId()))
                .column("admin_security-events.column.source", SecurityEventRow::sourceAddress)
                .send(ExportFormat.named(format), SecurityEventLog.MAX_PAGE_SIZE,
                        (first, size) -> log.page(kindShown, first, size));
    }

    public SecurityEventKind[] getKinds() {
        return SecurityEventKind.values();
    }

    public LazyDataModel<SecurityEventRow> getEvents() {
        return events;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
