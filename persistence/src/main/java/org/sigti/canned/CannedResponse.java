package org.sigti.canned;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * A text an institution's IT office keeps ready for a step's comment or solution ("Se restableció su contraseña; al
 * ingresar, el sistema le pedirá cambiarla."), for one of its procedures or, without one, for all of them. Life
 * cycle: written, {@link #rewrite rewritten} and {@link #retire retired}; a retired text is no longer offered but
 * stays, since comments were built from it.
 */
@Entity
@Table(name = "canned_response")
public class CannedResponse implements InstitutionOwned {

    public static final int TITLE_MAXLENGTH = 120;
    public static final int BODY_MAXLENGTH = 3000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "procedure_code", length = 40)
    private String procedureCode;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    @Column(nullable = false, length = BODY_MAXLENGTH)
    private String body;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected CannedResponse() {
    }

    public CannedResponse(String institutionCode, String procedureCode, String title, String body, String by,
            Instant at) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.active = true;
        rewrite(procedureCode, title, body, by, at);
    }

    /** Gives the text a new procedure (null: all), title and body. */
    public final void rewrite(String procedureCode, String title, String body, String by, Instant at) {
        this.procedureCode = procedureCode;
        this.title = requireNonNull(title, "Title is required.");
        this.body = requireNonNull(body, "Body is required.");
        this.changedBy = requireNonNull(by, "Author is required.");
        this.changedAt = requireNonNull(at, "Time is required.");
    }

    /** No longer offered; kept. */
    public void retire(String by, Instant at) {
        this.active = false;
        this.changedBy = requireNonNull(by, "Author is required.");
        this.changedAt = requireNonNull(at, "Time is required.");
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isActive() {
        return active;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
