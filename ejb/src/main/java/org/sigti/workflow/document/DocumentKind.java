package org.sigti.workflow.document;

import java.util.Set;

import org.sigti.document.DocumentSeries;
import org.sigti.workflow.flow.Text;

/**
 * A kind of document a case can issue, declared by the procedure that issues it (in its family's package) or, for a
 * document that holds no procedure knowledge, by the kernel. Implementations are CDI beans; {@link DocumentKinds}
 * finds them all. The kernel numbers an issue on the kind's own sequence per year ({@link #prefix()}), records the
 * number on the case and prints every copy with it.
 */
public interface DocumentKind {

    /**
     * The stable code: the key of the kind's counters and of the case field holding an issued number
     * ({@code doc_<code>}). Never change it once numbers were issued. See {@link DocumentSeries} for its shape.
     */
    String code();

    /** The prefix of the kind's numbers: {@code BOL} gives {@code BOL-2026-000040}. Unique among the kinds. */
    String prefix();

    /** The document's name as the manual spells it, in Spanish, and in English. */
    Text name();

    /** The codes of the procedures whose cases may have this document; empty for a kernel kind (every case). */
    Set<String> procedures();

    /**
     * Whether the case has this document now (a step done, a value recorded, the case closed...). Only asked for the
     * cases of {@link #procedures()}.
     */
    boolean availableOn(CaseFacts facts);

    /**
     * The document as a PDF.
     *
     * @param facts  the case, read now
     * @param number the number issued for this case, e.g. BOL-2026-000040
     */
    byte[] render(CaseFacts facts, String number);

    /** The numbering: code and prefix. */
    default DocumentSeries series() {
        return new DocumentSeries(code(), prefix());
    }

    /** Whether the kernel offers it on a case whatever its procedure. */
    default boolean kernel() {
        return procedures().isEmpty();
    }
}
