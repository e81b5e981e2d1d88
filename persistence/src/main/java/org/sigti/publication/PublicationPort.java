package org.sigti.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One port or range of ports of a {@link Publication} (a single port has {@code from == to}), 1–65535. */
@Entity
@Table(name = "publication_port")
public class PublicationPort {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "publication_id", nullable = false, updatable = false)
    private long publicationId;

    @Column(name = "port_from", nullable = false, updatable = false)
    private int portFrom;

    @Column(name = "port_to", nullable = false, updatable = false)
    private int portTo;

    protected PublicationPort() {
        // for JPA
    }

    public PublicationPort(long publicationId, int from, int to) {
        if (from < 1 || to > 65535 || from > to) {
            throw new IllegalArgumentException("Bad port range " + from + "-" + to);
        }
        this.publicationId = publicationId;
        this.portFrom = from;
        this.portTo = to;
    }

    public Long getId() {
        return id;
    }

    public long getPublicationId() {
        return publicationId;
    }

    public int getFrom() {
        return portFrom;
    }

    public int getTo() {
        return portTo;
    }
}
