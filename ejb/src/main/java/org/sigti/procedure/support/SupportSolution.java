package org.sigti.procedure.support;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.workflow.document.CaseFacts;
import org.sigti.workflow.document.CaseSolution;

/**
 * The solution of the support procedures' cases: the "Solución" field their steps record ({@link SupportFields}),
 * printed by the kernel's closing record.
 */
@ApplicationScoped
public class SupportSolution implements CaseSolution {

    /** The field's name, as {@link SupportFields} declares it. */
    static final String FIELD = SupportFields.SOLUTION.name();

    @Override
    public Set<String> procedures() {
        return Set.of(UgatAitPr01.CODE, UgatAitPr02.CODE, UgatAitPr03.CODE, SepremDi0081.CODE, S04030105.CODE,
                S04030402.CODE);
    }

    @Override
    public Optional<CaseFacts.RecordedField> solution(CaseFacts c) {
        return c.field(FIELD).filter(f -> f.value() != null && !f.value().isBlank());
    }
}
