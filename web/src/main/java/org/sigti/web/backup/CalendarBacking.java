package org.sigti.web.backup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.sigti.backup.BackupCalendar;
import org.sigti.backup.CalendarRun;
import org.sigti.web.home.DisplayTime;

/**
 * The backup calendar ({@code /backup/calendar.xhtml}): a lazy schedule that asks {@link BackupCalendar} only for
 * the range the calendar shows: upcoming runs, past runs colored by status and linked to their case, and the items
 * of the semesters' plans.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BackupCalendar calendar;

    @Inject
    private DisplayTime time;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = time.getZone();
            for (CalendarRun run : calendar.runs(start.atZone(zone).toInstant(), end.atZone(zone).toInstant())) {
                addEvent(event(run, zone));
            }
        }
    };

    private static DefaultScheduleEvent<CalendarRun> event(CalendarRun run, ZoneId zone) {
        LocalDateTime at = LocalDateTime.ofInstant(run.start(), zone);
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String status = run.status() == null ? "" : run.status();
        return DefaultScheduleEvent.<CalendarRun>builder().title(run.title()).startDate(at)
                .endDate(at.plusMinutes(30)).editable(false).data(run)
                .styleClass("sigti-run sigti-run-" + run.kind().toLowerCase() + (status.isEmpty() ? ""
                        : " sigti-run-" + status.toLowerCase()))
                .url(run.caseId() == null ? null : context + "/case/" + run.caseId()).build();
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** Where the calendar opens: now, in the institution's zone. */
    public LocalDate getInitialDate() {
        return LocalDate.ofInstant(Instant.now(), time.getZone());
    }
}
