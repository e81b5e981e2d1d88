package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A day on which the IT office does not work, whatever the day of the week: service-level clocks do not run on it.
 * Added and removed by the Jefe, never changed.
 */
@Entity
@Table(name = "holiday")
@NamedQuery(name = "Holiday.findAllDates", query = "select h.date from Holiday h order by h.date")
@NamedQuery(name = "Holiday.findBetween",
        query = "select h from Holiday h where h.date >= :from and h.date < :to order by h.date")
@NamedQuery(name = "Holiday.findYears", query = "select distinct extract(year from h.date) from Holiday h")
public class Holiday {

    public static final int NAME_MAXLENGTH = 100;

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    protected Holiday() {
        // for JPA
    }

    public Holiday(LocalDate date, String name) {
        this.date = requireNonNull(date, "Date is required.");
        this.name = requireNonNull(name, "Name is required.");
        if (name.isBlank() || name.length() > NAME_MAXLENGTH) {
            throw new IllegalArgumentException("A holiday's name has 1 to " + NAME_MAXLENGTH + " characters.");
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
