package org.sigti.web.admin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.security.Roles;
import org.sigti.sla.BusinessCalendar;
import org.sigti.sla.HolidayRow;
import org.sigti.sla.HoursEdit;
import org.sigti.sla.Impact;
import org.sigti.sla.Priority;
import org.sigti.sla.ServiceLevelException;
import org.sigti.sla.ServiceLevels;
import org.sigti.sla.TargetEdit;
import org.sigti.sla.Urgency;

/**
 * /admin/service-levels.xhtml: targets per priority, and the business calendar of the user's institution (working
 * hours, holidays, time zone); the Jefe edits them, the Auditor reads them. Another institution's calendar is never
 * shown: the service answers for the caller's. The priority matrix is shown for reference. A refused edit shows
 * the service's reason and leaves the typed values on screen to be corrected.
 */
@Named
@ViewScoped
public class ServiceLevelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceLevels serviceLevels;

    private String institution;
    private List<TargetRow> targets;
    private List<HoursRow> hours;
    private String zone;
    private int holidayYear;
    private List<Integer> holidayYears;
    private List<HolidayRow> holidays;
    private LocalDate newHolidayDate;
    private String newHolidayName;

    @PostConstruct
    void init() {
        BusinessCalendar calendar = serviceLevels.calendar();
        institution = serviceLevels.institution();
        targets = new ArrayList<>();
        serviceLevels.allTargets().forEach((priority, target) -> targets.add(new TargetRow(priority, target)));
        hours = new ArrayList<>();
        calendar.hours().forEach((day, intervals) -> intervals.forEach(i -> hours.add(new HoursRow(day, i))));
        zone = calendar.zone().getId();
        showHolidays(LocalDate.now(calendar.zone()).getYear());
    }

    /** Only the Jefe changes service levels; everyone else who may open the page reads them. */
    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.JEFE);
    }

    public void saveTargets() {
        List<TargetEdit> edits = targets.stream().map(TargetRow::edit).toList();
        if (attempt(() -> serviceLevels.updateTargets(edits))) {
            saved();
        }
    }

    public void saveHours() {
        List<HoursEdit> edits = hours.stream().map(HoursRow::edit).toList();
        if (attempt(() -> serviceLevels.replaceHours(edits))) {
            saved();
        }
    }

    public void addHoursRow() {
        hours.add(new HoursRow(DayOfWeek.MONDAY, null));
    }

    public void removeHoursRow(HoursRow row) {
        hours.remove(row);
    }

    public void saveZone() {
        if (attempt(() -> serviceLevels.changeZone(zone))) {
            zone = serviceLevels.calendar().zone().getId();
            saved();
        }
    }

    public void addHoliday() {
        if (attempt(() -> serviceLevels.addHoliday(newHolidayDate, newHolidayName))) {
            showHolidays(newHolidayDate.getYear());
            newHolidayDate = null;
            newHolidayName = null;
            saved();
        }
    }

    public void removeHoliday(long id) {
        if (attempt(() -> serviceLevels.removeHoliday(id))) {
            showHolidays(holidayYear);
            saved();
        }
    }

    /** The year chosen in the holiday list changed. */
    public void holidayYearChanged() {
        showHolidays(holidayYear);
    }

    private void showHolidays(int year) {
        holidayYear = year;
        holidays = serviceLevels.holidays(year);
        TreeSet<Integer> years = new TreeSet<>(serviceLevels.holidayYears());
        int thisYear = LocalDate.now(serviceLevels.calendar().zone()).getYear();
        years.add(thisYear);
        years.add(thisYear + 1);
        years.add(year);
        holidayYears = List.copyOf(years);
    }

    /** Runs an edit; a refusal becomes the page's error message, in the user's language. */
    private static boolean attempt(Runnable edit) {
        try {
            edit.run();
            return true;
        } catch (ServiceLevelException e) {
            ProblemMessages.error(e.getProblem(), e.getArguments());
            return false;
        }
    }

    private static void saved() {
        ProblemMessages.info("admin_service-levels.message.saved");
    }

    /** The priority the ITIL matrix gives, for the read-only matrix on the page. */
    public Priority priority(Impact impact, Urgency urgency) {
        return Priority.of(impact, urgency);
    }

    /** Minutes as hours and minutes, e.g. {@code 4 h 30 min}. */
    public String duration(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        int h = minutes / 60;
        int m = minutes % 60;
        return (h > 0 ? h + " h" : "") + (h > 0 && m > 0 ? " " : "") + (m > 0 || h == 0 ? m + " min" : "");
    }

    public Impact[] getImpacts() {
        return Impact.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    /** The institution whose calendar the page shows: the user's. */
    public String getInstitution() {
        return institution;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public List<HoursRow> getHours() {
        return hours;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public int getHolidayYear() {
        return holidayYear;
    }

    public void setHolidayYear(int holidayYear) {
        this.holidayYear = holidayYear;
    }

    public List<Integer> getHolidayYears() {
        return holidayYears;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    public LocalDate getNewHolidayDate() {
        return newHolidayDate;
    }

    public void setNewHolidayDate(LocalDate newHolidayDate) {
        this.newHolidayDate = newHolidayDate;
    }

    public String getNewHolidayName() {
        return newHolidayName;
    }

    public void setNewHolidayName(String newHolidayName) {
        this.newHolidayName = newHolidayName;
    }
}
