package org.sigti.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A queue a manual names (UIT, the OGTIE help desk, the Jefatura...) bound, in one institution, to the unit whose
 * staff serve it. Procedures declare queues; each institution decides which of its units serves each. The same code
 * ({@code JEFATURA}) names a different unit in each institution.
 */
@Entity
@Table(name = "work_queue")
@IdClass(WorkQueue.Key.class)
public class WorkQueue {

    @Id
    @Column(name = "institution_code", length = 20)
    private String institutionCode;

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_code", nullable = false, length = 20)
    private String unitCode;

    @Version
    private long version;

    protected WorkQueue() {
        // for JPA
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnitCode() {
        return unitCode;
    }

    /** The key of a queue: institution and code. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String institutionCode;
        private String code;

        public Key() {
            // for JPA
        }

        public Key(String institutionCode, String code) {
            this.institutionCode = institutionCode;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(institutionCode, k.institutionCode)
                    && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(institutionCode, code);
        }
    }
}
