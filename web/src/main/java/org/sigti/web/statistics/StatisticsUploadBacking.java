package org.sigti.web.statistics;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.statistics.StatisticsIntake;
import org.sigti.statistics.StatisticsRows.DueRow;
import org.sigti.web.faces.PagedList;

/**
 * {@code /statistics/upload.xhtml}: the tables the representative's entity owes (S04.05.00.01 step 13), paged in the
 * database, the earliest due first, each with its template to download and its page to send it.
 */
@Named
@ViewScoped
public class StatisticsUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StatisticsIntake intake;

    private LazyDataModel<DueRow> dues;

    public LazyDataModel<DueRow> getDues() {
        if (dues == null) {
            dues = new PagedList<>(intake::countMine, intake::mine, r -> String.valueOf(r.id()));
        }
        return dues;
    }
}
