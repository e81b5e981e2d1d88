package org.sigti.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who an official document is sent to: an internal unit of the institution (it appears in that unit's received
 * documents) or an external one by name (recorded as sent, with the external registry number when there is one,
 * e.g. a SISTRADOC expediente).
 */
@Embeddable
public class OfficialRecipient {

    public static final int REGISTRY_MAXLENGTH = 60;

    /** The internal unit's code, or null for an external recipient. */
    @Column(name = "unit_code", length = 20)
    private String unitCode;

    /** The unit's name or the external recipient's name. */
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "external_number", length = REGISTRY_MAXLENGTH)
    private String externalNumber;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OfficialRecipient() {
        // for JPA
    }

    private OfficialRecipient(String unitCode, String name) {
        this.unitCode = unitCode;
        this.name = java.util.Objects.requireNonNull(name, "The recipient's name is required.");
    }

    public static OfficialRecipient unit(String code, String name) {
        return new OfficialRecipient(java.util.Objects.requireNonNull(code, "The unit is required."), name);
    }

    public static OfficialRecipient external(String name) {
        return new OfficialRecipient(null, name);
    }

    void sent(Instant at) {
        this.sentAt = at;
    }

    void externalNumber(String number) {
        this.externalNumber = number == null || number.isBlank() ? null : number.strip();
    }

    public boolean isInternal() {
        return unitCode != null;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getName() {
        return name;
    }

    public String getExternalNumber() {
        return externalNumber;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
