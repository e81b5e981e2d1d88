package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A year whose national holidays an institution already has. {@link NationalHolidays} fills a year once; a holiday
 * the Jefe removed or moved afterwards is never generated again.
 */
@Entity
@Table(name = "holiday_year")
public class HolidayYear {

    @EmbeddedId
    private Key key;

    protected HolidayYear() {
        // for JPA
    }

    public HolidayYear(String institutionCode, int year) {
        this.key = new Key(institutionCode, year);
    }

    public Key getKey() {
        return key;
    }

    /** Institution and year. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "institution_code", length = 20)
        private String institutionCode;

        @Column(name = "holiday_year")
        private int year;

        protected Key() {
            // for JPA
        }

        public Key(String institutionCode, int year) {
            this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
            this.year = year;
        }

        public String institutionCode() {
            return institutionCode;
        }

        public int year() {
            return year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.institutionCode.equals(institutionCode) && k.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(institutionCode, year);
        }
    }
}
