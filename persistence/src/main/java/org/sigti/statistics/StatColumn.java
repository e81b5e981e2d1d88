package org.sigti.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A column of a template, in file order: its header name, its type and, for a CODE column, its code list. */
@Entity
@Table(name = "stat_column")
public class StatColumn {

    public static final int NAME_MAXLENGTH = 60;

    /** What a cell of the column holds. */
    public enum Type {
        TEXT, INTEGER, DECIMAL, CODE;

        public boolean numeric() {
            return this == INTEGER || this == DECIMAL;
        }
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "column_type", nullable = false, length = 10)
    private Type type;

    @Column(name = "code_list_id")
    private Long codeListId;

    @Column(nullable = false)
    private boolean required;

    protected StatColumn() {
        // for JPA
    }

    public StatColumn(long templateId, int seq, String name, Type type, Long codeListId, boolean required) {
        this.templateId = templateId;
        this.seq = seq;
        this.name = name;
        this.type = type;
        this.codeListId = codeListId;
        this.required = required;
    }

    public long getTemplateId() {
        return templateId;
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public Type getType() {
        return type;
    }

    public Long getCodeListId() {
        return codeListId;
    }

    public boolean isRequired() {
        return required;
    }
}
