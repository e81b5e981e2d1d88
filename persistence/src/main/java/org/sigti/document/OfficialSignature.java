package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One signer of an official document, in the order the document sets: who, signing as what ("como"), and when. */
@Embeddable
public class OfficialSignature {

    public static final int CAPACITY_MAXLENGTH = 200;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    /** The capacity the signer signs in, e.g. "Jefe de la OGTIE". */
    @Column(name = "capacity", nullable = false, length = CAPACITY_MAXLENGTH)
    private String capacity;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected OfficialSignature() {
        // for JPA
    }

    public OfficialSignature(String username, String fullName, String capacity) {
        this.username = requireNonNull(username, "The signer is required.");
        this.fullName = fullName == null || fullName.isBlank() ? username : fullName;
        this.capacity = requireNonNull(capacity, "The capacity the signer signs in is required.");
    }

    void sign(Instant at) {
        this.signedAt = at;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getCapacity() {
        return capacity;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public boolean isSigned() {
        return signedAt != null;
    }
}
