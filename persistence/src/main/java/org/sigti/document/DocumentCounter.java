package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The last number issued for one kind of document in one year by one institution. A counter is created at 0 the first time its kind
 * and year are asked for; {@link #take()} is called only by whoever holds the row's write lock, so the numbers of a
 * kind and year are consecutive and, since the increment commits or rolls back with the document, gap-free.
 */
@Entity
@Table(name = "document_counter")
@IdClass(DocumentCounter.Key.class)
public class DocumentCounter {

    /** The institution that issues the documents: each institution numbers its own. */
    @Id
    @Column(name = "institution_code", length = 20)
    private String institution;

    /** The kind's {@link DocumentSeries#code() code}, e.g. SUPPORT_FORM. */
    @Id
    @Column(name = "doc_type", length = DocumentSeries.CODE_MAXLENGTH)
    private String type;

    /** {@code doc_year}: YEAR is a keyword of H2 and of standard SQL. */
    @Id
    @Column(name = "doc_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    @Version
    private long version;

    protected DocumentCounter() {
        // for JPA
    }

    /** A counter that has issued nothing yet. */
    public DocumentCounter(String institution, DocumentSeries series, int year) {
        DocumentSeries.checkYear(year);
        this.institution = requireNonNull(institution, "Institution is required.");
        this.type = requireNonNull(series, "Document series is required.").code();
        this.year = year;
    }

    /** Issues the next number. The caller must hold the row's write lock for the rest of its transaction. */
    public long take() {
        return ++lastNumber;
    }

    public String getInstitution() {
        return institution;
    }

    /** The code of the kind of document. */
    public String getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    public long getLastNumber() {
        return lastNumber;
    }

    /** The primary key: the institution, the kind's code and the year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String institution;
        private String type;
        private int year;

        protected Key() {
            // for JPA
        }

        public Key(String institution, DocumentSeries series, int year) {
            DocumentSeries.checkYear(year);
            this.institution = requireNonNull(institution, "Institution is required.");
            this.type = requireNonNull(series, "Document series is required.").code();
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.institution.equals(institution) && key.type.equals(type)
                    && key.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(institution, type, year);
        }

        @Override
        public String toString() {
            return institution + "/" + type + "/" + year;
        }
    }
}
