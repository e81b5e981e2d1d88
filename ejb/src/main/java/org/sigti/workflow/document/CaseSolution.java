package org.sigti.workflow.document;

import java.util.Optional;
import java.util.Set;

/**
 * How a procedure family records the solution of its cases, for the kernel's documents (the closing record prints
 * it as "Solución aplicada"): the kernel knows no field, so the family that declares the field says which it is.
 * Implementations are CDI beans.
 */
public interface CaseSolution {

    /** The procedures whose cases this applies to. */
    Set<String> procedures();

    /** The solution recorded on the case, if any. */
    Optional<CaseFacts.RecordedField> solution(CaseFacts facts);
}
