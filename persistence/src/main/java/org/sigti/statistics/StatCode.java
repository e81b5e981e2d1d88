package org.sigti.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One code of a code list and its label. */
@Entity
@Table(name = "stat_code")
public class StatCode {

    public static final int LABEL_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "list_id", nullable = false, updatable = false)
    private long listId;

    @Column(nullable = false, updatable = false, length = StatCodeList.CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = LABEL_MAXLENGTH)
    private String label;

    protected StatCode() {
        // for JPA
    }

    public StatCode(long listId, String code, String label) {
        this.listId = listId;
        this.code = code;
        this.label = label;
    }

    public long getListId() {
        return listId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
