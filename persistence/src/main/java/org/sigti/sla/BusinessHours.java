package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One working interval of one day of the week (a day may have several: morning and afternoon). Times are stored as
 * minutes since midnight, 1440 being midnight at the end of the day: a TIME column would be shifted by the JDBC time
 * zone on its way through Hibernate. Each institution has its own week; its Jefe's edit replaces the whole week, so
 * rows are never updated.
 */
@Entity
@Table(name = "business_hours")
@NamedQuery(name = "BusinessHours.findAll",
        query = "select h from BusinessHours h order by h.institutionCode, h.dayOfWeek, h.startMinute")
@NamedQuery(name = "BusinessHours.deleteOfInstitution",
        query = "delete from BusinessHours h where h.institutionCode = :institution")
public class BusinessHours {

    private static final int MINUTES_PER_DAY = 24 * 60;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    /** ISO: 1 is Monday, 7 is Sunday. */
    @Column(name = "day_of_week", nullable = false)
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int startMinute;

    @Column(name = "end_minute", nullable = false)
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int endMinute;

    protected BusinessHours() {
        // for JPA
    }

    public BusinessHours(String institutionCode, DayOfWeek day, WorkingInterval interval) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.dayOfWeek = requireNonNull(day, "Day is required.").getValue();
        requireNonNull(interval, "Interval is required.");
        this.startMinute = (int) (interval.startSecond() / 60);
        this.endMinute = (int) (interval.endSecond() / 60);
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public WorkingInterval interval() {
        return new WorkingInterval(LocalTime.ofSecondOfDay(startMinute * 60L),
                LocalTime.ofSecondOfDay((endMinute % MINUTES_PER_DAY) * 60L));
    }
}
