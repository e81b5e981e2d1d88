package org.sigti.web.admin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

import org.sigti.sla.HoursEdit;
import org.sigti.sla.WorkingInterval;

/** One working interval as typed on the service levels page; an end of 00:00 is midnight. */
public class HoursRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private DayOfWeek day;
    private LocalTime start;
    private LocalTime end;

    HoursRow(DayOfWeek day, WorkingInterval interval) {
        this.day = day;
        this.start = interval == null ? null : interval.start();
        this.end = interval == null ? null : interval.end();
    }

    HoursEdit edit() {
        return new HoursEdit(day, start, end);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }
}
