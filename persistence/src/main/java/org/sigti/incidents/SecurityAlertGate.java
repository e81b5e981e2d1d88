package org.sigti.incidents;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The row a security alert of an institution locks (pessimistically) before it looks for the incident it repeats, so
 * that alerts of one institution are received one at a time: two identical alerts sent together give one incident.
 * Holds nothing else; nothing refers to it.
 */
@Entity
@Table(name = "security_alert_gate")
public class SecurityAlertGate {

    @Id
    @Column(name = "institution_code", length = 20)
    private String institutionCode;

    protected SecurityAlertGate() {
    }

    public SecurityAlertGate(String institutionCode) {
        this.institutionCode = requireNonNull(institutionCode);
    }

    public String getInstitutionCode() {
        return institutionCode;
    }
}
