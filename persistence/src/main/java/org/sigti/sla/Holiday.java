package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A day on which an institution's IT office does not work, whatever the day of the week: the service-level clocks of
 * its cases do not run on it. Generated from the country's law ({@link NationalHolidays}, origin {@link Origin#LAW})
 * or added by the institution's Jefe ({@link Origin#EDIT}); removed by the Jefe when a decree moves it, never changed.
 */
@Entity
@Table(name = "holiday")
@NamedQuery(name = "Holiday.findAll", query = "select h from Holiday h order by h.institutionCode, h.date")
@NamedQuery(name = "Holiday.findBetween", query = "select h from Holiday h where h.institutionCode = :institution"
        + " and h.date >= :from and h.date < :to order by h.date")
@NamedQuery(name = "Holiday.findByDate",
        query = "select h from Holiday h where h.institutionCode = :institution and h.date = :date")
@NamedQuery(name = "Holiday.findYears", query = "select distinct extract(year from h.date) from Holiday h"
        + " where h.institutionCode = :institution")
public class Holiday {

    public static final int NAME_MAXLENGTH = 100;

    /** Where a holiday comes from. */
    public enum Origin {
        /** Generated from the country's law (or seeded with the decree of its year). */
        LAW,
        /** Added by the institution's Jefe. */
        EDIT
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    /** ISO 3166 code of the country whose law or calendar the day belongs to. */
    @Column(nullable = false, updatable = false, length = 2)
    private String country;

    @Column(name = "holiday_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Origin origin;

    protected Holiday() {
        // for JPA
    }

    public Holiday(String institutionCode, String country, LocalDate date, String name, Origin origin) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.country = requireNonNull(country, "Country is required.");
        this.date = requireNonNull(date, "Date is required.");
        this.name = requireNonNull(name, "Name is required.");
        this.origin = requireNonNull(origin, "Origin is required.");
        if (name.isBlank() || name.length() > NAME_MAXLENGTH) {
            throw new IllegalArgumentException("A holiday's name has 1 to " + NAME_MAXLENGTH + " characters.");
        }
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getCountry() {
        return country;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public Origin getOrigin() {
        return origin;
    }
}
