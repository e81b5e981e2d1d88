package org.sigti.web.committee;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.sigti.committee.CommitteeSessions;
import org.sigti.committee.CommitteeViews.CommitteeRow;

/** {@code /committee/list.xhtml}: the committees of the caller's institution the caller takes part in. */
@Named
@RequestScoped
public class CommitteeListBacking {

    @EJB
    private CommitteeSessions committees;

    private List<CommitteeRow> rows;

    public List<CommitteeRow> getRows() {
        if (rows == null) {
            rows = committees.committees();
        }
        return rows;
    }
}
