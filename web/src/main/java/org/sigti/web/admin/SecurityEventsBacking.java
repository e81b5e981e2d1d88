package org.sigti.web.admin;

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
import org.sigti.web.faces.PagedList;

/**
 * /admin/security-events.xhtml: denied attempts and other security events, newest first, of one kind or all; the kind
 * comes from the URL (bookmarkable). "Actualizar" brings in what Keycloak recorded since its last import (failed
 * logins, lockouts, admin actions) without waiting for the clock.
 */
@Named
@ViewScoped
public class SecurityEventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecurityEventLog log;

    @EJB
    private KeycloakEvents keycloakEvents;

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
