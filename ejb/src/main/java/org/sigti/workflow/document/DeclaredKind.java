package org.sigti.workflow.document;

import static java.util.Objects.requireNonNull;

import java.util.Set;

import org.sigti.workflow.flow.Text;

/**
 * A kind of document whose code, prefix, name and procedures are given once, in its constructor: a procedure's kind
 * extends it and says only when a case has the document and how it prints. Methods are not final, so that CDI can
 * proxy a normal-scoped kind.
 */
public abstract class DeclaredKind implements DocumentKind {

    private final String code;
    private final String prefix;
    private final Text name;
    private final Set<String> procedures;

    /**
     * @param code       the stable code, e.g. SERVICE_SLIP
     * @param prefix     the numbers' prefix, e.g. BOL
     * @param name       the name as the manual spells it
     * @param procedures the codes of the procedures whose cases may have it
     */
    protected DeclaredKind(String code, String prefix, Text name, Set<String> procedures) {
        this.code = requireNonNull(code, "Code is required.");
        this.prefix = requireNonNull(prefix, "Prefix is required.");
        this.name = requireNonNull(name, "Name is required.");
        this.procedures = Set.copyOf(procedures);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public Text name() {
        return name;
    }

    @Override
    public Set<String> procedures() {
        return procedures;
    }
}
