package org.sigti.web.datacenter;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.maintenance.DataCenterLog;
import org.sigti.maintenance.VisitRow;
import org.sigti.web.faces.PagedList;

/**
 * /datacenter/log.xhtml: the Bitácora del centro de datos (S04.03.01.03), newest authorization first, paged in the
 * database. Read-only: the lines are written by the procedure's moves.
 */
@Named
@ViewScoped
public class DataCenterLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DataCenterLog log;

    private LazyDataModel<VisitRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>(log::count, log::page, row -> String.valueOf(row.id()));
    }

    public LazyDataModel<VisitRow> getRows() {
        return rows;
    }
}
