package org.sigti.workflow;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last number given in one series and year; read under a pessimistic lock so numbers have no gaps. */
@Entity
@Table(name = "number_counter")
public class NumberCounter {

    /** Series and year. */
    @Embeddable
    public record Key(@Column(name = "series", length = 20) String series,
            @Column(name = "year_number") int year) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected NumberCounter() {
        // for JPA
    }

    public NumberCounter(String series, int year) {
        this.key = new Key(series, year);
    }

    /** Advances the counter and returns the new number. */
    public long next() {
        return ++lastNumber;
    }
}
