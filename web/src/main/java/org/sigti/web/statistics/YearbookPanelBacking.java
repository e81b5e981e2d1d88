package org.sigti.web.statistics;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.procedure.statistics.YearbookSchedule;
import org.sigti.web.cases.CaseBacking;

/** The yearbook part of a case page (S04.05.00.01): its submission schedule and who sent what. */
@Named
@RequestScoped
public class YearbookPanelBacking {

    @EJB
    private YearbookSchedule schedule;

    @Inject
    private CaseBacking caseBacking;

    private List<YearbookSchedule.Line> lines;

    public List<YearbookSchedule.Line> getLines() {
        if (lines == null) {
            lines = caseBacking.getView() == null ? List.of() : schedule.lines(caseBacking.getId());
        }
        return lines;
    }
}
