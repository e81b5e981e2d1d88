package org.sigti.vault;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.sigti.unit.InstitutionOwned;

/**
 * A secret a requester handed a case (the tokens, access keys and credentials of a deployment), as it rests: only
 * its label, who handed it and when, and its AES-GCM ciphertext with the nonce and the id of the key that sealed it.
 * The plain value never reaches this class: {@code org.sigti.vault.SecretVault} seals it before the row exists and
 * opens it only for the reader the procedure names. Written once, never changed.
 */
@Entity
@Table(name = "case_secret")
public class CaseSecret implements InstitutionOwned {

    public static final int LABEL_MAXLENGTH = 200;
    public static final int CIPHERTEXT_MAXLENGTH = 12000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, updatable = false, length = LABEL_MAXLENGTH)
    private String label;

    @Column(name = "key_id", nullable = false, updatable = false, length = 64)
    private String keyId;

    @Column(nullable = false, updatable = false, length = 32)
    private String nonce;

    @Column(nullable = false, updatable = false, length = CIPHERTEXT_MAXLENGTH)
    private String ciphertext;

    @Column(name = "deposited_by", nullable = false, updatable = false, length = 100)
    private String depositedBy;

    @Column(name = "deposited_at", nullable = false, updatable = false)
    private Instant depositedAt;

    protected CaseSecret() {
        // for JPA
    }

    /** A secret as the vault sealed it: {@code ciphertext} and {@code nonce} in Base64, {@code keyId} its key's. */
    public CaseSecret(String institutionCode, long caseId, String label, Sealed sealed, String depositedBy,
            Instant depositedAt) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.caseId = caseId;
        this.label = requireNonNull(label, "Label is required.").strip();
        if (this.label.isEmpty() || this.label.length() > LABEL_MAXLENGTH) {
            throw new IllegalArgumentException("A secret's label is 1 to " + LABEL_MAXLENGTH + " characters.");
        }
        this.keyId = requireNonNull(sealed.keyId());
        this.nonce = requireNonNull(sealed.nonce());
        this.ciphertext = requireNonNull(sealed.ciphertext());
        if (ciphertext.length() > CIPHERTEXT_MAXLENGTH) {
            throw new IllegalArgumentException("A sealed secret is at most " + CIPHERTEXT_MAXLENGTH + " characters.");
        }
        this.depositedBy = requireNonNull(depositedBy, "Who hands it is required.");
        this.depositedAt = requireNonNull(depositedAt, "Time is required.");
    }

    /** What the cipher made of a plain value: the key's id, the nonce and the ciphertext with its tag (Base64). */
    public record Sealed(String keyId, String nonce, String ciphertext) {
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getLabel() {
        return label;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getNonce() {
        return nonce;
    }

    public String getCiphertext() {
        return ciphertext;
    }

    public String getDepositedBy() {
        return depositedBy;
    }

    public Instant getDepositedAt() {
        return depositedAt;
    }
}
