package org.sigti.publication;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A public IP ever published: the row a registration write-locks before it checks the ports already published on
 * that address, so that two registrations of the same address for different systems cannot both pass the check.
 */
@Entity
@Table(name = "published_address")
public class PublishedAddress {

    @Id
    @Column(name = "public_ip", length = Publication.ADDRESS_MAXLENGTH)
    private String publicIp;

    protected PublishedAddress() {
        // for JPA
    }

    public PublishedAddress(String publicIp) {
        this.publicIp = requireNonNull(publicIp, "Public IP is required.");
    }

    public String getPublicIp() {
        return publicIp;
    }
}
