package org.sigti.web.secplatform;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.secplatform.SecurityPlatformRegister;
import org.sigti.secplatform.SecurityPlatformRow;
import org.sigti.web.faces.PagedList;

/**
 * /secplatform/platforms.xhtml: the register of security platforms (S04.04.00.01), code order, paged in the database.
 * Read-only: the procedure's moves write it. The f:viewAction asks the register first, so that a caller outside the
 * cybersecurity team gets the 403 page (the refusal recorded) before anything renders.
 */
@Named
@ViewScoped
public class SecurityPlatformsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecurityPlatformRegister register;

    private LazyDataModel<SecurityPlatformRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>(register::count, register::page, row -> String.valueOf(row.id()));
    }

    /** f:viewAction: refused (403) to anyone the register does not let read it. */
    public void load() {
        register.open();
    }

    public LazyDataModel<SecurityPlatformRow> getRows() {
        return rows;
    }
}
