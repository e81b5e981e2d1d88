package org.sigti.document;

import static java.util.Objects.requireNonNull;

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
 * The last number issued for one document type in one year. A counter is created at 0 the first time its type and
 * year are asked for; {@link #take()} is called only by whoever holds the row's write lock, so the numbers of a type
 * and year are consecutive and, since the increment commits or rolls back with the document, gap-free.
 */
@Entity
@Table(name = "document_counter")
@IdClass(DocumentCounter.Key.class)
public class DocumentCounter {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", length = 20)
    private DocumentType type;

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
    public DocumentCounter(DocumentType type, int year) {
        DocumentType.checkYear(year);
        this.type = requireNonNull(type, "Document type is required.");
        this.year = year;
    }

    /** Issues the next number. The caller must hold the row's write lock for the rest of its transaction. */
    public long take() {
        return ++lastNumber;
    }

    public DocumentType getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    public long getLastNumber() {
        return lastNumber;
    }

    /** The primary key: document type and year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private DocumentType type;
        private int year;

        protected Key() {
            // for JPA
        }

        public Key(DocumentType type, int year) {
            DocumentType.checkYear(year);
            this.type = requireNonNull(type, "Document type is required.");
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.type == type && key.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, year);
        }

        @Override
        public String toString() {
            return type + "/" + year;
        }
    }
}
