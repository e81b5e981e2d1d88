package org.sigti.workflow.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.ClosingRecordData;
import org.sigti.document.ClosingRecordPdf;
import org.sigti.workflow.CaseEvent;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.flow.Text;

/**
 * The Registro de cierre del caso, SIGTI's own record of any closed case: its data, how it was solved (as the
 * procedure's {@link CaseSolution} says), the units that worked on it and its whole history. A kernel kind: it holds
 * no procedure knowledge, so every closed case has it.
 */
@ApplicationScoped
public class ClosingRecord extends DeclaredKind {

    /** The code the counters and issued numbers have carried since it was an enum constant. */
    public static final String CODE = "CLOSING_RECORD";

    /** The end of a case in the trail. */
    private static final String END = "END";

    @PersistenceContext
    EntityManager em;

    @Inject
    Procedures procedures;

    @Inject
    ClosingRecordPdf pdf;

    @Inject
    @Any
    Instance<CaseSolution> solutions;

    public ClosingRecord() {
        super(CODE, "CIE", Text.of("Registro de cierre del caso", "Case closing record"), Set.of());
    }

    @Override
    public boolean availableOn(CaseFacts facts) {
        return facts.closed();
    }

    @Override
    public byte[] render(CaseFacts c, String number) {
        List<CaseEvent> events = em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.seq",
                CaseEvent.class).setParameter("c", c.id()).getResultList();
        List<ClosingRecordData.HistoryLine> history = events.stream().map(e -> new ClosingRecordData.HistoryLine(
                e.getOccurredAt(), c.fullName(e.getActorUsername()),
                e.getActorRoles().replace(",Solicitante", "").replace("Solicitante,", ""),
                e.getFromStep() == null ? "" : e.getFromStep(), stepTitle(e), e.getComment())).toList();
        Set<String> units = new LinkedHashSet<>();
        c.completed().stream().map(CaseFacts.CompletedStep::unit).filter(u -> u != null).forEach(units::add);
        String closedBy = events.stream().filter(e -> END.equals(e.getToSteps())).reduce((a, b) -> b)
                .map(e -> c.fullName(e.getActorUsername())).orElse(null);
        String kbCode = em.createQuery("select a.code from KbArticle a, KbArticleCase l where l.id.articleId = a.id"
                + " and l.id.caseId = :c order by a.id", String.class).setParameter("c", c.id()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return pdf.render(new ClosingRecordData(c.letterhead(), number, c.number(), c.procedureCode(),
                procedures.definition(c.procedureCode()).name().es(), c.requesterName(), c.requesterUnitName(),
                c.openedAt(), c.closedAt(), c.priority(), List.copyOf(units),
                solution(c).map(CaseFacts.RecordedField::value).orElse(null), kbCode, history, closedBy,
                c.printedAt(), c.zone()));
    }

    private Optional<CaseFacts.RecordedField> solution(CaseFacts c) {
        return solutions.stream().filter(s -> s.procedures().stream().anyMatch(c::went))
                .map(s -> s.solution(c)).flatMap(Optional::stream).findFirst();
    }

    private String stepTitle(CaseEvent e) {
        if (e.getFromStep() == null) {
            return e.getAction();
        }
        return procedures.flow(e.getProcedureCode()).flatMap(f -> f.definition().step(e.getFromStep()))
                .map(s -> s.title().es()).orElse(e.getFromStep());
    }
}
