package org.sigti.views;

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
 * The inbox's filters kept under a name by their owner (scope, text, procedure, priority, order), personal or shared
 * with the owner's unit. The scope and order are kept as the inbox names them ({@code MINE}, {@code AGE}…); the
 * service checks them. Life cycle: saved, {@link #refilter re-saved} under the same name, deleted by its owner.
 */
@Entity
@Table(name = "saved_view")
public class SavedView implements InstitutionOwned {

    public static final int NAME_MAXLENGTH = 80;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "owner_username", nullable = false, updatable = false, length = 100)
    private String ownerUsername;

    @Column(name = "shared_unit_code", length = 20)
    private String sharedUnitCode;

    @Column(name = "view_name", nullable = false, updatable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(nullable = false, length = 10)
    private String scope;

    @Column(name = "search_text", length = 100)
    private String text;

    @Column(name = "procedure_code", length = 40)
    private String procedureCode;

    @Column(length = 5)
    private String priority;

    @Column(name = "sort_by", nullable = false, length = 10)
    private String sort;

    @Column(nullable = false)
    private boolean descending;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected SavedView() {
    }

    public SavedView(String institutionCode, String ownerUsername, String name) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.ownerUsername = requireNonNull(ownerUsername, "Owner is required.");
        this.name = requireNonNull(name, "Name is required.");
    }

    /** Keeps these filters under the view's name, shared with {@code unit} (null: the owner's alone). */
    public void refilter(String scope, String text, String procedureCode, String priority, String sort,
            boolean descending, String sharedUnitCode, Instant at) {
        this.scope = requireNonNull(scope, "Scope is required.");
        this.text = text;
        this.procedureCode = procedureCode;
        this.priority = priority;
        this.sort = requireNonNull(sort, "Order is required.");
        this.descending = descending;
        this.sharedUnitCode = sharedUnitCode;
        this.savedAt = requireNonNull(at, "Time is required.");
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getSharedUnitCode() {
        return sharedUnitCode;
    }

    public String getName() {
        return name;
    }

    public String getScope() {
        return scope;
    }

    public String getText() {
        return text;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getPriority() {
        return priority;
    }

    public String getSort() {
        return sort;
    }

    public boolean isDescending() {
        return descending;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
