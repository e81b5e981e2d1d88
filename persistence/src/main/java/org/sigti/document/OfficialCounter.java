package org.sigti.document;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The last number an institution's unit gave to one kind of official document in one year. Like
 * {@link DocumentCounter}: created at 0 when first asked for, and {@link #take()} only by whoever holds the row's
 * write lock, so numbers are consecutive and gap-free per institution, unit, kind and year.
 */
@Entity
@Table(name = "official_counter")
@IdClass(OfficialCounter.Key.class)
public class OfficialCounter {

    @Id
    @Column(name = "institution_code", length = 20)
    private String institution;

    @Id
    @Column(name = "unit_code", length = 20)
    private String unit;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private OfficialDocumentKind kind;

    @Id
    @Column(name = "doc_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    @Version
    private long version;

    protected OfficialCounter() {
        // for JPA
    }

    public OfficialCounter(Key key) {
        DocumentSeries.checkYear(key.year);
        this.institution = key.institution;
        this.unit = key.unit;
        this.kind = key.kind;
        this.year = key.year;
    }

    /** Issues the next number. The caller must hold the row's write lock for the rest of its transaction. */
    public long take() {
        return ++lastNumber;
    }

    public long getLastNumber() {
        return lastNumber;
    }

    /** The primary key: institution, unit, kind and year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String institution;
        private String unit;
        private OfficialDocumentKind kind;
        private int year;

        protected Key() {
            // for JPA
        }

        public Key(String institution, String unit, OfficialDocumentKind kind, int year) {
            this.institution = Objects.requireNonNull(institution);
            this.unit = Objects.requireNonNull(unit);
            this.kind = Objects.requireNonNull(kind);
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.institution.equals(institution) && k.unit.equals(unit)
                    && k.kind == kind && k.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(institution, unit, kind, year);
        }

        @Override
        public String toString() {
            return institution + "/" + unit + "/" + kind + "/" + year;
        }
    }
}
