package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * The annual cronograma of a MINDEF backup procedure (Formato N°01 SGSI-FOR-026), a case of its own once a year apart
 * from the runs the backup schedules open: the Profesional opens the year's case (SIGTI's step 0), drafts the
 * cronograma, attaches it and sends it (1); the infrastructure coordinator reviews, signs and authorizes it (2), and
 * for S04.03.03.01 the Jefe takes note (3). One cronograma a procedure and year: a second one for the same year is
 * refused at step 1 (the case opened by mistake is cancelled there).
 */
abstract class AnnualCronograma extends DeclaredProcedure {

    static final String INFRA = "INFRA";
    /** The year the cronograma plans, step 1. */
    static final FieldDefinition YEAR = FieldDefinition.text("anio", Text.of("Año del cronograma (aaaa)",
            "Year of the schedule (yyyy)"), false);
    /** The close outcome of a cronograma opened by mistake or for a year that has one. */
    static final String CANCELLED = "CANCELLED";

    @PersistenceContext
    EntityManager em;

    /**
     * Steps 0 and 1, alike in both procedures: the Profesional opens the year's case and drafts, attaches and sends
     * the cronograma ({@code draft}) to the infrastructure coordinator, at step 2.
     */
    static <P extends AnnualCronograma> ProcedureDefinition.Builder<P> drafted(Class<P> bean, String code, Text name,
            Text draft) {
        return ProcedureDefinition.builder(bean, code, "MINDEF (Perú)", name)
            .step("0", of("Abrir el cronograma anual del año", "Open the year's annual schedule"))
                .by(Roles.TECNICO, INFRA)
                .hint("Paso de SIGTI: quien elabora el cronograma abre el caso del año, una vez al año; el manual"
                        + " empieza en el paso 1.", "SIGTI's step: whoever drafts the schedule opens the year's case,"
                        + " once a year; the manual starts at step 1.").next("1")
            .step("1", draft).by(Roles.TECNICO, INFRA).output("Cronograma anual (Formato N°01 SGSI-FOR-026)")
                .hint("Adjunte el cronograma (Formato N°01) y escriba su año: hay un solo cronograma por año. Si el"
                        + " caso se abrió por error o el año ya tiene cronograma, anúlelo.", "Attach the schedule"
                        + " (Form 01) and write its year: there is one schedule a year. If the case was opened by"
                        + " mistake or the year already has one, cancel it.")
                .field(YEAR)
                .decide("enviar", of("Enviar el cronograma al coordinador de infraestructura",
                        "Send the schedule to the infrastructure coordinator"), "2")
                .end("anular", of("Anular: abierto por error o el año ya tiene cronograma",
                        "Cancel: opened by mistake or the year already has a schedule"), CANCELLED)
                .on("enviar", AnnualCronograma::checkCronograma, YEAR).then();
    }

    /** Step 1 sent (a cancelled case needs no year): a year near today's, no other case filed it, the file attached. */
    void checkCronograma(Transition t) {
        String year = t.value(YEAR) == null ? null : t.value(YEAR).strip();
        yearProblem(year, LocalDate.now(ZoneOffset.UTC).getYear()).ifPresent(problem -> {
            throw new WorkflowException("workflow.input.invalid", Map.of(YEAR.name(), problem));
        });
        filedBefore(t.procedureCode(), year, t.caseId()).ifPresent(number -> {
            throw new WorkflowException("cronograma.year.taken", year, number);
        });
        if (em.createQuery("select count(a) from CaseAttachment a where a.caseId = :c", Long.class)
                .setParameter("c", t.caseId()).getSingleResult() == 0) {
            throw new WorkflowException("cronograma.attachment.missing");
        }
    }

    /** The number of another case of the procedure that filed the cronograma of {@code year}, unless cancelled. */
    private Optional<String> filedBefore(String procedureCode, String year, long caseId) {
        return em.createQuery("select c.number from WorkCase c, CaseField f where f.caseId = c.id"
                + " and c.procedureCode = :p and f.name = :n and f.value = :y and c.id <> :id"
                + " and (c.outcome is null or c.outcome <> :cancelled) order by c.id", String.class)
                .setParameter("p", procedureCode).setParameter("n", YEAR.name()).setParameter("y", year)
                .setParameter("id", caseId).setParameter("cancelled", CANCELLED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** What is wrong with the year typed, if anything: four digits, from last year to next year. */
    static Optional<String> yearProblem(String year, int currentYear) {
        if (year == null || !year.matches("\\d{4}")) {
            return Optional.of("cronograma.year.invalid");
        }
        int y = Integer.parseInt(year);
        return y < currentYear - 1 || y > currentYear + 1 ? Optional.of("cronograma.year.range") : Optional.empty();
    }
}
