package org.sigti.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One change of custody or state of a piece of equipment: from whom, to whom, the resulting state, when, by whose
 * hand, under which case. Append-only.
 */
@Entity
@Table(name = "equipment_custody")
@NamedQuery(name = "CustodyChange.findByEquipment", query = "select c from CustodyChange c"
        + " where c.equipmentId = :equipmentId order by c.changedAt desc, c.id desc")
public class CustodyChange {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "equipment_id", nullable = false, updatable = false)
    private long equipmentId;

    @Column(name = "from_username", updatable = false, length = 100)
    private String fromUsername;

    @Column(name = "from_name", updatable = false, length = 200)
    private String fromName;

    @Column(name = "to_username", updatable = false, length = 100)
    private String toUsername;

    @Column(name = "to_name", updatable = false, length = 200)
    private String toName;

    @Column(name = "to_unit_code", updatable = false, length = 20)
    private String toUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EquipmentState state;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    protected CustodyChange() {
        // for JPA
    }

    /** The change that takes {@code e} from the custodian it had ({@code fromUsername}, {@code fromName}). */
    public CustodyChange(Equipment e, String fromUsername, String fromName, String changedBy, Long caseId,
            Instant now) {
        this.equipmentId = requireNonNull(e.getId(), "Equipment must be stored first.");
        this.fromUsername = fromUsername;
        this.fromName = fromName;
        this.toUsername = e.getCustodianUsername();
        this.toName = e.getCustodianName();
        this.toUnitCode = e.getCustodianUnitCode();
        this.state = e.getState();
        this.changedBy = requireNonNull(changedBy, "Who changed it is required.");
        this.caseId = caseId;
        this.changedAt = requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getEquipmentId() {
        return equipmentId;
    }

    public String getFromUsername() {
        return fromUsername;
    }

    public String getFromName() {
        return fromName;
    }

    public String getToUsername() {
        return toUsername;
    }

    public String getToName() {
        return toName;
    }

    public String getToUnitCode() {
        return toUnitCode;
    }

    public EquipmentState getState() {
        return state;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Long getCaseId() {
        return caseId;
    }
}
