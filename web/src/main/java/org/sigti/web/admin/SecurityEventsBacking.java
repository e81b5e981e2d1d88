package org.sigti.web.admin;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.security.SecurityEventLog;
import org.sigti.security.SecurityEventRow;
import org.sigti.web.faces.PagedList;

/** /admin/security-events.xhtml: denied attempts and other security events, newest first. */
@Named
@ViewScoped
public class SecurityEventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecurityEventLog log;

    private LazyDataModel<SecurityEventRow> events;

    @PostConstruct
    void init() {
        events = new PagedList<>(log::count, log::page, row -> String.valueOf(row.id()));
    }

    public LazyDataModel<SecurityEventRow> getEvents() {
        return events;
    }
}
