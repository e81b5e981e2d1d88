package org.sigti.web.backup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;
import org.sigti.backup.BackupCalendar;
import org.sigti.backup.CalendarRun;
import org.sigti.web.home.DisplayTime;
import org.sigti.web.i18n.ApplicationBundle;

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

    /** Background, border and text color per status (as the legend of backup.css shows them). */
    private static final Map<String, String[]> COLORS = Map.of(
            "", new String[] {"#e3ecf7", "#7a9cc6", "#1f3b5c"},
            "DONE", new String[] {"#d8f0dc", "#3c8d4a", "#1d4d26"},
            "OPEN", new String[] {"#fff3cd", "#c9a227", "#5c4700"},
            "FAILED", new String[] {"#f8d7da", "#b02a37", "#5c1017"},
            "MISSED", new String[] {"#e2e3e5", "#6c757d", "#343a40"},
            "CLOSED", new String[] {"#e2e3e5", "#6c757d", "#343a40"});

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = time.getZone();
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle bundle = ApplicationBundle.forLocale("org.sigti.web.i18n.messages",
                    faces.getViewRoot().getLocale());
            String context = faces.getExternalContext().getRequestContextPath();
            for (CalendarRun run : calendar.runs(start.atZone(zone).toInstant(), end.atZone(zone).toInstant())) {
                addEvent(event(run, zone, bundle, context));
            }
        }
    };

    private static DefaultScheduleEvent<CalendarRun> event(CalendarRun run, ZoneId zone, ResourceBundle bundle,
            String context) {
        LocalDateTime at = LocalDateTime.ofInstant(run.start(), zone);
        String status = run.status() == null ? "" : run.status();
        String[] colors = COLORS.getOrDefault(status, COLORS.get(""));
        String title = run.planKind() == null ? run.title()
                : bundle.getString("backupCalendar.plan." + run.planKind()) + " " + run.title();
        return DefaultScheduleEvent.<CalendarRun>builder().title(title).startDate(at)
                .endDate(at.plusMinutes(30)).editable(false).data(run).display(ScheduleDisplayMode.BLOCK)
                .backgroundColor(colors[0]).borderColor(colors[1]).textColor(colors[2])
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
